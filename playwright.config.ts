import fs from 'node:fs';
import { defineConfig, devices, chromium } from '@playwright/test';

/**
 * e2e tests run against the built static site (SITE_DIR, default site/) served
 * by scripts/serve.ts. Chromium: Playwright's own build when it is installed
 * (a workstation after `npx playwright install chromium`), otherwise Debian's
 * /usr/bin/chromium (CI and these machines, where browser downloads fail).
 */
const port = Number(process.env.E2E_PORT || 4173);
/** The fixture site (test teams with keys and signatures), built by scripts/e2e.ts. */
export const FIXTURE_SITE = '.e2e-sites/fixtures';
/** Built from e2e/hostile/content: profiles that try every injection the rules let through. */
export const HOSTILE_SITE = '.e2e-sites/hostile';
const bundled = (() => {
  try {
    return fs.existsSync(chromium.executablePath());
  } catch {
    return false;
  }
})();
const systemChromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const launchOptions = bundled
  ? {}
  : {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    };

/** The projects whose sites scripts/e2e.ts built (all when Playwright is run directly): only those are served. */
const running = (process.env.E2E_PROJECTS || 'seed-site,fixture-site,hostile-site').split(',');
const servers = [
  { project: 'seed-site', port, dir: process.env.SITE_DIR || 'site' },
  { project: 'fixture-site', port: port + 1, dir: FIXTURE_SITE },
  { project: 'hostile-site', port: port + 2, dir: HOSTILE_SITE },
].filter((s) => running.includes(s.project));

export default defineConfig({
  testDir: 'e2e',
  // Spec files run in two workers (the machines have two cores); the tests of a file run in order.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS || 2),
  retries: process.env.CI ? 1 : 0,
  // The JSON report lets scripts/e2e.ts print a plain closing line that CI reads.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: { launchOptions, trace: 'off' },
  projects: [
    {
      name: 'seed-site',
      testIgnore: ['fixture-site/**', 'hostile-site/**'],
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${port}` },
    },
    {
      name: 'fixture-site',
      testMatch: 'fixture-site/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${port + 1}` },
    },
    {
      name: 'hostile-site',
      testMatch: 'hostile-site/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${port + 2}` },
    },
  ],
  webServer: servers.map((s) => ({
    command: 'npx tsx scripts/serve.ts',
    env: { PORT: String(s.port), SITE_DIR: s.dir },
    url: `http://127.0.0.1:${s.port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
