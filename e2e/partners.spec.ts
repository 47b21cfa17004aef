import { test, expect } from '@playwright/test';

test('the embeddable contact card works inside an iframe on another page, without any script', async ({ page, request, baseURL }) => {
  const src = `${baseURL}/embed/fr/cert-metsys/`;
  const html = await (await request.get(src)).text();
  expect(html).not.toMatch(/<script/i);
  expect(Buffer.byteLength(html)).toBeLessThan(4000);
  await page.setContent(`<!DOCTYPE html><html lang="en"><body><h1>Partner site</h1><iframe src="${src}" title="CERT-METSYS" width="380" height="320" style="border:0"></iframe></body></html>`);
  const card = page.frameLocator('iframe');
  await expect(card.getByRole('heading', { level: 1 })).toHaveText('CERT-METSYS');
  await expect(card.getByRole('link', { name: 'cert@metsys.fr' })).toHaveAttribute('href', 'mailto:cert@metsys.fr?subject=%5BURGENT%5D%20');
  await expect(card.getByRole('link', { name: '+33 1 84 19 07 27' })).toHaveAttribute('href', 'tel:+33184190727');
  await expect(card.locator('code')).toHaveText('8CDC 80D4 C6A1 FE43 3183 5A2C 6653 2197 C325 800B');
});

test('the embed follows the reader’s light or dark scheme', async ({ page, baseURL }) => {
  for (const [scheme, background] of [['light', 'rgb(255, 255, 255)'], ['dark', 'rgb(17, 24, 39)']] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${baseURL}/embed/en/csirt-exodata/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
  }
});

test('a team page gives its permalink and a copy-paste embed snippet, and carries Open Graph metadata', async ({ page }) => {
  await page.goto('/en/teams/csirt-apixit/');
  const section = page.getByTestId('link-to-team');
  await expect(section.getByTestId('permalink')).toHaveText(/\/en\/teams\/csirt-apixit\/$/);
  await expect(section.getByTestId('embed-snippet')).toHaveText(/^<iframe src="https?:\/\/[^"]+\/embed\/en\/csirt-apixit\/" title="Contact of CSIRT APIXIT" width="380" height="320" style="border:0" loading="lazy"><\/iframe>$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'CSIRT APIXIT');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/teams\/csirt-apixit\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', /\/fr\/teams\/csirt-apixit\/$/);
});

test('the copy buttons copy the addresses of the origin the page is served from, whatever SITE_URL the build had', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const origin = new URL(baseURL!).origin;
  await page.goto('/en/teams/csirt-apixit/');
  const section = page.getByTestId('link-to-team');
  await section.getByRole('button', { name: 'Copy the link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/en/teams/csirt-apixit/`);
  await section.getByRole('button', { name: 'Copy the code' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`<iframe src="${origin}/embed/en/csirt-apixit/"`);
});
