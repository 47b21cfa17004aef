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

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
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
  webServer: [
    {
      command: 'npx tsx scripts/serve.ts',
      env: { PORT: String(port), SITE_DIR: process.env.SITE_DIR || 'site' },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'npx tsx scripts/serve.ts',
      env: { PORT: String(port + 1), SITE_DIR: FIXTURE_SITE },
      url: `http://127.0.0.1:${port + 1}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'npx tsx scripts/serve.ts',
      env: { PORT: String(port + 2), SITE_DIR: HOSTILE_SITE },
      url: `http://127.0.0.1:${port + 2}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
