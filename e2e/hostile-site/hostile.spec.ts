import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { guardPage } from '../page-guard';

// The hostile site is built from e2e/hostile/content: profiles that the rules
// accept but whose every text tries an injection (script, event handlers,
// javascript:/data:/vbscript: links, SVG/MathML, entities, look-alikes, fields
// and bodies at their limits). Every page a reader can reach must show them as
// text: no dialog, no script error, no CSP violation, no forbidden link.

const SLUGS = fs.readdirSync('e2e/hostile/content/teams').sort();
// openpgp4fpr: is the site's own link to the listed fingerprint (components/team/key-agreement.tsx), made from a validated fingerprint.
const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|openpgp4fpr:[0-9A-F]{40}$|\/|#)/i;

/** Links and sources in the page that are not http(s), mailto, tel or same-site; elements with on* handlers; active elements. */
async function dangerous(page: Page): Promise<string[]> {
  return page.evaluate((safe) => {
    const re = new RegExp(safe, 'i');
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (/^on/i.test(attr)) out.push(`${el.tagName} ${attr}`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(attr.toLowerCase()) && !re.test(value.trim())) out.push(`${el.tagName} ${attr}=${value.slice(0, 60)}`);
      }
    }
    for (const el of document.querySelectorAll('main iframe, main object, main embed, main form:not([role=search]):not([data-testid="verify-form"]), main svg script, main math, main base, main meta')) out.push(`element ${el.tagName}`);
    return out;
  }, SAFE_HREF.source);
}

for (const slug of SLUGS) {
  test(`${slug}: the team page, in both languages, and its embed run nothing injected`, async ({ page, baseURL }) => {
    test.setTimeout(60_000);
    const { foreign, errors } = await guardPage(page, new URL(baseURL!).origin);
    for (const url of [`/en/teams/${slug}/`, `/fr/teams/${slug}/`, `/embed/en/${slug}/`]) {
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      expect(response?.status(), url).toBe(200);
      expect(await dangerous(page), url).toEqual([]);
      // JSON-LD stays one data block, whatever the names hold.
      const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
      for (const block of ld) expect(() => JSON.parse(block)).not.toThrow();
      // Inline scripts are only Next's own data pushes (profile text inside them is JSON strings, hashed by the CSP).
      const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
      expect(inline.filter((text) => !/^(\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push|self\.__next_f\.push|\(globalThis\["TURBOPACK"\])/.test(text)), url).toEqual([]);
    }
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
}

// One page of every other type a reader can reach (the site is built with HELP_PAGES=sample: one help
// place and one audience, which list the hostile teams that serve France).
const PAGE_TYPES = ['/', '/en/help/', '/en/help/france/', '/fr/help/france/sme/', '/en/verify/', '/fr/partners/', '/no-such-page/'];

test('every page type (help results included) shows hostile text as text: no script ran, no request left the site', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const { foreign, errors } = await guardPage(page, new URL(baseURL!).origin);
  for (const url of PAGE_TYPES) {
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    expect(response?.status(), url).toBe(url === '/no-such-page/' ? 404 : 200);
    expect(await dangerous(page), url).toEqual([]);
  }
  // The help results do hold hostile cards (so the check above checked them), their text shown as written.
  for (const url of ['/en/help/france/', '/fr/help/france/sme/']) {
    await page.goto(url);
    const cards = page.getByTestId('help-result');
    await expect(cards, url).toHaveCount(2);
    await expect(cards.first()).toContainText('alert(');
  }
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('an injected name is shown as text, exactly as written', async ({ page }) => {
  await page.goto('/en/teams/hostile-frontmatter-html/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("<script>alert('name-official')</script> HTML Name CERT");
});

test('the home page, the list, the search and the open data of hostile teams run nothing injected', async ({ page, request, baseURL }) => {
  test.setTimeout(60_000);
  const { foreign, errors } = await guardPage(page, new URL(baseURL!).origin);
  for (const url of ['/en/', '/fr/browse/1/']) {
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(await dangerous(page), url).toEqual([]);
  }
  await page.goto('/en/');
  await page.getByLabel('Search for a team').fill('html name');
  await expect(page.getByTestId('results')).toHaveAttribute('data-results-for', '?q=html+name');
  await expect(page.getByTestId('results').getByRole('heading', { level: 3 })).toContainText(["<script>alert('name-official')</script> HTML Name CERT"]);
  expect(await dangerous(page)).toEqual([]);
  expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  const teams = await (await request.get('/data/teams.json')).json();
  expect(teams.teams).toHaveLength(SLUGS.length);
});
