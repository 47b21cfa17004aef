import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// The report composer on the seed site: teams whose directory entry holds no key.

test('the composer is built from the team’s own checklist, previews live, and mails to the incident address with the urgent tag', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/fr/teams/pays-de-la-loire-cyber-assistance/');
  const report = page.getByTestId('report');
  await expect(report.getByRole('heading', { name: 'Préparer votre signalement' })).toBeVisible();
  const first = report.getByRole('textbox').first();
  await expect(report.locator('label').first()).toContainText("Informations sur l'organisation touchée");
  await first.fill('Fichiers chiffrés à 09:12 & note de rançon');
  await expect(report.getByTestId('report-preview')).toContainText('Fichiers chiffrés à 09:12 & note de rançon');
  const href = (await report.getByTestId('report-send').getAttribute('href'))!;
  expect(href).toMatch(/^mailto:cyberassistance@paysdelaloire\.fr\?subject=%5BURGENT%5D%20/);
  const body = decodeURIComponent(href.slice(href.indexOf('&body=') + 6));
  expect(body).toContain('Fichiers chiffrés à 09:12 & note de rançon\r\n');
  await report.getByTestId('report-copy').click();
  await expect(report.getByTestId('report-status')).toHaveText('Texte copié');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Fichiers chiffrés à 09:12 & note de rançon');
});

test('a team without a held key shows no encrypt button and says why; hidden characters show in the preview', async ({ page }) => {
  await page.goto('/en/teams/csirt-exodata/');
  const report = page.getByTestId('report');
  await expect(report.getByTestId('report-encrypt')).toHaveCount(0);
  await expect(report.getByTestId('report-no-key')).toHaveText('The directory does not hold this team’s key, so the report cannot be encrypted here.');
  await report.getByRole('textbox').first().fill('invoice\u202Efdp.exe مرحبا');
  await expect(report.getByTestId('report-preview').locator('mark')).toHaveText('⟨U+202E⟩');
  await expect(report.getByTestId('report-preview')).toContainText('مرحبا');
});

test('a long report is not put in a mailto: link, and one over 100 KB is neither mailed nor encrypted', async ({ page }) => {
  await page.goto('/en/teams/csirt-exodata/');
  const report = page.getByTestId('report');
  const box = report.getByRole('textbox').first();
  await box.fill('é'.repeat(600));
  await expect(report.getByTestId('report-mailto-too-long')).toContainText('copy it');
  await expect(report.getByTestId('report-send')).toHaveCount(0);
  await box.fill('x'.repeat(101 * 1024));
  await expect(report.getByTestId('report-status')).toContainText('over 100 KB');
  await expect(report.getByTestId('report-send')).toHaveCount(0);
});

test('download saves the text as a file, with no request', async ({ page }) => {
  await page.goto('/en/teams/csirt-exodata/');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const report = page.getByTestId('report');
  await report.getByRole('textbox').first().fill('Disk wiped at 03:00');
  const [download] = await Promise.all([page.waitForEvent('download'), report.getByTestId('report-download').click()]);
  expect(download.suggestedFilename()).toBe('csirt-exodata-report.txt');
  const { readFile } = await import('node:fs/promises');
  expect(await readFile((await download.path())!, 'utf8')).toContain('Disk wiped at 03:00');
  expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
});

test('help results carry the composer, folded under the call buttons, and it passes axe', async ({ page }) => {
  await page.goto('/fr/help/pays-de-la-loire/');
  const card = page.locator('[data-slug="pays-de-la-loire-cyber-assistance"]');
  await card.getByText('Préparer votre signalement').click();
  await expect(card.getByTestId('report-composer')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('[data-testid="report"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the checklist is a printable list and the e-mail a plain mailto: link', async ({ page }) => {
    await page.goto('/fr/teams/pays-de-la-loire-cyber-assistance/');
    const report = page.getByTestId('report');
    await expect(report.getByTestId('report-checklist').locator('li').first()).toContainText("Informations sur l'organisation touchée");
    await expect(report.getByTestId('report-plain-mail')).toHaveAttribute('href', /^mailto:cyberassistance@paysdelaloire\.fr\?subject=%5BURGENT%5D/);
    await expect(report.getByTestId('report-composer')).toBeHidden();
  });
});
