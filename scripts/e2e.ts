/**
 * `npm run test:e2e`: builds the static site from CONTENT_DIR (unless
 * E2E_SKIP_BUILD=1 and a site already exists), then runs Playwright against it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const siteDir = path.resolve(process.env.SITE_DIR || 'site');
const run = (args: string[]) => spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env }).status ?? 1;

if (!(process.env.E2E_SKIP_BUILD === '1' && fs.existsSync(path.join(siteDir, 'index.html')))) {
  const built = run([path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts']);
  if (built !== 0) process.exit(built);
}
const status = run([path.resolve('node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)]);
try {
  const { stats } = JSON.parse(fs.readFileSync('test-results/e2e-report.json', 'utf8'));
  console.log(`e2e: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`);
} catch {
  console.log('e2e: no report was written');
}
process.exit(status);
