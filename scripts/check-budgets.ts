/**
 * Quality budgets of the built site, run by `npm test` after the e2e build.
 * Fails, saying which page and which budget, when:
 * - a page's first-load JavaScript (its <script src> and script preloads,
 *   gzip) is over its budget (team pages and the home page: 140 KiB; Next
 *   and React alone are about 135);
 * - openpgp.js is in any page's initial HTML or preload hints (it must load
 *   only when someone asks for a check);
 * - a page's HTML is over HTML_BUDGET (gzip);
 * - an <img> lacks width, height or alt.
 * Accessibility (axe-core) is checked in e2e/a11y.spec.ts on every page type.
 *
 *   npm run check:budgets [-- --site DIR]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { htmlFiles } from './site-tools';

const { values } = parseArgs({ options: { site: { type: 'string', default: process.env.SITE_DIR || 'site' } } });
const site = path.resolve(values.site);
const KB = 1024;
/** First-load JavaScript budgets (gzip) by page type: the pages a victim lands on are held closest to Next's own floor. */
const JS_BUDGET: Record<string, number> = { team: 140 * KB, home: 140 * KB, other: 200 * KB };
const HTML_BUDGET = 100 * KB;

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;
const sizes = new Map<string, number>();
function assetSize(href: string): number {
  if (!sizes.has(href)) {
    const file = path.join(site, decodeURIComponent(href.split('?')[0]));
    sizes.set(href, fs.existsSync(file) ? gzipSize(file) : 0);
  }
  return sizes.get(href)!;
}

/** The script files a page loads at once: <script src> and <link rel=preload|modulepreload as=script>. */
function initialScripts(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (!/\bnoModule\b/i.test(m[0])) out.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (/rel="(modulepreload|preload)"/.test(tag) && (/rel="modulepreload"/.test(tag) || /as="script"/.test(tag))) {
      const href = /href="([^"]+)"/.exec(tag)?.[1];
      if (href) out.add(href);
    }
  }
  return [...out].filter((h) => h.startsWith('/'));
}

/** Chunks that hold openpgp.js, found by content rather than by name (names are hashes). */
function openpgpChunks(): Set<string> {
  const dir = path.join(site, '_next/static/chunks');
  const found = new Set<string>();
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.js')) continue;
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    if (text.includes('OpenPGP.js') || text.includes('openpgpjs')) found.add(`/_next/static/chunks/${name}`);
  }
  return found;
}

if (!fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`check-budgets: no built site in ${site}; run npm run build first.`);
  process.exit(2);
}
const failures: string[] = [];
const openpgp = openpgpChunks();
if (openpgp.size === 0) failures.push('could not find the openpgp.js chunk: the check that no page preloads it would prove nothing');
const pages = htmlFiles(site).sort();
const worst = new Map<string, { page: string; js: number; html: number }>();
for (const page of pages) {
  const html = fs.readFileSync(path.join(site, page), 'utf8');
  const type = /^(fr|en)\/teams\//.test(page) ? 'team' : page.split(path.sep).slice(0, 2).join('/').replace(/^(fr|en)\//, '').replace(/\/.*|index\.html$/, '') || 'home';
  const scripts = initialScripts(html);
  const js = scripts.reduce((sum, href) => sum + assetSize(href), 0);
  const htmlSize = zlib.gzipSync(html).length;
  const budget = JS_BUDGET[type] ?? JS_BUDGET.other;
  if (js > budget) failures.push(`${page}: first-load JavaScript ${(js / KB).toFixed(1)} KB gzip is over the ${budget / KB} KB budget`);
  for (const href of scripts) if (openpgp.has(href)) failures.push(`${page}: loads or preloads openpgp.js (${href}) before any check is asked for`);
  for (const chunk of openpgp) if (html.includes(chunk)) failures.push(`${page}: names the openpgp.js chunk ${chunk} in its HTML`);
  if (htmlSize > HTML_BUDGET) failures.push(`${page}: HTML ${(htmlSize / KB).toFixed(1)} KB gzip is over the ${HTML_BUDGET / KB} KB budget`);
  for (const img of html.matchAll(/<img\b[^>]*>/g)) {
    for (const attr of ['width', 'height', 'alt']) if (!new RegExp(`\\s${attr}=`).test(img[0])) failures.push(`${page}: an image has no ${attr}: ${img[0].slice(0, 120)}`);
  }
  // The largest figures of each page type, and the page with the most JavaScript as its example.
  const current = worst.get(type);
  if (!current || js > current.js) worst.set(type, { page, js, html: Math.max(htmlSize, current?.html ?? 0) });
  else current.html = Math.max(current.html, htmlSize);
}

console.log(`Budgets over ${pages.length} pages of ${path.relative(process.cwd(), site) || site} (largest per page type, gzip):`);
console.log('| page type | example | first-load JS | HTML |');
console.log('| --- | --- | ---: | ---: |');
for (const [type, w] of [...worst].sort()) console.log(`| ${type} | ${w.page} | ${(w.js / KB).toFixed(1)} KB | ${(w.html / KB).toFixed(1)} KB |`);
if (failures.length > 0) {
  console.error(`\n${failures.length} budget failure(s):\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll budgets met (team and home page JS ≤ ${JS_BUDGET.team / KB} KB, other pages ≤ ${JS_BUDGET.other / KB} KB, HTML ≤ ${HTML_BUDGET / KB} KB, no openpgp.js up front, images with dimensions and alt).`);
