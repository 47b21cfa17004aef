import { test, expect } from '@playwright/test';

test('three taps from the home page to the regional team’s call button, on a 375 px phone, in French and English', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z')); // Monday 11:00 in Paris
  for (const [lang, region] of [['fr', 'Pays de la Loire'], ['en', 'Pays de la Loire']] as const) {
    await page.goto(`/${lang}/`);
    await page.getByTestId('help-cta').click(); // 1
    await expect(page).toHaveURL(new RegExp(`/${lang}/help/$`));
    await page.getByRole('link', { name: region, exact: true }).click(); // 2
    await expect(page).toHaveURL(new RegExp(`/${lang}/help/pays-de-la-loire/$`));
    const first = page.getByTestId('help-result').first();
    await expect(first).toHaveAttribute('data-slug', 'pays-de-la-loire-cyber-assistance');
    const call = first.getByTestId('call'); // 3
    await expect(call).toHaveAttribute('href', 'tel:+33800100200');
    const box = (await call.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(740 * 2); // within two screens, before any question
  }
});

test('the region’s results list every covering team; "who are you" re-orders them on the same page without hiding any', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
  await page.goto('/fr/help/pays-de-la-loire/');
  const all = await page.getByTestId('help-result').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-slug')));
  expect(all).toContain('cert-metsys');
  await expect(page.locator('[data-slug="cert-metsys"] [data-testid="customers-only"]')).toBeVisible();
  await page.getByTestId('who').getByRole('link', { name: 'Une PME' }).click();
  await expect(page).toHaveURL(/\/fr\/help\/pays-de-la-loire\/sme\/$/);
  await expect(page.getByTestId('who').getByRole('link', { name: 'Une PME' })).toHaveAttribute('aria-current', 'page');
  const results = page.getByTestId('help-results').getByTestId('help-result');
  await expect(results).toHaveCount(2);
  const first = results.first();
  await expect(first).toHaveAttribute('data-slug', 'pays-de-la-loire-cyber-assistance');
  await expect(first.getByTestId('help-24-7')).toContainText('Disponible 24 h/24, 7 j/7 par téléphone');
  const mailto = decodeURIComponent((await first.getByTestId('write').getAttribute('href'))!);
  expect(mailto).toMatch(/^mailto:cyberassistance@paysdelaloire\.fr\?subject=\[URGENT\] &body=/);
  expect(mailto).toContain("- Chronologie de l'incident : date et heure du début de l'incident et de sa détection");
  await expect(first.getByTestId('encrypt-to')).toContainText('ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D');
  await expect(results.nth(1)).toHaveAttribute('data-slug', 'csirt-exodata');
  await expect(page.getByTestId('help-other-results').locator('[data-slug="cert-metsys"]')).toHaveCount(1);
});

test('old two-step links still answer with the same teams', async ({ page }) => {
  await page.goto('/en/help/la-reunion/health/');
  await expect(page.getByTestId('help-results').getByTestId('help-result').first()).toHaveAttribute('data-slug', 'csirt-exodata');
});

test('open now is computed in the team time zone: La Réunion on a Monday morning and evening', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T05:30:00Z')); // 09:30 in La Réunion
  await page.goto('/en/help/la-reunion/health/');
  const card = page.locator('[data-slug="csirt-exodata"]');
  await expect(card.getByTestId('open-now')).toHaveAttribute('data-state', 'open');
  await expect(card.getByTestId('open-now')).toContainText(/^Open now, until 19:00 \(Réunion/);
  await page.clock.setFixedTime(new Date('2026-11-27T16:00:00Z')); // Friday 20:00 in La Réunion
  await page.reload();
  await expect(card.getByTestId('open-now')).toContainText(/^Closed, opens Monday at 08:00 \(Réunion/);
});

test('teams that serve customers only come first for their customers, and after the others for everyone else', async ({ page }) => {
  await page.goto('/en/help/ile-de-france/mid-size/');
  await expect(page.getByTestId('help-results').locator('[data-slug="cert-metsys"]')).toHaveCount(0);
  await expect(page.getByTestId('help-other-results').locator('[data-slug="cert-metsys"] [data-testid="customers-only"]')).toHaveText('Customers or host organisation only');
  await page.goto('/en/help/ile-de-france/customer/');
  await expect(page.getByTestId('help-results').locator('[data-slug="cert-metsys"]')).toHaveCount(1);
  await expect(page.locator('[data-slug="csirt-apixit"] [data-testid="no-phone"]')).toHaveText('No public phone number');
});

test('when no team covers the person, the page says so and shows the national services, each with its official source', async ({ page }) => {
  await page.goto('/fr/help/bretagne/individual/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aucune équipe de cet annuaire ne couvre votre situation');
  const services = page.getByTestId('national-service');
  await expect(services).toHaveCount(3);
  for (const id of ['17cyber', 'complaint', 'cnil']) {
    const service = page.locator(`[data-testid="national-service"][data-id="${id}"]`);
    await expect(service.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    await expect(service).toContainText('Source');
  }
  await expect(page.locator('[data-id="cnil"]')).toContainText('72 heures');
  await expect(page.getByTestId('national-services').locator('a[href^="tel:"]')).toHaveCount(0);
});

test('every help result ends with the national services', async ({ page }) => {
  await page.goto('/en/help/pays-de-la-loire/');
  await expect(page.getByTestId('national-service')).toHaveCount(3);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the questions are links and the answer page works', async ({ page }) => {
    await page.goto('/en/help/');
    await page.getByRole('link', { name: 'Outside France' }).click();
    await expect(page.getByTestId('help-result')).toHaveCount(1);
    await page.getByRole('link', { name: 'A small or medium business (SME)' }).click();
    await expect(page.getByTestId('help-results').getByTestId('help-result')).toHaveCount(1);
    await expect(page.getByTestId('write')).toHaveAttribute('href', /^mailto:incidents@exodata-csirt\.fr\?subject=%5BURGENT%5D%20/);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('the call and write buttons are the first thing under the team name', async ({ page }) => {
    await page.goto('/fr/help/pays-de-la-loire/public-body/');
    const call = page.getByTestId('call').first();
    await expect(call).toBeVisible();
    const box = await call.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(740);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
