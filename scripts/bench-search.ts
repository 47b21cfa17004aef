/**
 * Search benchmark in Chromium, on the real built site, at several directory sizes.
 *
 *   npm run bench:search [-- --sizes 5,1000,10000 --rounds 3 --reuse --detail]
 *
 * For each size N: generates N profiles (N = 5 uses the seed content), builds the
 * site (timed: build time per profile), serves it, and measures in Debian's Chromium:
 * - the home page's HTML (gzip): it must not grow with N;
 * - bytes transferred before the first result of a name search (page load,
 *   focus, two characters typed, results on screen), counted gzip
 *   (the local server does not compress, so every response is gzipped here, as
 *   a static host would serve it);
 * - keystroke to rendered results: each query typed one character at a time,
 *   timed from the input event to the moment the outcome for that exact text
 *   is in the page (the status's data-settled-for attribute), median / p95 / max
 *   over every keystroke that searched (results or "no team found"; prefixes
 *   too short to search, such as one letter or "0x", are not counted);
 * - JavaScript heap of the page after the queries;
 * - how many timed keystrokes fetched index files (and how many fetched 3 or more): a count
 *   that does not depend on the machine;
 * - what one request costs on this machine, in the same page: a card file fetched 20 times in a
 *   row (mean) and 10 times at once (total), HTTP cache bypassed; the baseline for the p95.
 * Figures go to docs/search.md by hand; the machine is shared, so compare sizes
 * within one run, not across days.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium, type Page, type Response } from '@playwright/test';
import { loadTeams, type Team } from '@/lib/profile/load';
import { generateProfiles, writeProfiles } from './gen-profiles';
import { serveSite } from './site-tools';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,1000,10000' },
    rounds: { type: 'string', default: '2' },
    /** Measure the site already built in .bench/site-N (after a change to the script only). */
    reuse: { type: 'boolean', default: false },
    /** Also print the slowest keystrokes, with their text. */
    detail: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const root = process.cwd();
const work = path.join(root, '.bench');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const chromiumPath = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

/** Queries a CSIRT peer types, taken from the data: name, short name, domain, key forms, city, region, services words. */
function queries(teams: Team[]): string[] {
  const withKey = teams.find((t) => t.profile.pgp_keys.length > 0)!;
  const fpr = withKey.profile.pgp_keys[0].fingerprint.replace(/\s/g, '');
  const t = teams[Math.floor(teams.length / 2)];
  const u = teams[Math.floor(teams.length / 3)];
  return [
    t.profile.name.official.split(/\s+/).slice(-1)[0],
    u.profile.name.short ?? u.profile.name.official,
    t.profile.emails[0].address.split('@')[1],
    `0x${fpr.slice(-16)}`,
    fpr.match(/.{4}/g)!.join(' '),
    u.profile.city ?? 'Paris',
    u.profile.region ?? 'Bretagne',
    'forensique',
    'sante',
    'securite',
  ];
}

/** Types the text one character at a time; returns each text that searched and the ms from its input event to its outcome. */
type Keystroke = { value: string; ms: number; fetched: string[] };
async function typeAndTime(page: Page, text: string): Promise<Keystroke[]> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const times: { value: string; ms: number; fetched: string[] }[] = [];
    for (let i = 1; i <= text.length; i++) {
      const value = text.slice(0, i);
      const expected = `?${new URLSearchParams({ q: value })}`;
      const start = performance.now();
      setValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Settled: the outcome for this exact text is on screen (results, none, or too short to search).
      await new Promise<void>((resolve, reject) => {
        const deadline = start + 10_000;
        const check = () => {
          if (document.querySelector(`[data-settled-for="${CSS.escape(expected)}"]`)) return resolve();
          if (performance.now() > deadline) return reject(new Error(`no outcome for ${value}`));
          requestAnimationFrame(check);
        };
        check();
      });
      // Only keystrokes that searched count (a list of results, or the page saying none).
      if (document.querySelector('[data-testid="results"], [data-testid="no-results"]')) {
        const end = performance.now();
        // The files this keystroke fetched, with how long each took (for --detail).
        const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((r) => r.startTime >= start)
          .map((r) => `${new URL(r.name).pathname} ${Math.round(r.duration)} ms`);
        times.push({ value, ms: end - start, fetched });
      }
    }
    return times;
  }, text);
}

async function measure(n: number, port: number) {
  const content = n === 5 ? path.join(root, 'content') : path.join(work, `content-${n}`);
  if (n !== 5 && !fs.existsSync(path.join(content, 'teams'))) writeProfiles(content, generateProfiles(n, 1));
  const site = path.join(work, `site-${n}`);
  const started = performance.now();
  const reused = values.reuse && fs.existsSync(path.join(site, 'index.html'));
  const build = reused ? { status: 0 } : spawnSync(process.execPath, [tsx, 'scripts/build.ts', '--local'], { env: { ...process.env, CONTENT_DIR: content, SITE_DIR: site }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error(`build of ${n} failed`);
  const buildMs = performance.now() - started;
  const teams = loadTeams(content);
  const server = await serveSite(site, port);
  const browser = await chromium.launch({ executablePath: chromiumPath }).catch((e: unknown) => {
    server.kill();
    throw e;
  });
  try {
    const page = await browser.newPage();
    // tsx (esbuild) names inner functions with a __name helper that the page does not have.
    await page.addInitScript('window.__name = (f) => f;');
    let bytes = 0;
    // Bodies are read (over the DevTools protocol) and gzipped only until the first result:
    // reading them during the timed keystrokes would load the machine being measured.
    const count = async (response: Response) => {
      const body = await response.body().catch(() => null);
      if (body) bytes += zlib.gzipSync(body).length;
    };
    page.on('response', count);
    const base = `http://127.0.0.1:${port}`;
    const home = zlib.gzipSync(await (await fetch(`${base}/en/`)).arrayBuffer().then(Buffer.from)).length;
    await page.goto(`${base}/en/`, { waitUntil: 'load' });
    const list = queries(teams);
    // Bytes before the first result: the page, then focus and the first two characters of a name.
    await page.focus('#search-q');
    await typeAndTime(page, list[0].slice(0, 2));
    await page.waitForTimeout(300); // responses finish arriving
    page.off('response', count);
    const firstBytes = bytes;
    const timed: Keystroke[] = [];
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const q of list) {
        await page.fill('#search-q', '');
        timed.push(...(await typeAndTime(page, q)));
      }
    }
    const times = timed.map((t) => t.ms);
    if (values.detail) {
      const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 20);
      console.log(`N=${n}, slowest keystrokes:\n${slowest.map((t) => `  ${t.ms.toFixed(1).padStart(6)} ms  ${JSON.stringify(t.value)}${t.fetched.length ? `  (${t.fetched.join(', ')})` : ''}`).join('\n')}`);
    }
    // Keystrokes that had to fetch index files, by how many: a count that does not depend on the machine.
    const fetching = timed.filter((t) => t.fetched.length > 0).length;
    const manyFiles = timed.filter((t) => t.fetched.length >= 3).length;
    // The yardstick's cost of one request: a card file fetched 20 times in a row, then 10 at once,
    // from the same server and page, bypassing the HTTP cache (three tries each, median kept).
    const tries = await page.evaluate(async () => {
      const get = () => fetch('/search/cards/0.json', { cache: 'no-store' }).then((r) => r.json());
      const one: number[] = [];
      const ten: number[] = [];
      for (let round = 0; round < 3; round++) {
        let t = performance.now();
        for (let i = 0; i < 20; i++) await get();
        one.push((performance.now() - t) / 20);
        t = performance.now();
        await Promise.all(Array.from({ length: 10 }, get));
        ten.push(performance.now() - t);
      }
      return { one, ten };
    });
    const cost = { one: pct(tries.one, 0.5), ten: pct(tries.ten, 0.5) };
    const pageHeap = (await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0)) as number;
    return { n, buildMs, perProfile: buildMs / n, home, firstBytes, keystrokes: times.length, median: pct(times, 0.5), p95: pct(times, 0.95), max: Math.max(...times), pageHeap, fetching, manyFiles, cost };
  } finally {
    await browser.close();
    server.kill();
  }
}

fs.mkdirSync(work, { recursive: true });
const rows = [];
for (const [i, n] of sizes.entries()) {
  const row = await measure(n, 4300 + i);
  rows.push(row);
  console.log(`measured N=${n}`);
}
console.log('\n| profiles | build | build per profile | home HTML (gzip) | bytes before first result (gzip) | keystrokes | median | p95 | max | page JS heap | keystrokes that fetched (3 files or more) | one request / ten at once |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.n} | ${(r.buildMs / 1000).toFixed(1)} s | ${r.perProfile.toFixed(1)} ms | ${kb(r.home)} | ${kb(r.firstBytes)} | ${r.keystrokes} | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.max.toFixed(1)} ms | ${(r.pageHeap / 1048576).toFixed(1)} MB | ${r.fetching} (${r.manyFiles}) | ${r.cost.one.toFixed(1)} ms / ${r.cost.ten.toFixed(1)} ms |`,
  );
}
