import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PAGES = ['/', '/fr/', '/en/', '/fr/verify/', '/en/verify/', '/fr/help/', '/en/help/pays-de-la-loire/', '/fr/help/pays-de-la-loire/sme/', '/en/help/bretagne/individual/', '/embed/fr/cert-metsys/', '/fr/teams/csirt-exodata/', '/en/teams/cegedim-cloud-csirt/', '/fr/teams/cert-metsys/', '/no-such-page/', '/en/browse/1/', '/fr/?q=boulogne', '/en/?q=csirt&type=commercial'];

for (const url of PAGES) {
  test(`${url} has no axe-core accessibility violation`, async ({ page }) => {
    await page.goto(url);
    // Search results: wait until they are on the page (and the filters are open, with their values).
    if (url.includes('?')) await expect(page.getByTestId('results')).toHaveAttribute('data-results-for', url.slice(url.indexOf('?')));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}
