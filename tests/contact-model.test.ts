import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { contactModel, openHours, type ContactModel } from '@/lib/contact/model';
import { aroundTheClockSentence, badgeCodes, badgeText } from '@/lib/contact/say';
import { dict } from '@/lib/i18n';
import { loadTeams } from '@/lib/profile/load';
import { comparableSource, findQuote } from '@/lib/fidelity/passage';

const teams = new Map(loadTeams(path.resolve('content')).map((t) => [t.slug, t]));
const modelOf = (slug: string): ContactModel => {
  const team = teams.get(slug);
  assert.ok(team, `missing team ${slug}`);
  return contactModel(team.profile);
};
const codes = (list: { code: string }[] | undefined) => (list ?? []).map((c) => c.code).sort();
const en = dict('en');
const fr = dict('fr');

test('Pays de la Loire: 24/7 by phone except public holidays, for no stated audience; its office has no holiday rule of its own', () => {
  const m = modelOf('pays-de-la-loire-cyber-assistance');
  assert.equal(m.aroundTheClock?.kind, 'service');
  assert.deepEqual(m.aroundTheClock?.channels, ['phone']);
  assert.equal(m.aroundTheClock?.audience, 'unstated');
  assert.equal(m.aroundTheClock?.closedOnHolidays, true);
  assert.match(m.aroundTheClock!.conditions[0].quote, /hors\s+jours fériés/);
  assert.equal(m.aroundTheClock?.publicReach, true);
  assert.equal(m.callFirst?.aroundTheClock, true);
  assert.equal(badgeText(m.aroundTheClock!.kind, badgeCodes(m.aroundTheClock!), { ...en, atcBadge: en.contact.atcBadge }), '24/7 · except public holidays');
});

test('cegedim.cloud: an on-call e-mail duty for critical incidents only; the office-hours reply delay stays on the office hours; no number to call', () => {
  const m = modelOf('cegedim-cloud-csirt');
  const atc = m.aroundTheClock!;
  assert.equal(atc.kind, 'on-call');
  assert.deepEqual(atc.channels, ['email']);
  assert.deepEqual(codes(atc.conditions), ['critical-incidents-only']);
  assert.deepEqual(codes(m.officeHours?.conditions), ['first-reply-delay']);
  assert.equal(m.callFirst, undefined);
  assert.equal(m.phone.status, 'not-public');
  assert.equal(aroundTheClockSentence(atc, en), 'On-call duty 24/7 by e-mail, critical incidents only');
});

test('CERT-METSYS: an emergency line on call 24/7 only in an emergency; its holiday rule belongs to the office hours; a customers-only team reaches no public 24/7', () => {
  const m = modelOf('cert-metsys');
  const atc = m.aroundTheClock!;
  assert.equal(atc.kind, 'on-call');
  assert.deepEqual(codes(atc.conditions), ['emergencies-only']);
  assert.equal(atc.closedOnHolidays, false);
  assert.equal(m.officeHours?.closedOnHolidays, true);
  assert.equal(atc.publicReach, false, 'the team serves its customers only');
  const line = m.phone.numbers[0];
  assert.equal(line.role, 'emergency');
  assert.deepEqual(codes(line.conditions), ['emergencies-only']);
  assert.deepEqual(codes(line.requirements), ['call-only-in-emergency']);
  assert.equal(line.aroundTheClock, true);
  assert.equal(aroundTheClockSentence(atc, en), 'On-call duty 24/7 by phone, emergencies only');
  assert.ok(!aroundTheClockSentence(atc, fr).includes(fr.conditionLabels['except-public-holidays']));
  assert.deepEqual(codes(m.emails[0].conditions), ['preferred-channel']);
});

test('CSIRT APIXIT: requests qualified 24/7 for customers, no channel named, intervention in office hours; no number to call', () => {
  const m = modelOf('csirt-apixit');
  const atc = m.aroundTheClock!;
  assert.equal(atc.kind, 'qualification');
  assert.deepEqual(atc.channels, []);
  assert.equal(atc.audience, 'customers');
  assert.deepEqual(codes(atc.conditions), ['intervention-delay']);
  assert.equal(atc.publicReach, false);
  assert.equal(m.callFirst, undefined);
  assert.equal(openHours(m, 'phone')?.aroundTheClock, undefined, 'no line is open 24/7');
  const sentence = aroundTheClockSentence(atc, en);
  assert.equal(sentence, 'Requests qualified 24/7, for customers only, intervention delay stated');
  assert.doesNotMatch(sentence, /by phone|by e-mail/);
});

test('CSIRT EXODATA: office hours only, closed on public holidays; the listed number anyone may call', () => {
  const m = modelOf('csirt-exodata');
  assert.equal(m.aroundTheClock, undefined);
  assert.equal(m.officeHours?.closedOnHolidays, true);
  assert.equal(m.callFirst?.role, 'main');
  assert.equal(m.callFirst?.anyoneMayCall, true);
  assert.deepEqual(codes(m.requirements), ['encrypt-sensitive', 'plain-allowed-for-non-sensitive']);
});

test('every quote the model carries is from the team\'s own document', () => {
  for (const [slug, team] of teams) {
    const source = comparableSource(fs.readFileSync(path.join('content/teams', slug, 'source.txt'), 'utf8'));
    const m = contactModel(team.profile);
    const quotes = [
      ...m.conditions.map((c) => c.quote),
      ...m.requirements.map((r) => r.quote),
      ...(m.aroundTheClock ? [m.aroundTheClock.quote] : []),
      ...(m.officeHours?.quote ? [m.officeHours.quote] : []),
    ];
    assert.ok(quotes.length > 0, slug);
    for (const q of quotes) assert.equal(findQuote(source, q), null, `${slug}: ${q}`);
  }
});

const base = {
  emails: [{ address: 'cert@example.org', uses: ['incident-reports' as const] }],
  telephone: { status: 'public' as const, numbers: [{ e164: '+33123456789', display: '+33 1 23 45 67 89', use: 'main' as const }] },
  hours: { timezone: 'Europe/Paris', schedule: [{ days: ['mon' as const], open: '09:00', close: '17:00' }], around_the_clock: { kind: 'service' as const, channels: ['phone' as const], as_written: 'Available 24/7 by phone.' } },
  constituency: { customers_only: false },
  requirements: [],
};

test('a condition reaches only what it limits', () => {
  const m = contactModel({
    ...base,
    conditions: [
      { code: 'preferred-channel', applies_to: ['email'], as_written: 'E-mail is preferred.' },
      { code: 'emergencies-only', applies_to: ['around-the-clock'], as_written: 'Only in an emergency.', section: '2.4' },
      { code: 'except-public-holidays', applies_to: ['hours'], as_written: 'Closed on holidays.' },
    ],
  });
  assert.deepEqual(m.aroundTheClock?.conditions, [{ code: 'emergencies-only', quote: 'Only in an emergency.', section: '2.4' }]);
  assert.deepEqual(codes(m.emails[0].conditions), ['preferred-channel']);
  assert.deepEqual(codes(m.officeHours?.conditions), ['except-public-holidays']);
  assert.deepEqual(m.phone.numbers[0].conditions, [], 'a condition on the 24/7 arrangement is not a condition on every call');
  assert.equal(m.aroundTheClock?.closedOnHolidays, false);
});

test('a number reserved to customers is never the number to call; without an incident address, the first address is given and said not to be one', () => {
  const m = contactModel({
    ...base,
    emails: [{ address: 'info@example.org', uses: ['general'] }],
    conditions: [{ code: 'customers-only', applies_to: ['phone', 'around-the-clock'], as_written: 'Our 24/7 line is for customers only.' }],
  });
  assert.equal(m.phone.numbers[0].anyoneMayCall, false);
  assert.equal(m.callFirst, undefined);
  assert.equal(m.aroundTheClock?.audience, 'customers');
  assert.equal(m.aroundTheClock?.publicReach, false);
  assert.deepEqual(m.incident, { address: 'info@example.org', stated: false });
  assert.equal(m.emails[0].incident, false);
});

test('with an emergency line and a listed number, the 24/7 arrangement covers the emergency line, and it is called first', () => {
  const m = contactModel({
    ...base,
    telephone: { status: 'public', numbers: [{ e164: '+33100000001', display: '01', use: 'main' }, { e164: '+33100000002', display: '02', use: 'emergency' }] },
    conditions: [],
  });
  assert.deepEqual(m.phone.numbers.map((n) => n.aroundTheClock), [false, true]);
  assert.equal(m.callFirst?.e164, '+33100000002');
});
