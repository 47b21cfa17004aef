import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { availabilityClaims, isAroundTheClockClaimed, type AvailabilityClaim } from '@/lib/availability';
import { loadTeams } from '@/lib/profile/load';
import { comparableSource, findQuote } from '@/lib/fidelity/passage';

const teams = new Map(loadTeams(path.resolve('content')).map((t) => [t.slug, t]));
const claimsOf = (slug: string) => {
  const team = teams.get(slug);
  assert.ok(team, `missing team ${slug}`);
  return availabilityClaims(team.profile);
};
const on = (claims: AvailabilityClaim[], channel: 'phone' | 'email') => claims.find((c) => c.channel === channel);
const codes = (claim: AvailabilityClaim | undefined) => (claim?.conditions ?? []).map((c) => c.code).sort();

test('Pays de la Loire: 24/7 by phone except public holidays, for no stated audience', () => {
  const phone = on(claimsOf('pays-de-la-loire-cyber-assistance'), 'phone');
  assert.equal(phone?.aroundTheClock, true);
  assert.equal(phone?.published, true);
  assert.deepEqual(codes(phone), ['except-public-holidays']);
  assert.match(phone!.conditions[0].quote, /hors\s+jours fériés/);
});

test('cegedim.cloud: an on-call e-mail service for critical incidents only; no phone claim', () => {
  const claims = claimsOf('cegedim-cloud-csirt');
  assert.equal(on(claims, 'phone'), undefined);
  const email = on(claims, 'email');
  assert.equal(email?.aroundTheClock, true);
  assert.ok(codes(email).includes('critical-incidents-only'));
  assert.ok(codes(email).includes('first-reply-delay'));
  assert.equal(email?.conditions.find((c) => c.code === 'critical-incidents-only')?.section, '2.9');
});

test('CERT-METSYS: the 24/7 phone only in an absolute emergency; e-mail preferred', () => {
  const claims = claimsOf('cert-metsys');
  assert.ok(codes(on(claims, 'phone')).includes('emergencies-only'));
  assert.equal(on(claims, 'phone')?.aroundTheClock, true);
  assert.ok(codes(on(claims, 'email')).includes('preferred-channel'));
  assert.ok(!codes(on(claims, 'email')).includes('emergencies-only'));
});

test('CSIRT APIXIT: a 24/7 phone service for customers whose number is not public', () => {
  const phone = on(claimsOf('csirt-apixit'), 'phone');
  assert.equal(phone?.published, false);
  assert.equal(phone?.aroundTheClock, true);
  assert.deepEqual(codes(phone), ['customers-only', 'intervention-delay']);
});

test('CSIRT EXODATA: business hours only, nothing round the clock', () => {
  const claims = claimsOf('csirt-exodata');
  assert.equal(isAroundTheClockClaimed(claims), false);
  assert.ok(claims.every((c) => c.businessHours && codes(c).includes('except-public-holidays')));
});

test('every condition a claim carries is quoted from the team\'s own document', () => {
  for (const [slug, team] of teams) {
    const source = comparableSource(fs.readFileSync(path.join('content/teams', slug, 'source.txt'), 'utf8'));
    for (const claim of availabilityClaims(team.profile)) {
      for (const c of claim.conditions) assert.equal(findQuote(source, c.quote), null, `${slug} ${claim.channel} ${c.code}`);
    }
  }
});

test('a condition reaches only the claims it applies to', () => {
  const base = {
    telephone: { status: 'public' as const, numbers: [{ e164: '+33123456789' }] },
    emails: [{ address: 'cert@example.org' }],
    hours: { schedule: [], around_the_clock: { channels: ['phone' as const] } },
  };
  const claims = availabilityClaims({
    ...base,
    conditions: [
      { code: 'preferred-channel', applies_to: ['email'], as_written: 'E-mail is preferred.' },
      { code: 'emergencies-only', applies_to: ['around-the-clock'], as_written: 'Only in an emergency.', section: '2.4' },
      { code: 'except-public-holidays', applies_to: ['hours'], as_written: 'Closed on holidays.' },
    ],
  });
  assert.deepEqual(codes(on(claims, 'phone')), ['emergencies-only']);
  assert.deepEqual(codes(on(claims, 'email')), ['preferred-channel']);
  assert.deepEqual(on(claims, 'phone')?.conditions[0], { code: 'emergencies-only', quote: 'Only in an emergency.', section: '2.4' });
});
