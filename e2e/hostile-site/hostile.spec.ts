import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';

// The hostile site is built from e2e/hostile/content: profiles that the rules
// accept but whose every text tries an injection (script, event handlers,
// javascript:/data:/vbscript: links, SVG/MathML, entities, look-alikes, fields
// and bodies at their limits). Every page a reader can reach must show them as
// text: no dialog, no script error, no CSP violation, no forbidden link.

const SLUGS = fs.readdirSync('e2e/hostile/content/teams').sort();
const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|\/|#)/i;

async function guard(page: Page) {
  const problems: string[] = [];
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(request.url()) && !request.url().startsWith('data:')) problems.push(`request to another origin: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

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
    for (const el of document.querySelectorAll('main iframe, main object, main embed, main form:not([role=search]), main svg script, main math, main base, main meta')) out.push(`element ${el.tagName}`);
    return out;
  }, SAFE_HREF.source);
}

for (const slug of SLUGS) {
  test(`${slug}: the team page, in both languages, and its embed run nothing injected`, async ({ page }) => {
    test.setTimeout(60_000);
    const problems = await guard(page);
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
    expect(problems).toEqual([]);
  });
}

test('an injected name is shown as text, exactly as written', async ({ page }) => {
  await page.goto('/en/teams/hostile-frontmatter-html/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("<script>alert('name-official')</script> HTML Name CERT");
});

test('the home page, the list, the search and the open data of hostile teams run nothing injected', async ({ page, request }) => {
  test.setTimeout(60_000);
  const problems = await guard(page);
  for (const url of ['/en/', '/fr/browse/1/']) {
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(await dangerous(page), url).toEqual([]);
  }
  await page.goto('/en/');
  await page.getByLabel('Search for a team').fill('html name');
  await expect(page.getByTestId('results')).toHaveAttribute('data-results-for', '?q=html+name');
  await expect(page.getByTestId('results').getByRole('heading', { level: 3 })).toContainText(["<script>alert('name-official')</script> HTML Name CERT"]);
  expect(await dangerous(page)).toEqual([]);
  expect(problems).toEqual([]);
  const teams = await (await request.get('/data/teams.json')).json();
  expect(teams.teams).toHaveLength(SLUGS.length);
});
