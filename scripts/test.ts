/**
 * `npm test`: every check, in order, stopping at the first that fails, with
 * the time of each phase printed as it ends and in a closing table, so a slow
 * phase is seen where it happens (CI prints the same lines).
 *
 *   typecheck → unit tests → check:fidelity → e2e (builds the sites, then Playwright) → check:budgets
 */
import { spawnSync } from 'node:child_process';

const PHASES: [string, string][] = [
  ['typecheck', 'typecheck'],
  ['unit', 'test:unit'],
  ['fidelity', 'check:fidelity'],
  ['e2e', 'test:e2e'],
  ['budgets', 'check:budgets'],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const times: [string, number][] = [];
const started = Date.now();
for (const [name, script] of PHASES) {
  const t0 = Date.now();
  const status = spawnSync(npm, ['run', '-s', script], { stdio: 'inherit' }).status ?? 1;
  const seconds = (Date.now() - t0) / 1000;
  times.push([name, seconds]);
  console.log(`test: ${name} ${status === 0 ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s`);
  if (status !== 0) process.exit(status);
}
console.log('\n| phase | seconds |\n| --- | ---: |');
for (const [name, seconds] of times) console.log(`| ${name} | ${seconds.toFixed(1)} |`);
console.log(`| all | ${((Date.now() - started) / 1000).toFixed(1)} |`);
