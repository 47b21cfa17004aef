import { test, expect } from '@playwright/test';
import { SEED_TEAMS, hex } from './seed-teams';

test.describe('each seed team page shows its contact facts exactly as its document prints them', () => {
  for (const team of SEED_TEAMS) {
    test(`${team.slug}`, async ({ page }) => {
      const response = await page.goto(`/fr/teams/${team.slug}/`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(team.name);

      const contact = page.locator('#contact');
      const email = contact.getByTestId('incident-email').first();
      await expect(email).toHaveText(team.incidentEmail);
      expect(await email.getAttribute('href')).toMatch(new RegExp(`^mailto:${team.incidentEmail.replace(/\./g, '\\.')}(\\?|$)`));

      const phone = contact.getByTestId('phone');
      if (team.phone) {
        const number = phone.getByTestId('phone-number').first();
        await expect(number).toHaveText(team.phone);
        expect(await number.getAttribute('href')).toMatch(/^tel:\+\d{7,15}$/);
      } else {
        await expect(phone.getByTestId('channel-status')).toHaveText('Non public');
      }

      const fingerprint = contact.getByTestId('fingerprint').first();
      const shown = (await fingerprint.textContent()) ?? '';
      expect(hex(shown)).toBe(hex(team.fingerprint));
      expect(shown).toMatch(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
      await expect(contact.getByTestId('key-id').first()).toHaveText(team.keyId);
    });
  }

  test('the contact card comes before the RFC 2350 text, which is marked with the team language', async ({ page }) => {
    await page.goto('/en/teams/cert-metsys/');
    const order = await page.evaluate(() => {
      const contact = document.querySelector('#contact');
      const body = document.querySelector('.rfc-body');
      return contact && body ? contact.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await expect(page.locator('.rfc-body')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.rfc-body h3').first()).toContainText('1.');
  });

  test('an empty section of the document is shown as empty, in the reader language', async ({ page }) => {
    await page.goto('/fr/teams/csirt-exodata/');
    const note = page.locator('.rfc-body .empty-section');
    await expect(note).toHaveCount(1);
    await expect(note).toHaveAttribute('lang', 'fr');
    await expect(note).toHaveText('Cette section est vide dans le document de l’équipe.');
  });

  test('the fingerprint copy button copies the 40 hex digits', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/teams/csirt-exodata/');
    await page.getByRole('button', { name: 'Copy the fingerprint' }).click();
    await expect(page.getByRole('button', { name: /Copy the fingerprint/ })).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('DCCAFC279CDB3D719D98608881932F45B59FE677');
  });
});
