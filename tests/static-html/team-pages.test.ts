/**
 * The seed team pages as built, read as static HTML (no script needed, so no
 * browser): each shows its contact facts exactly as its document prints them,
 * the contact card before the team's text, and an empty section as empty.
 * Moved from e2e/team-pages.spec.ts; run by scripts/e2e.ts after the build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_TEAMS, hex } from '../../e2e/seed-teams';
import { elements, page, siteBuilt, text } from './html';

test('the seed site is built', () => assert.ok(siteBuilt(), 'run npm run test:e2e (it builds site/ first)'));

for (const team of SEED_TEAMS) {
  test(`${team.slug}: its contact facts exactly as its document prints them`, () => {
    const p = page(`/fr/teams/${team.slug}/`);
    assert.equal(text(elements(p.root).find((e) => e.tagName === 'h1')!), team.name);
    const contact = p.byId('contact')!;
    const email = p.byTestId('incident-email', contact)[0];
    assert.equal(text(email), team.incidentEmail);
    assert.match(String(email.properties.href), new RegExp(`^mailto:${team.incidentEmail.replace(/\./g, '\\.')}(\\?|$)`));
    const phone = p.byTestId('phone', contact)[0];
    if (team.phone) {
      const number = p.byTestId('phone-number', phone)[0];
      assert.equal(text(number), team.phone);
      assert.match(String(number.properties.href), /^tel:\+\d{7,15}$/);
    } else {
      assert.equal(text(p.byTestId('channel-status', phone)[0]), 'Non public');
    }
    const fingerprint = text(p.byTestId('fingerprint', contact)[0]);
    assert.equal(hex(fingerprint), hex(team.fingerprint));
    assert.match(fingerprint, /^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
    assert.equal(text(p.byTestId('key-id', contact)[0]), team.keyId);
  });
}

test('the contact card comes before the RFC 2350 text, which is marked with the team language', () => {
  const p = page('/en/teams/cert-metsys/');
  const all = elements(p.root);
  const contact = all.findIndex((e) => e.properties.id === 'contact');
  const body = all.findIndex((e) => String(e.properties.className ?? '').includes('rfc-body'));
  assert.ok(contact >= 0 && body > contact, 'the contact card first');
  assert.equal(all[body].properties.lang, 'fr');
  assert.equal(all.find((e) => e.tagName === 'html')!.properties.lang, 'en');
  assert.match(text(elements(all[body]).find((e) => e.tagName === 'h3')!), /1\./);
});

test('an empty section of the document is shown as empty, in the reader language', () => {
  const p = page('/fr/teams/csirt-exodata/');
  const notes = elements(p.root).filter((e) => String(e.properties.className ?? '').includes('empty-section'));
  assert.equal(notes.length, 1);
  assert.equal(notes[0].properties.lang, 'fr');
  assert.equal(text(notes[0]), 'Cette section est vide dans le document de l’équipe.');
});
