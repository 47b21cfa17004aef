/**
 * `npm run test:e2e`: builds the static site from CONTENT_DIR and the fixture
 * site from e2e/fixtures/content (test teams with keys and signatures, key
 * status judged as of BUILD_NOW) and the hostile site from e2e/hostile/content
 * (profiles made of injection attempts), unless E2E_SKIP_BUILD=1 and they exist,
 * then runs Playwright against them. Builds run one after the other: the
 * machines have two cores.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const siteDir = path.resolve(process.env.SITE_DIR || 'site');
const fixtureSite = path.resolve('.e2e-sites/fixtures');
const hostileSite = path.resolve('.e2e-sites/hostile');
const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const build = (env: Record<string, string>) => run([path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--local'], env);

const skip = process.env.E2E_SKIP_BUILD === '1';
for (const [dir, env] of [
  [siteDir, {} as Record<string, string>],
  [fixtureSite, { CONTENT_DIR: 'e2e/fixtures/content', SITE_DIR: fixtureSite, BUILD_NOW: '2026-06-01T00:00:00Z' }],
  [hostileSite, { CONTENT_DIR: 'e2e/hostile/content', SITE_DIR: hostileSite }],
] as const) {
  if (skip && fs.existsSync(path.join(dir, 'index.html'))) continue;
  const status = build(env);
  if (status !== 0) process.exit(status);
}
const status = run([path.resolve('node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)]);
try {
  const { stats } = JSON.parse(fs.readFileSync('test-results/e2e-report.json', 'utf8'));
  console.log(`e2e: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`);
} catch {
  console.log('e2e: no report was written');
}
process.exit(status);
