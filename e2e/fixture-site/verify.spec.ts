import fs from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { explainProblem } from '../../lib/pgp/explain-problem';

/** The engine's own words for a problem (their wording is tests/pgp-explain.test.ts's to check, not this spec's). */
const pasted = (input: 'signature' | 'key') => explainProblem({ input, reason: 'not-openpgp' }, 'en', { [input]: 'pasted' });

const TEAM = path.resolve('e2e/fixtures/content/teams/test-signed-team');
const KEYLESS = path.resolve('e2e/fixtures/content/teams/test-keyless-team');
const PGP = path.resolve('tests/fixtures/pgp');

/** Records the JavaScript the page loads and tells whether any of it is openpgp.js. */
function watchOpenpgp(page: Page) {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) bodies.push(response.text().catch(() => ''));
  });
  return async () => (await Promise.all(bodies)).some((text) => text.includes('OpenPGP.js'));
}

test.describe('verify buttons on a team page', () => {
  test('openpgp.js is not requested before the click, and a good signature over the listing is valid', async ({ page }) => {
    const loadedOpenpgp = watchOpenpgp(page);
    await page.goto('/en/teams/test-signed-team/', { waitUntil: 'networkidle' });
    expect(await loadedOpenpgp()).toBe(false);
    const item = page.locator('[data-testid="signed-file"][data-file="profile.md"]');
    await item.getByRole('button', { name: 'Verify the signature' }).click();
    const verdict = item.getByTestId('verdict');
    await expect(verdict).toHaveAttribute('data-verdict', 'valid');
    await expect(verdict).toContainText('Result: valid');
    await expect(verdict.getByTestId('verdict-message')).toContainText('Test Signed Team');
    expect(await loadedOpenpgp()).toBe(true);
  });

  test('a document changed after signing is invalid', async ({ page }) => {
    await page.goto('/en/teams/test-signed-team/');
    const item = page.locator('[data-testid="signed-file"][data-file="rfc2350.txt"]');
    await item.getByRole('button', { name: 'Verify the signature' }).click();
    await expect(item.getByTestId('verdict')).toHaveAttribute('data-verdict', 'invalid');
  });

  test('a document signed by another key is wrong-key, in French too', async ({ page }) => {
    await page.goto('/fr/teams/test-signed-team/');
    const item = page.locator('[data-testid="signed-file"][data-file="notice.txt"]');
    await item.getByRole('button', { name: 'Vérifier la signature' }).click();
    await expect(item.getByTestId('verdict')).toHaveAttribute('data-verdict', 'wrong-key');
    await expect(item.getByTestId('verdict')).toContainText('Résultat : faite par une autre clé');
  });
});

test.describe('the verify page', () => {
  async function check(page: Page, files: { document?: string; signature?: string; key?: string }) {
    for (const [field, file] of Object.entries(files)) {
      if (file) await page.getByTestId(`input-${field}`).locator('input[type=file]').setInputFiles(file);
    }
    await page.getByRole('button', { name: 'Check', exact: true }).click();
  }

  test('says nothing is uploaded, loads openpgp.js only on the check, and finds the signer in the directory', async ({ page }) => {
    const loadedOpenpgp = watchOpenpgp(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/en/verify/', { waitUntil: 'networkidle' });
    await expect(page.getByTestId('privacy')).toHaveText('Nothing is uploaded: the check runs entirely in your browser.');
    expect(await loadedOpenpgp()).toBe(false);
    await check(page, { document: path.join(TEAM, 'profile.md'), signature: path.join(TEAM, 'profile.md.asc') });
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'valid');
    await expect(page.getByTestId('verdict-note')).toHaveText('Signed by the key of Test Signed Team.');
    await expect(page.getByTestId('verdict')).toBeFocused();
    expect(await loadedOpenpgp()).toBe(true);
    expect(requests.every((u) => u.startsWith('http://127.0.0.1:') && !/post|upload/i.test(u))).toBe(true);
  });

  test('a signature whose issuer is not in the directory says so', async ({ page }) => {
    await page.goto('/en/verify/');
    await check(page, { document: path.join(TEAM, 'notice.txt'), signature: path.join(TEAM, 'notice.txt.asc') });
    await expect(page.getByTestId('verify-message')).toHaveText(/^Issuer 0x[0-9A-F]{16,40} is not in this directory\. Provide the key to check\.$/);
  });

  test('a signature by a listed team whose key the directory does not hold cannot be checked, and the page says why', async ({ page }) => {
    await page.goto('/en/verify/');
    await check(page, { document: path.join(KEYLESS, 'profile.md'), signature: path.join(KEYLESS, 'profile.md.asc') });
    await expect(page.getByTestId('verify-message')).toContainText('matches the fingerprint Test Keyless Team publishes, but the directory does not hold its key');
  });

  test('a pasted cleartext-signed message verifies with a pasted key', async ({ page }) => {
    await page.goto('/fr/verify/');
    await page.getByTestId('input-signature').locator('textarea').fill(fs.readFileSync(path.join(PGP, 'cleartext.asc'), 'utf8'));
    await page.getByTestId('input-key').locator('textarea').fill(fs.readFileSync(path.join(PGP, 'alice.asc'), 'utf8'));
    await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'valid');
  });

  test('a garbage key is named as the key’s problem even beside a garbage signature, and the summary links to each field', async ({ page }) => {
    await page.goto('/en/verify/');
    await page.getByTestId('input-document').locator('textarea').fill('hello');
    await page.getByTestId('input-signature').locator('textarea').fill('this is not a signature');
    await page.getByTestId('input-key').locator('textarea').fill('this is not a key');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText('There is a problem');
    await expect(summary.getByRole('link')).toHaveCount(2);
    await expect(page.getByTestId('input-signature-error')).toContainText(pasted('signature'));
    await expect(page.getByTestId('input-signature-error')).not.toContainText(/file/i);
    await expect(page.getByTestId('input-key-error')).toContainText(pasted('key'));
    await expect(page.getByTestId('input-document-error')).toHaveCount(0);
    await expect(page.getByTestId('verdict')).toHaveCount(0);
    const textarea = page.getByTestId('input-signature').locator('textarea');
    await expect(textarea).toHaveAttribute('aria-invalid', 'true');
    await expect(textarea).toHaveAttribute('aria-describedby', 'verify-signature-error');
    await summary.getByRole('link', { name: /The pasted key/ }).click();
    await expect(page.getByTestId('input-key').locator('textarea')).toBeFocused();
  });

  test('a missing signature is an error on the signature field, not a verdict', async ({ page }) => {
    await page.goto('/en/verify/');
    await check(page, { document: path.join(TEAM, 'profile.md') });
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.getByTestId('input-signature-error')).toHaveText('Error: Add a signature or a cleartext-signed message.');
  });

  test('on the French page, a damaged signature file is explained in French, without the library’s English message', async ({ page }) => {
    await page.goto('/fr/verify/');
    const damaged = fs.readFileSync(path.join(TEAM, 'profile.md.asc'), 'utf8').replace(/^(\w{10})\w/m, '$1*');
    await page.getByTestId('input-document').locator('input[type=file]').setInputFiles(path.join(TEAM, 'profile.md'));
    await page.getByTestId('input-signature').locator('input[type=file]').setInputFiles({ name: 'profile.md.asc', mimeType: 'text/plain', buffer: Buffer.from(damaged) });
    await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.getByTestId('error-summary').getByRole('heading')).toHaveText('Il y a un problème');
    const error = page.getByTestId('input-signature-error');
    await expect(error).toContainText(explainProblem({ input: 'signature', reason: 'damaged', cause: 'bad-armor' }, 'fr'));
    await expect(error).not.toContainText(/armored|Misformed|Unexpected|packet|Error|openpgp\.js/i);
  });
});
