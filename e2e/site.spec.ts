import { test, expect } from '@playwright/test';
import { SEED_TEAMS } from './seed-teams';

test('the home page lists every seed team, in both languages', async ({ page }) => {
  for (const [lang, count] of [['fr', '5 équipes'], ['en', '5 teams']] as const) {
    await page.goto(`/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 2 })).toContainText(count);
    const cards = page.getByTestId('team-card');
    await expect(cards).toHaveCount(SEED_TEAMS.length);
    for (const team of SEED_TEAMS) {
      const link = page.getByRole('link', { name: team.name, exact: true });
      await expect(link).toHaveAttribute('href', `/${lang}/teams/${team.slug}/`);
    }
  }
});

test('the root page offers both languages without a redirect', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(response?.request().redirectedFrom()).toBeNull();
  await expect(page.locator('section[lang="fr"] h1')).toHaveText('Annuaire des CSIRT');
  await expect(page.locator('section[lang="en"] h1')).toHaveText('CSIRT directory');
  await page.getByTestId('enter-en').click();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('the language switch keeps the page and the language stays in the URL', async ({ page }) => {
  await page.goto('/fr/teams/csirt-apixit/');
  await expect(page.getByRole('heading', { name: 'Contacter l’équipe' })).toBeVisible();
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/en\/teams\/csirt-apixit\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Contact the team' })).toBeVisible();
  await expect(page.getByTestId('channel-status').first()).toHaveText('Not public');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/fr\/teams\/csirt-apixit\/$/);
  await page.getByRole('link', { name: /Toutes les équipes/ }).click();
  await expect(page).toHaveURL(/\/fr\/$/);
});

test('an unknown URL gets a 404 page that leads back in both languages', async ({ page }) => {
  for (const url of ['/fr/teams/no-such-team/', '/no/such/page/', '/de/']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.locator('section[lang="fr"] h1')).toHaveText('Page introuvable');
    await expect(page.locator('section[lang="en"] h1')).toHaveText('Page not found');
  }
  await page.getByTestId('enter-fr').click();
  await expect(page).toHaveURL(/\/fr\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the list and a team page are complete and readable', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.getByTestId('team-card')).toHaveCount(SEED_TEAMS.length);
    await page.getByRole('link', { name: 'CERT-METSYS', exact: true }).click();
    await expect(page.getByTestId('incident-email').first()).toHaveText('cert@metsys.fr');
    await expect(page.getByTestId('fingerprint')).toHaveText('8CDC 80D4 C6A1 FE43 3183 5A2C 6653 2197 C325 800B');
    await expect(page.locator('.rfc-body h3').first()).toBeVisible();
    // A copy button that cannot work is not offered.
    await expect(page.getByRole('button', { name: 'Copy the fingerprint' })).toBeHidden();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('team pages fit the screen and show the contact card first', async ({ page }) => {
    for (const team of SEED_TEAMS) {
      await page.goto(`/fr/teams/${team.slug}/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, team.slug).toBeLessThanOrEqual(0);
      const box = await page.locator('#contact').boundingBox();
      expect(box && box.y, team.slug).toBeLessThan(400);
    }
  });
});

