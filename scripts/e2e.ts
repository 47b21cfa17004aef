/**
 * `npm run test:e2e`: builds the sites the chosen Playwright projects run
 * against, then runs Playwright. The seed site from CONTENT_DIR (site/, which
 * check:budgets reads after); the fixture site from e2e/fixtures/content (test
 * teams with keys and signatures, key status judged as of BUILD_NOW); the
 * hostile site from e2e/hostile/content (profiles made of injection attempts).
 * A site is built only when a project that uses it runs (`--project
 * fixture-site`, or spec paths under e2e/fixture-site/ …), and the fixture and
 * hostile sites only with a sample of the help pages (HELP_PAGES=sample: their
 * specs open one help page at most). E2E_SKIP_BUILD=1 reuses sites that exist.
 * Builds run one after the other (the machines have two cores), without
 * Next's own type check: `npm test` has run `npm run typecheck` before. Then
 * the node tests over the seed site's static HTML (tests/static-html/), which need
 * no browser, and Playwright for what does.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const siteDir = path.resolve(process.env.SITE_DIR || 'site');
const fixtureSite = path.resolve('.e2e-sites/fixtures');
const hostileSite = path.resolve('.e2e-sites/hostile');
const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const build = (env: Record<string, string>) => run([path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--local'], { SKIP_NEXT_TYPECHECK: '1', ...env });

const SITES = {
  'seed-site': { dir: siteDir, env: {} as Record<string, string> },
  'fixture-site': { dir: fixtureSite, env: { CONTENT_DIR: 'e2e/fixtures/content', SITE_DIR: fixtureSite, BUILD_NOW: '2026-06-01T00:00:00Z', HELP_PAGES: 'sample' } },
  'hostile-site': { dir: hostileSite, env: { CONTENT_DIR: 'e2e/hostile/content', SITE_DIR: hostileSite, HELP_PAGES: 'sample' } },
};
type Project = keyof typeof SITES;

/** The projects Playwright will run, from its own arguments: --project names, else the folders of the spec paths given, else all. */
function projectsToRun(args: string[]): Project[] {
  const named = args.flatMap((a, i) => (a.startsWith('--project=') ? [a.slice(10)] : a === '--project' ? [args[i + 1]] : []));
  if (named.length) return named.filter((n): n is Project => n in SITES);
  const paths = args.filter((a, i) => !a.startsWith('-') && !args[i - 1]?.startsWith('--') && /e2e\//.test(a));
  if (!paths.length) return Object.keys(SITES) as Project[];
  return [...new Set(paths.map((p): Project => (p.includes('fixture-site/') ? 'fixture-site' : p.includes('hostile-site/') ? 'hostile-site' : 'seed-site')))];
}

const args = process.argv.slice(2);
const skip = process.env.E2E_SKIP_BUILD === '1';
const projects = projectsToRun(args);
for (const project of projects) {
  const { dir, env } = SITES[project];
  if (skip && fs.existsSync(path.join(dir, 'index.html'))) continue;
  const started = Date.now();
  const status = build(env);
  if (status !== 0) process.exit(status);
  console.log(`e2e: ${project} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
// What the seed site says as static HTML needs no browser: node tests over site/ (tests/static-html/), first.
if (projects.includes('seed-site')) {
  const files = fs.readdirSync('tests/static-html').filter((f) => f.endsWith('.test.ts')).map((f) => path.join('tests/static-html', f));
  const htmlStatus = run(['--import', 'tsx', '--test', ...files], { SITE_DIR: siteDir });
  if (htmlStatus !== 0) process.exit(htmlStatus);
}
// playwright.config.ts serves only the sites of these projects.
const status = run([path.resolve('node_modules/@playwright/test/cli.js'), 'test', ...args], { E2E_PROJECTS: projects.join(',') });
try {
  const { stats } = JSON.parse(fs.readFileSync('test-results/e2e-report.json', 'utf8'));
  console.log(`e2e: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`);
} catch {
  console.log('e2e: no report was written');
}
process.exit(status);
