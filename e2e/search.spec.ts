import { test, expect, type Page } from '@playwright/test';
import { SEED_TEAMS } from './seed-teams';

// Search over the seed site's index (lib/search). Every query must find the
// expected seed team(s) and no other, and say why it matched.

const NAMES = Object.fromEntries(SEED_TEAMS.map((s) => [s.slug, s.name]));

async function searchFor(page: Page, lang: 'fr' | 'en', query: string) {
  await page.goto(`/${lang}/`);
  await page.getByLabel(lang === 'fr' ? 'Rechercher une équipe' : 'Search for a team').fill(query);
  const results = page.getByTestId('results');
  await resultsFor(page, `?${new URLSearchParams({ q: query })}`);
  return results;
}

/** Waits until the results shown are those of this query string. */
async function resultsFor(page: Page, search: string) {
  await expect(page.getByTestId('results')).toHaveAttribute('data-results-for', search);
}

async function expectTeams(page: Page, slugs: string[]) {
  const names = await page.getByTestId('results').getByRole('heading', { level: 3 }).allInnerTexts();
  expect(names.sort()).toEqual(slugs.map((s) => NAMES[s]).sort());
}

// Recall and ranking of names, domains, addresses, key IDs and fingerprints are the evaluation set's
// (tests/search-eval.test.ts over tests/fixtures/search-eval.json) and the reasons are
// tests/search-record.test.ts's; here, typed in the page, the cases whose answer or reason the set has not.
const CASES: { kind: string; query: string; slugs: string[]; reason?: string }[] = [
  { kind: 'a city', query: 'Nantes', slugs: ['pays-de-la-loire-cyber-assistance'], reason: 'city' },
  { kind: 'a city shared by two teams', query: 'boulogne', slugs: ['cert-metsys', 'cegedim-cloud-csirt'], reason: 'city' },
  { kind: 'a region without its accent', query: 'la reunion', slugs: ['csirt-exodata'], reason: 'region' },
];

for (const c of CASES) {
  test(`search by ${c.kind} finds the right team and no other`, async ({ page }) => {
    await searchFor(page, 'en', c.query);
    await expectTeams(page, c.slugs);
    if (c.reason) {
      for (const reasons of await page.getByTestId('match-reasons').allInnerTexts()) expect(reasons).toContain(c.reason);
    }
  });
}

test('search works the same in French, with the reasons in French', async ({ page }) => {
  await searchFor(page, 'fr', '8193 2F45 B59F E677');
  await expectTeams(page, ['csirt-exodata']);
  await expect(page.getByTestId('match-reasons')).toHaveText('Trouvée par : ID de clé');
  await expect(page.getByTestId('results').getByRole('link', { name: NAMES['csirt-exodata'] })).toHaveAttribute('href', '/fr/teams/csirt-exodata/');
});

test('a typo is corrected, and the page says what it searched instead', async ({ page }) => {
  await searchFor(page, 'en', 'cegedin');
  await expectTeams(page, ['cegedim-cloud-csirt']);
  await expect(page.getByTestId('search-status')).toContainText('Nothing for “cegedin”; showing results for “cegedim”.');
});

test('a query that matches nothing says so once, with no empty results heading, and offers the help flow and the full list', async ({ page }) => {
  for (const [lang, none, help] of [['en', 'No team matches.', 'Under attack? Find help now'], ['fr', 'Aucune équipe ne correspond.', 'Vous subissez une attaque ? Trouver de l’aide maintenant']] as const) {
    await page.goto(`/${lang}/`);
    await page.locator('#search-q').fill('zzzqqqxxx');
    await expect(page.getByTestId('result-count')).toHaveText(none);
    await expect(page.getByText(none)).toHaveCount(1);
    await expect(page.getByRole('heading', { name: lang === 'en' ? 'Results' : 'Résultats' })).toHaveCount(0);
    await expect(page.getByTestId('no-results').getByRole('link', { name: help })).toHaveAttribute('href', `/${lang}/help/`);
    await expect(page.getByTestId('no-results').getByRole('link').nth(1)).toHaveAttribute('href', `/${lang}/browse/1/`);
    await expect(page.getByTestId('search-status')).toHaveAttribute('data-settled-for', '?q=zzzqqqxxx');
  }
});

test('a key ID typed after 0x: too short at "0x", a key prefix from two digits', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('#search-q').fill('0x');
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-settled-for', '?q=0x');
  await expect(page.getByTestId('search-status')).toContainText('Type at least two characters.');
  await page.locator('#search-q').fill('0x8193');
  await resultsFor(page, '?q=0x8193');
  await expectTeams(page, ['csirt-exodata']);
  await expect(page.getByTestId('match-reasons')).toContainText('key ID');
});

test('filter counts say how many teams each choice would give, and a filter no team states is left out', async ({ page }) => {
  await page.goto('/en/?q=boulogne');
  await expect(page.getByTestId('results')).toHaveAttribute('data-results-for', '?q=boulogne');
  await page.getByText('Filters', { exact: true }).click();
  await expect(page.locator('#filter-type option[value="commercial"]')).toHaveText(/\(1\)$/);
  await expect(page.locator('#filter-type option[value="internal"]')).toHaveText(/\(1\)$/);
  await expect(page.locator('#filter-lang')).toHaveCount(0);
});

test('filters combine with each other and with the query, and live in the URL', async ({ page }) => {
  await page.goto('/en/');
  await page.getByLabel('Search for a team').focus();
  await page.getByText('Filters').click();
  await page.getByLabel('Team type').selectOption('commercial');
  await resultsFor(page, '?type=commercial');
  await expectTeams(page, ['cert-metsys', 'csirt-apixit', 'csirt-exodata']);
  // 24/7 as the public can use it (the contact model): none of the commercial teams, which serve their customers
  // only or keep office hours; cegedim's on-call e-mail duty and Pays de la Loire's line.
  await page.getByLabel('Availability').selectOption('24/7');
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-settled-for', '?type=commercial&h24=24%2F7');
  await expect(page.getByTestId('no-results')).toBeVisible();
  await page.getByLabel('Team type').selectOption('');
  await resultsFor(page, '?h24=24%2F7');
  await expectTeams(page, ['cegedim-cloud-csirt', 'pays-de-la-loire-cyber-assistance']);
  await page.getByLabel('Team type').selectOption('regional');
  await resultsFor(page, '?type=regional&h24=24%2F7');
  await expectTeams(page, ['pays-de-la-loire-cyber-assistance']);
  await page.getByLabel('Search for a team').fill('nantes');
  await resultsFor(page, '?q=nantes&type=regional&h24=24%2F7');
  await expectTeams(page, ['pays-de-la-loire-cyber-assistance']);
  expect(new URL(page.url()).search).toBe('?q=nantes&type=regional&h24=24%2F7');
});

test('a shared search URL opens with its results, and Back and Forward restore them', async ({ page }) => {
  await page.goto('/en/?q=boulogne&type=internal');
  await expect(page.getByLabel('Search for a team')).toHaveValue('boulogne');
  await expect(page.getByLabel('Team type')).toHaveValue('internal');
  await resultsFor(page, '?q=boulogne&type=internal');
  await expectTeams(page, ['cegedim-cloud-csirt']);
  await page.getByLabel('Team type').selectOption('');
  await resultsFor(page, '?q=boulogne');
  await expectTeams(page, ['cert-metsys', 'cegedim-cloud-csirt']);
  await page.goBack();
  await expect(page.getByLabel('Team type')).toHaveValue('internal');
  await resultsFor(page, '?q=boulogne&type=internal');
  await expectTeams(page, ['cegedim-cloud-csirt']);
  await page.goForward();
  await resultsFor(page, '?q=boulogne');
  await expectTeams(page, ['cert-metsys', 'cegedim-cloud-csirt']);
  // The language switch keeps the search.
  await page.getByRole('link', { name: /Version française/ }).click();
  await expect(page).toHaveURL(/\/fr\/\?q=boulogne$/);
  await resultsFor(page, '?q=boulogne');
  await expectTeams(page, ['cert-metsys', 'cegedim-cloud-csirt']);
});

test('clearing the search brings back the full list', async ({ page }) => {
  await searchFor(page, 'en', 'nantes');
  await page.getByLabel('Search for a team').fill('');
  await expect(page.getByTestId('team-list').getByRole('listitem')).toHaveCount(SEED_TEAMS.length);
  expect(new URL(page.url()).search).toBe('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page lists every team, says search needs JavaScript, and hides the search form', async ({ page }) => {
    for (const lang of ['fr', 'en']) {
      await page.goto(`/${lang}/`);
      const names = await page.getByTestId('team-list').getByRole('heading', { level: 3 }).allInnerTexts();
      expect(names.sort()).toEqual(SEED_TEAMS.map((s) => s.name).sort());
      await expect(page.getByRole('search')).toBeHidden();
      await expect(page.getByText(lang === 'fr' ? /La recherche et les filtres demandent JavaScript/ : /Search and filters need JavaScript/)).toBeVisible();
    }
    await page.goto('/en/browse/1/');
    expect(await page.getByTestId('team-list').getByRole('listitem').count()).toBe(SEED_TEAMS.length);
  });
});

test('when the search index cannot be fetched, the page says so, for this text, and the full list stays', async ({ page }) => {
  await page.route('**/search/**', (route) => route.abort());
  await page.goto('/en/');
  await page.locator('#search-q').fill('apix');
  await expect(page.getByTestId('search-status').getByRole('alert')).toHaveText('Search could not be loaded. The full list of teams is still below.');
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-settled-for', '?q=apix');
  await expect(page.getByRole('heading', { level: 3, name: NAMES['csirt-apixit'] })).toBeVisible();
});
