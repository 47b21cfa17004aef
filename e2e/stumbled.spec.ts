import { test, expect, type Page } from '@playwright/test';

// What victims, peers and partners stumbled on (issue 17), checked at 375 px in both languages.
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/** Standalone links and buttons in an area that are smaller than 24 × 24 CSS px (WCAG 2.2, 2.5.8). */
async function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((roots) =>
    roots.flatMap((root) =>
      [...root.querySelectorAll<HTMLElement>('a[href], button, summary')]
        .filter((el) => el.offsetParent !== null)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          // Inline links inside running text are exempt; a target alone on its line is standalone.
          const parentText = (el.parentElement?.textContent ?? '').trim();
          const standalone = parentText === (el.textContent ?? '').trim();
          return standalone && r.width > 0 && (r.width < 24 || r.height < 24);
        })
        .map((el) => `${el.tagName} "${el.textContent?.trim().slice(0, 40)}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`),
    ),
  );
}

test.describe('a victim on a phone', () => {
  test.use(PHONE);

  test('first steps sit by the call button on help results and team pages, each with its official source, in both languages', async ({ page }) => {
    for (const [url, text] of [['/fr/help/la-reunion/', 'Ne payez pas de rançon.'], ['/en/teams/csirt-exodata/', 'Do not pay a ransom.']] as const) {
      await page.goto(url);
      const steps = page.getByTestId('first-steps').first();
      await steps.locator('summary').click();
      await expect(steps).toContainText(text);
      for (const href of await steps.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^https:\/\//);
    }
  });

  test('a closed line says so on its call button; a 24/7 phone line is open, in the team’s time zone', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-27T16:00:00Z')); // Friday 20:00 in La Réunion, 17:00 in Paris
    await page.goto('/en/help/la-reunion/');
    const exodata = page.locator('[data-slug="csirt-exodata"]');
    await expect(exodata.getByTestId('call')).toHaveAttribute('data-state', 'closed');
    await expect(exodata.getByTestId('call-closed')).toHaveText('Closed — opens Monday at 08:00');
    expect(await exodata.getByTestId('call').evaluate((a) => getComputedStyle(a).backgroundColor)).not.toMatch(/rgb\(21, 128, 61\)/);
    await page.goto('/fr/help/pays-de-la-loire/');
    await expect(page.locator('[data-slug="pays-de-la-loire-cyber-assistance"]').getByTestId('call')).toHaveAttribute('data-state', 'around-the-clock');
  });

  test('a public holiday the team closes on counts: Christmas Day in La Réunion', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-25T06:00:00Z')); // Friday 10:00 in La Réunion
    await page.goto('/fr/help/la-reunion/');
    const card = page.locator('[data-slug="csirt-exodata"]');
    await expect(card.getByTestId('open-now')).toHaveAttribute('data-state', 'closed');
    await expect(card.getByTestId('open-now')).toContainText('jour férié');
  });

  test.describe('from Paris', () => {
    test.use({ timezoneId: 'Europe/Paris' });
    test('hours in another time zone also show in the reader’s own', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-11-23T05:30:00Z')); // Monday 09:30 in La Réunion
      await page.goto('/en/help/la-reunion/');
      await expect(page.locator('[data-slug="csirt-exodata"]').getByTestId('reader-time')).toHaveText(', 16:00 for you');
    });
  });

  test('without JavaScript, the build-time hours still show on every help card that has them', async ({ browser }) => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/fr/help/la-reunion/');
    await expect(page.locator('[data-slug="csirt-exodata"]').getByTestId('schedule')).toContainText('08:00–19:00');
    await context.close();
  });

  test('a 24/7 team without office hours does not also say the document gives no hours', async ({ page }) => {
    for (const lang of ['fr', 'en']) {
      await page.goto(`/${lang}/teams/pays-de-la-loire-cyber-assistance/`);
      const hours = page.getByTestId('hours');
      await expect(hours.getByTestId('around-the-clock')).toBeVisible();
      await expect(hours).not.toContainText(lang === 'fr' ? 'aucun horaire' : 'gives no opening hours');
    }
  });

  test('a freephone number carries a note that it may not be reachable from abroad', async ({ page }) => {
    await page.goto('/en/help/pays-de-la-loire/');
    await expect(page.locator('[data-slug="pays-de-la-loire-cyber-assistance"]').getByTestId('freephone-note')).toHaveText('Freephone number: it may not be reachable from abroad.');
    await page.goto('/fr/teams/pays-de-la-loire-cyber-assistance/');
    await expect(page.getByTestId('phone').getByTestId('freephone-note').first()).toContainText('Numéro gratuit');
  });

  test('e-mail addresses break at @ and dots, never inside a word, and links and buttons are at least 24 px', async ({ page }) => {
    for (const [url, id] of [['/fr/teams/pays-de-la-loire-cyber-assistance/', 'incident-email'], ['/en/help/pays-de-la-loire/', 'help-email']]) {
      await page.goto(url);
      const email = page.getByTestId(id).first();
      expect(await email.locator('wbr').count()).toBeGreaterThanOrEqual(2);
      expect(await email.locator('span').first().evaluate((s) => getComputedStyle(s).overflowWrap)).toBe('normal');
      expect(await smallTargets(page, 'main')).toEqual([]);
    }
  });

  test('call and write labels fit on one line', async ({ page }) => {
    for (const lang of ['fr', 'en']) {
      await page.goto(`/${lang}/help/pays-de-la-loire/`);
      for (const id of ['write']) {
        const box = (await page.getByTestId(id).first().boundingBox())!;
        expect(box.height, `${lang} ${id}`).toBeLessThan(60);
      }
      const label = page.getByTestId('call').first().locator('span').first();
      expect((await label.boundingBox())!.height).toBeLessThan(36);
    }
  });
});

test.describe('a peer', () => {
  test('beside a short key ID printed by the team, the long key ID derived from the fingerprint, labelled as derived', async ({ page }) => {
    await page.goto('/en/teams/pays-de-la-loire-cyber-assistance/');
    await expect(page.getByTestId('key-id')).toHaveText('0x2C3D542D');
    await expect(page.getByTestId('long-key-id')).toHaveText('0xB73E249B2C3D542D (long key ID, derived from the fingerprint)');
  });
});

test.describe('a partner', () => {
  test('every page’s footer links the partners page, which lists link, embed, open data, feeds and licence', async ({ page }) => {
    for (const lang of ['fr', 'en']) {
      await page.goto(`/${lang}/teams/csirt-exodata/`);
      await page.getByTestId('partners-link').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/partners/$`));
      const partners = page.getByTestId('partners');
      await expect(partners.locator('h2')).toHaveCount(5);
      await expect(partners.getByRole('link', { name: /data\/teams\.json$/ })).toBeVisible();
      await expect(partners.getByRole('link', { name: /keys-expiring\.xml$/ })).toBeVisible();
    }
  });

  test('the embed card fits the frame its snippet gives, in both languages, for every team', async ({ page }) => {
    await page.setViewportSize({ width: 380, height: 320 });
    for (const lang of ['fr', 'en']) {
      for (const slug of ['cegedim-cloud-csirt', 'cert-metsys', 'csirt-apixit', 'csirt-exodata', 'pays-de-la-loire-cyber-assistance']) {
        await page.goto(`/embed/${lang}/${slug}/`);
        const size = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth }));
        expect(size.h, `${lang}/${slug} height`).toBeLessThanOrEqual(320);
        expect(size.w, `${lang}/${slug} width`).toBeLessThanOrEqual(380);
      }
    }
  });
});

test.describe('print and errors', () => {
  test('printing a team page gives a one-page who-to-call sheet; the full text only when asked for', async ({ page }) => {
    await page.goto('/fr/teams/csirt-exodata/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#contact')).toBeVisible();
    await expect(page.getByTestId('language-switch')).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.getByTestId('fingerprint').first()).toBeVisible();
    await expect(page.getByTestId('print-header')).toContainText('/fr/teams/csirt-exodata/');
    await expect(page.getByTestId('print-date')).toContainText('Imprimé le');
    await expect(page.locator('#description-heading')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('#print-full').check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#description-heading')).toBeVisible();
  });

  test('the 404 page offers the help flow and the search, in both languages', async ({ page }) => {
    await page.goto('/no-such-page/');
    await expect(page.getByTestId('help-fr')).toHaveAttribute('href', '/fr/help/');
    await expect(page.getByTestId('help-en')).toHaveAttribute('href', '/en/help/');
    await page.locator('#q-en').fill('exodata');
    await page.locator('#q-en').press('Enter');
    await expect(page).toHaveURL(/\/en\/\?q=exodata$/);
    await expect(page.getByTestId('results')).toContainText('CSIRT EXODATA');
  });
});

test('list and search result cards carry the call link like the help cards', async ({ page }) => {
  await page.goto('/fr/');
  const card = page.getByTestId('team-list').getByTestId('team-card').filter({ hasText: 'Pays de la Loire' });
  await expect(card.getByTestId('card-call')).toHaveAttribute('href', 'tel:+33800100200');
  await page.goto('/en/?q=loire');
  const result = page.getByTestId('results').getByTestId('team-card').first();
  await expect(result.getByTestId('card-call')).toHaveAttribute('href', 'tel:+33800100200');
});
