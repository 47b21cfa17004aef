import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as openpgp from 'openpgp';
import { MAILTO_MAX_CHARS, REPORT_MAX_BYTES, previewParts, reportBytes, reportMailto, reportSubject, reportText } from '@/lib/report/compose';
import { encryptReport } from '@/lib/report/encrypt';

test('the report text: intro, then each answered item under its label; empty answers left out', () => {
  const text = reportText('Security incident report', [
    { label: 'What happened', value: '  Files encrypted, ransom note.  ' },
    { label: 'What has been done', value: '   ' },
    { label: 'How to reach you', value: 'Alice, +33 6 00 00 00 00' },
  ]);
  assert.equal(text, 'Security incident report\n\nWhat happened\nFiles encrypted, ransom note.\n\nHow to reach you\nAlice, +33 6 00 00 00 00\n');
});

test('the mailto: starts the subject with the team tag, encodes everything, and writes line breaks as CRLF', () => {
  const url = reportMailto('cert@example.org', reportSubject('Incident report', '[URGENT]'), 'a & b\nline 2 ?=#');
  assert.equal(url, 'mailto:cert@example.org?subject=%5BURGENT%5D%20Incident%20report&body=a%20%26%20b%0D%0Aline%202%20%3F%3D%23');
  assert.equal(reportSubject('Incident report'), 'Incident report');
  const long = reportMailto('cert@example.org', 'x', 'é'.repeat(400));
  assert.ok(long.length > MAILTO_MAX_CHARS, 'accented text grows six-fold when encoded: the limit is on the encoded URL');
});

test('size is counted in UTF-8 bytes against the 100 KB limit', () => {
  assert.equal(reportBytes('é'), 2);
  assert.ok(reportBytes('x'.repeat(REPORT_MAX_BYTES + 1)) > REPORT_MAX_BYTES);
});

test('the preview shows bidi overrides, zero-width and control characters as visible marks, and keeps right-to-left text', () => {
  const parts = previewParts('pay\u202Egnp.exe\u200B ok\u0007 مرحبا\n');
  assert.deepEqual(parts.filter((p) => p.hidden).map((p) => (p.hidden ? p.code : '')), ['U+202E', 'U+200B', 'U+0007']);
  assert.equal(parts.map((p) => p.text).join(''), 'pay\u202Egnp.exe\u200B ok\u0007 مرحبا\n', 'nothing is lost');
  assert.ok(parts.some((p) => !p.hidden && p.text.includes('مرحبا')));
});

test('encryption round trip: only the team can read it, and only to the listed key', async () => {
  const { privateKey, publicKey } = await openpgp.generateKey({ userIDs: [{ email: 'cert@example.org' }], type: 'ecc', curve: 'curve25519Legacy', format: 'object' });
  const fingerprint = publicKey.getFingerprint().toUpperCase();
  const outcome = await encryptReport('Files encrypted at 09:12.', publicKey.armor(), fingerprint.replace(/(.{4})/g, '$1 '));
  assert.ok(outcome.ok);
  assert.equal(outcome.fingerprint, fingerprint);
  assert.match(outcome.armored, /^-----BEGIN PGP MESSAGE-----/);
  const { data } = await openpgp.decrypt({ message: await openpgp.readMessage({ armoredMessage: outcome.armored }), decryptionKeys: privateKey });
  assert.equal(data, 'Files encrypted at 09:12.');
  const other = await openpgp.generateKey({ userIDs: [{ email: 'x@example.org' }], type: 'ecc', curve: 'curve25519Legacy', format: 'object' });
  assert.deepEqual(await encryptReport('x', other.publicKey.armor(), fingerprint), { ok: false, reason: 'wrong-key' });
  assert.deepEqual(await encryptReport('x', 'not a key', fingerprint), { ok: false, reason: 'unusable-key' });
});

test('an expired key is not used to encrypt', async () => {
  const { publicKey } = await openpgp.generateKey({ userIDs: [{ email: 'old@example.org' }], type: 'ecc', curve: 'curve25519Legacy', keyExpirationTime: 1, date: new Date('2020-01-01T00:00:00Z'), format: 'object' });
  assert.deepEqual(await encryptReport('x', publicKey.armor(), publicKey.getFingerprint()), { ok: false, reason: 'unusable-key' });
});
