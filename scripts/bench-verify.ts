/**
 * Benchmark: signature verification in Chromium, on the verify page of a built
 * site (SITE_DIR, default site/), for 1 KB, 1 MB and 20 MB documents.
 *
 *   npm run build -- --local && npm run bench:verify
 *
 * For each size it prints the time from "Check" to the verdict on the page
 * (first check, which also loads openpgp.js, then the median of warm checks),
 * and, as a baseline measured in the same page and run, the time WebCrypto
 * takes to SHA-256 the same bytes. Figures vary with the machine: compare the
 * ratio to the baseline, not absolute numbers across machines.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as openpgp from 'openpgp';
import { chromium } from '@playwright/test';

const PORT = 4190;
const SIZES: [string, number][] = [['1 KB', 1024], ['1 MB', 1024 ** 2], ['20 MB', 20 * 1024 ** 2]];
const WARM_RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function fixtures(dir: string) {
  const { privateKey, publicKey } = await openpgp.generateKey({ userIDs: [{ name: 'Bench', email: 'bench@example.org' }], format: 'object' });
  fs.writeFileSync(path.join(dir, 'key.asc'), publicKey.armor());
  for (const [label, size] of SIZES) {
    const data = new Uint8Array(size);
    for (let i = 0; i < size; i += 65536) crypto.getRandomValues(data.subarray(i, Math.min(size, i + 65536)));
    const signature = await openpgp.sign({ message: await openpgp.createMessage({ binary: data }), signingKeys: privateKey, detached: true });
    fs.writeFileSync(path.join(dir, `${label}.bin`), data);
    fs.writeFileSync(path.join(dir, `${label}.bin.asc`), signature);
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-verify-'));
  await fixtures(dir);
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1500));
  const executablePath = fs.existsSync(chromium.executablePath()) ? undefined : process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const rows: string[] = [];
  try {
    for (const [label] of SIZES) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/en/verify/`);
      await page.getByTestId('input-document').locator('input[type=file]').setInputFiles(path.join(dir, `${label}.bin`));
      await page.getByTestId('input-signature').locator('input[type=file]').setInputFiles(path.join(dir, `${label}.bin.asc`));
      await page.getByTestId('input-key').locator('input[type=file]').setInputFiles(path.join(dir, 'key.asc'));
      const times: number[] = [];
      for (let run = 0; run <= WARM_RUNS; run++) {
        const start = performance.now();
        await page.getByRole('button', { name: 'Check', exact: true }).click();
        const verdict = page.getByTestId('verdict');
        await verdict.waitFor();
        times.push(performance.now() - start);
        if ((await verdict.getAttribute('data-verdict')) !== 'valid') throw new Error(`${label}: expected a valid verdict`);
      }
      const baseline = await page.evaluate(async (size) => {
        const data = new Uint8Array(size);
        const start = performance.now();
        await crypto.subtle.digest('SHA-256', data);
        return performance.now() - start;
      }, SIZES.find(([l]) => l === label)![1]);
      rows.push(`| ${label} | ${times[0].toFixed(0)} | ${median(times.slice(1)).toFixed(0)} | ${baseline.toFixed(1)} |`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Chromium ${browser.version()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${new Date().toISOString().slice(0, 10)}`);
  console.log('| document | first check, ms (loads openpgp.js) | warm check, median of 5, ms | baseline: WebCrypto SHA-256 of the same size, ms |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

await main();
