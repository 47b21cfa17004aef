import { test, expect } from '@playwright/test';

// The fixture site is built with BUILD_NOW=2026-06-01: key status is judged as of that day.

test('a team page shows the facts of the key the directory holds, and the key can be downloaded', async ({ page, request }) => {
  await page.goto('/en/teams/test-signed-team/');
  const facts = page.getByTestId('key-facts');
  await expect(facts).toBeVisible();
  await expect(facts.getByTestId('key-algorithm')).not.toBeEmpty();
  await expect(facts.getByTestId('key-expires')).toHaveText('1 January 2099');
  await expect(facts).toContainText('Test Signed Team <cert@test-signed-team.example>');
  await expect(page.getByTestId('key-status')).toHaveCount(0);
  const href = await page.getByTestId('key-download').getAttribute('href');
  const key = await (await request.get(href!)).text();
  expect(key).toContain('-----BEGIN PGP PUBLIC KEY BLOCK-----');
  // The open data section offers the same key file, and the JSON record describes it.
  const data = page.getByTestId('team-data');
  await expect(data.getByRole('link', { name: 'Public PGP key (.asc)' })).toHaveAttribute('href', href!);
  const record = await (await request.get('/data/teams/test-signed-team.json')).json();
  expect(record.pgp_keys[0].key_file.url).toMatch(new RegExp(`${href!.replace(/[.]/g, '\\.')}$`));
});

test('an expired key is shown as expired, prominently', async ({ page }) => {
  await page.goto('/en/teams/test-expired-team/');
  await expect(page.getByTestId('key-status')).toContainText('Key EXPIRED on 1 January 2025.');
  await expect(page.getByTestId('key-status')).toHaveAttribute('role', 'alert');
});

test('a revoked key is shown as revoked, prominently, in both languages', async ({ page }) => {
  await page.goto('/en/teams/test-revoked-team/');
  await expect(page.getByTestId('key-status')).toContainText('Key REVOKED on 1 March 2025. Do not use it.');
  await page.goto('/fr/teams/test-revoked-team/');
  await expect(page.getByTestId('key-status')).toContainText('Clé RÉVOQUÉE le 1 mars 2025. Ne l’utilisez plus.');
});

test('a key that expires within 90 days gets a notice, counted in days when the page is read', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-07-05T12:00:00Z'));
  await page.goto('/en/teams/test-expiring-team/');
  await expect(page.getByTestId('key-status')).toContainText('This key expires in 10 days (on 15 July 2026).');
  await expect(page.getByTestId('key-status')).toHaveAttribute('data-computed', 'view');
});

test('a key that expired between the build and the reading is shown expired in the browser', async ({ page }) => {
  // The fixture site is built as of 2026-06-01, when this key still had six weeks to run.
  await page.clock.setFixedTime(new Date('2026-08-01T12:00:00Z'));
  await page.goto('/en/teams/test-expiring-team/');
  await expect(page.getByTestId('key-status')).toContainText('Key EXPIRED on 15 July 2026.');
  await expect(page.getByTestId('key-status')).toHaveAttribute('role', 'alert');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page shows the key status as of the build, with its date', async ({ page }) => {
    await page.goto('/en/teams/test-expiring-team/');
    await expect(page.getByTestId('key-status')).toHaveText('This key expires soon (on 15 July 2026).');
    await expect(page.getByTestId('key-facts')).toContainText('Key status as of 1 June 2026');
  });
});

test('the team page shows where the fingerprint comes from, a QR code and an openpgp4fpr: link', async ({ page }) => {
  await page.goto('/en/teams/test-signed-team/');
  const agreement = page.getByTestId('key-agreement');
  await expect(agreement.getByTestId('agreement-document')).toContainText('Printed in the team’s RFC 2350 document');
  const fingerprint = (await page.getByTestId('fingerprint').first().textContent())!.replace(/\s/g, '');
  await expect(agreement.getByTestId('openpgp4fpr')).toHaveAttribute('href', `openpgp4fpr:${fingerprint}`);
  await expect(agreement.getByTestId('fingerprint-qr')).toBeVisible();
  await expect(agreement.getByTestId('fingerprint-qr')).toHaveAttribute('aria-label', /QR code of the fingerprint/);
  await expect(agreement.locator('script')).toHaveCount(0);
  await expect(agreement.locator('[data-testid="agreement-source"][data-outcome="same-fingerprint"]')).toHaveCount(2);
  await expect(agreement.locator('[data-kind="vks"]')).toContainText('keys.openpgp.org: serves the same key');
  await expect(agreement.locator('[data-kind="wkd-advanced"]')).toContainText('could not be reached');
  await expect(agreement.getByTestId('agreement-checked')).toHaveText('Last checked: 31 May 2026');
});

test('without the key, the page shows the fingerprint as published and says the directory does not hold the key', async ({ page }) => {
  await page.goto('/en/teams/test-keyless-team/');
  await expect(page.getByTestId('fingerprint')).toHaveText(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
  await expect(page.getByTestId('key-not-held')).toContainText('does not hold this key');
  await expect(page.getByTestId('signed-files')).toContainText('Cannot check here: the directory does not hold the team’s key.');
  await expect(page.getByRole('button', { name: 'Verify the signature' })).toHaveCount(0);
});

test('the feed of keys expiring within 60 days lists the key that expires in six weeks, and not the others', async ({ request }) => {
  const feed = await (await request.get('/keys-expiring.xml')).text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect(feed).toContain('Test Expiring Team');
  expect(feed).not.toContain('Test Signed Team');
  expect(feed).not.toContain('Test Revoked Team');
});
