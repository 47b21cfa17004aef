import { test, expect } from '@playwright/test';

// The contact facts of each seed page, their order and an empty section are static HTML: tests/static-html/team-pages.test.ts.
test.describe('team pages', () => {
  test('the fingerprint copy button copies the 40 hex digits', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/teams/csirt-exodata/');
    await page.getByRole('button', { name: 'Copy the fingerprint' }).click();
    await expect(page.getByRole('button', { name: /Copy the fingerprint/ })).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('DCCAFC279CDB3D719D98608881932F45B59FE677');
  });
});
