/**
 * Lighthouse against the built site, in Debian's Chromium, mobile profile
 * (Lighthouse's default: a mid-range phone on a throttled 4G connection).
 *
 *   npm run build -- --local && npm run lighthouse [-- --pages /en/,/fr/teams/cert-metsys/]
 *
 * Serves site/ on a free port, audits each page, prints the four category
 * scores per page and exits 1 when a page misses the targets of docs/performance.md
 * (performance ≥ 95, accessibility 100, best practices ≥ 95, SEO 100).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveSite } from './site-tools';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '/en/,/fr/,/fr/teams/csirt-exodata/,/en/teams/cert-metsys/,/en/help/,/fr/help/bretagne/sme/,/en/verify/,/en/browse/1/' }, port: { type: 'string', default: '4390' } },
});
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 } as const;
const site = path.resolve(process.env.SITE_DIR || 'site');
const base = `http://127.0.0.1:${values.port}`;

const server = await serveSite(site, Number(values.port));
const chrome = await chromeLauncher.launch({
  chromePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const misses: string[] = [];
console.log('| page | performance | accessibility | best practices | SEO |');
console.log('| --- | ---: | ---: | ---: | ---: |');
try {
  for (const page of values.pages.split(',')) {
    const result = await lighthouse(`${base}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) });
    const categories = result!.lhr.categories;
    const score = (id: keyof typeof TARGETS) => Math.round((categories[id]?.score ?? 0) * 100);
    console.log(`| ${page} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
    for (const id of Object.keys(TARGETS) as (keyof typeof TARGETS)[]) {
      if (score(id) < TARGETS[id]) {
        const failing = Object.values(result!.lhr.audits)
          .filter((a) => a.score !== null && a.score < 0.9 && categories[id].auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => a.id);
        misses.push(`${page}: ${id} ${score(id)} < ${TARGETS[id]} (${failing.join(', ')})`);
      }
    }
  }
} finally {
  chrome.kill();
  server.kill();
}
if (misses.length) {
  console.error(`\nBelow target:\n${misses.map((m) => `- ${m}`).join('\n')}`);
  process.exit(1);
}
