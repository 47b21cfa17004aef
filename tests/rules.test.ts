import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFingerprint, normalizeHex } from '@/lib/keys/fingerprint';
import { isRealIsoDate, isValidTimeZone } from '@/lib/profile/rules';
import { formatDays } from '@/lib/contact/say';
import { dict, formatDate } from '@/lib/i18n';
import { mailtoHref } from '@/lib/contact/mailto';

test('hex is normalised from every printed form', () => {
  assert.equal(normalizeHex('0x2c3d542d'), '2C3D542D');
  assert.equal(normalizeHex(' DE2F 24B1 2CCD 89AF '), 'DE2F24B12CCD89AF');
});

test('fingerprints are grouped in blocks of four', () => {
  assert.equal(formatFingerprint('885D94F099025163DA55FBE9DE2F24B12CCD89AF'), '885D 94F0 9902 5163 DA55 FBE9 DE2F 24B1 2CCD 89AF');
});

test('only real calendar dates pass', () => {
  assert.ok(isRealIsoDate('2024-02-29'));
  assert.ok(!isRealIsoDate('2023-02-29'));
  assert.ok(!isRealIsoDate('2023-13-01'));
  assert.ok(!isRealIsoDate('23/10/2023'));
});

test('IANA time zones are recognised, abbreviations are not', () => {
  assert.ok(isValidTimeZone('Indian/Reunion'));
  assert.ok(isValidTimeZone('Europe/Paris'));
  assert.ok(!isValidTimeZone('CET/CEST'));
  assert.ok(!isValidTimeZone('RET'));
  assert.ok(!isValidTimeZone('Europe/Nantes'));
});

test('days are written as runs in each language', () => {
  assert.equal(formatDays(['mon', 'tue', 'wed', 'thu', 'fri'], dict('en').days), 'Mon–Fri');
  assert.equal(formatDays(['sun', 'mon', 'tue', 'thu'], dict('fr').days), 'lun.–mar., jeu., dim.');
});

test('dates are written for people without drifting a day', () => {
  assert.equal(formatDate('2023-01-20', 'en'), '20 January 2023');
  assert.equal(formatDate('2023-10-23', 'fr'), '23 octobre 2023');
});

test('the urgent mailto carries the team subject tag', () => {
  assert.equal(mailtoHref('cert@metsys.fr', '[URGENT]'), 'mailto:cert@metsys.fr?subject=%5BURGENT%5D%20');
  assert.equal(mailtoHref('cert@metsys.fr'), 'mailto:cert@metsys.fr');
});

test('docs/profile-fields.md is generated from the current schema (run npm run docs:fields)', async () => {
  const { readFileSync } = await import('node:fs');
  const { profileFieldsMarkdown } = await import('@/lib/profile/field-docs');
  assert.equal(readFileSync('docs/profile-fields.md', 'utf8'), profileFieldsMarkdown());
});
