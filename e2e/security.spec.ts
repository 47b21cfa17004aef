import { test, expect } from '@playwright/test';
import { guardPage } from './page-guard';
import { SEED_TEAMS } from './seed-teams';

// Every page type, with its scripts running: no request to another origin, no
// Content-Security-Policy violation (the policy is in each page's meta tag,
// lib/site/security.ts), and the headers of docs/deploy.md.

const PAGES = [
  '/',
  '/fr/',
  '/en/',
  '/en/?q=boulogne&type=internal',
  '/fr/?q=8193%202F45%20B59F%20E677',
  '/en/browse/1/',
  '/fr/verify/',
  '/en/help/',
  '/fr/help/bretagne/sme/',
  '/embed/en/csirt-exodata/',
  '/no-such-page/',
  ...SEED_TEAMS.flatMap((t) => [`/fr/teams/${t.slug}/`, `/en/teams/${t.slug}/`]),
];


test('no page requests another origin, breaks its Content-Security-Policy or logs an error', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const { foreign, errors } = await guardPage(page, new URL(baseURL!).origin);
  for (const url of PAGES) {
    await page.goto(url, { waitUntil: 'networkidle' });
    if (url.includes('?')) await expect(page.getByTestId('results')).toHaveAttribute('data-results-for', /./);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp, url).toMatch(url.startsWith('/embed/') ? /^default-src 'none'/ : /^default-src 'self'; script-src 'self' 'sha256-/);
  }
  // Search typed by hand too: the index files are fetched under the policy.
  await page.goto('/en/');
  await page.getByLabel('Search for a team').fill('nantes');
  await expect(page.getByTestId('results')).toHaveAttribute('data-results-for', '?q=nantes');
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('the server sends the security headers; pages refuse framing, embeds allow it', async ({ request }) => {
  const page = await request.get('/en/teams/cert-metsys/');
  const headers = page.headers();
  expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['content-security-policy']).toBe("frame-ancestors 'self'");
  const embed = await request.get('/embed/en/cert-metsys/');
  expect(embed.headers()['content-security-policy']).toBeUndefined();
  expect(embed.headers()['x-content-type-options']).toBe('nosniff');
});

test('an inline script that is not the page’s own is blocked', async ({ page, baseURL }) => {
  const { errors } = await guardPage(page, new URL(baseURL!).origin);
  await page.goto('/en/teams/cert-metsys/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => errors.some((e) => e.includes('CSP violation: script-src'))).toBe(true);
});
