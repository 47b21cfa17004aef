/**
 * npm run keys:refresh [-- --team SLUG]: fetch each listed key where the team
 * publishes it, pin it to the listed fingerprint, merge it into
 * content/teams/<slug>/key.asc and write key-sources.json beside it
 * (docs/keys.md). The only command that uses the network.
 * Exit codes: 0 all keys checked, unchanged or updated; 1 some key missing,
 * mismatched or newly revoked (listed); 2 unusable arguments.
 */
import { ArgsError, parseRefreshArgs } from '@/lib/keys/args';
import { refreshKeys } from '@/lib/keys/refresh';

const tty = process.stderr.isTTY;
let lastLogged = 0;
// A terminal gets one line rewritten in place; a log (CI) a line every 5 s and the last one.
function progress(line: string, final: boolean) {
  if (tty) return process.stderr.write(`\r${line}${final ? '\n' : ''}`);
  if (!final && Date.now() - lastLogged < 5000) return;
  lastLogged = Date.now();
  process.stderr.write(`${line}\n`);
}
try {
  const args = parseRefreshArgs(process.argv.slice(2), process.env);
  const summary = await refreshKeys(args, {
    out: (line) => console.log(line),
    progress,
  });
  console.log(`keys:refresh: ${summary.teams} teams, ${summary.problems.length} key problems, ${summary.failures.length} failures`);
  process.exitCode = summary.code;
} catch (error) {
  console.error(`keys:refresh: ${(error as Error).message}`);
  process.exitCode = error instanceof ArgsError ? 2 : 1;
}
