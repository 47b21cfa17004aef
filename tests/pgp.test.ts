/**
 * The verification engine (lib/pgp) and its command line (scripts/verify.ts),
 * against the fixtures of scripts/make-pgp-fixtures.ts, checked as of NOW.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { explain } from '@/lib/pgp/explain';
import { explainProblem } from '@/lib/pgp/explain-problem';
import { PGP_INPUT_LIMITS } from '@/lib/pgp/inputs';
import type { KeyFacts } from '@/lib/pgp/key-facts';
import { readKeyFacts } from '@/lib/pgp/key-file';
import type { VerifyDetachedOptions, VerifyResult } from '@/lib/pgp/verdict';
import { inputProblems, verifyCleartext, verifyDetached } from '@/lib/pgp/verify';

const ROOT = path.join(import.meta.dirname, '..');
const DIR = path.join(import.meta.dirname, 'fixtures', 'pgp');
const NOW = new Date('2025-06-01T00:00:00Z');
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));
const text = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

async function factsOf(name: string): Promise<KeyFacts> {
  const result = await readKeyFacts(fixture(name), { now: NOW });
  assert.ok(result.ok, `${name} should be readable`);
  return result.keys[0];
}
const alice = await factsOf('alice.asc');
const other = await factsOf('other.asc');
const withSubkey = await factsOf('subkey.asc');
const oldSubkey = await factsOf('expired-subkey.asc');

/** Every result the tests produce, to check the explanations of all of them at the end. */
const seen: VerifyResult[] = [];

async function detached(signature: string | Uint8Array, keys: string, more: Partial<VerifyDetachedOptions> = {}): Promise<VerifyResult> {
  const result = await verifyDetached({
    data: fixture('document.txt'),
    signature: typeof signature === 'string' ? fixture(signature) : signature,
    keys: fixture(keys),
    now: NOW,
    ...more,
  });
  seen.push(result);
  return result;
}

/** The explanation a reader of each language sees. */
const en = (result: Parameters<typeof explain>[0]) => explain(result, 'en');
const fr = (result: Parameters<typeof explain>[0]) => explain(result, 'fr');

/**
 * Asserts the verdict and its reason: the engine's contract is codes (and the
 * details each test checks); how they are worded is tests/pgp-explain.test.ts's.
 */
function expect(result: VerifyResult, verdict: VerifyResult['verdict'], reason: VerifyResult['reason']) {
  assert.equal(result.verdict, verdict, en(result));
  assert.equal(result.reason, reason, en(result));
}

// valid

test('a good armored detached signature is valid and says who signed, when, and with which key', async () => {
  const r = await detached('document.txt.asc', 'alice.asc');
  expect(r, 'valid', 'good');
  assert.equal(r.details.signerFingerprint, alice.fingerprint);
  assert.equal(r.details.signingKeyId, alice.keyId);
  assert.equal(r.details.signatureCreated, '2024-06-01T00:00:00.000Z');
  assert.equal(r.details.keyExpires, '2099-01-01T00:00:00.000Z');
  assert.equal(r.details.keyRevoked, null);
  assert.equal(r.details.bySubkey, false);
  assert.equal(r.details.fingerprintMatches, null, 'no expected fingerprint was given');
  assert.equal(r.signatures.length, 1);
});

test('a good binary (.sig) detached signature is valid', async () => {
  const r = await detached('document.txt.sig', 'alice.asc');
  expect(r, 'valid', 'good');
  assert.equal(r.details.signerFingerprint, alice.fingerprint);
});

test('a signature made by a signing subkey is valid and names the subkey', async () => {
  const r = await detached('document.subkey.asc', 'subkey.asc');
  const sub = withSubkey.signingSubkeys[0];
  expect(r, 'valid', 'good');
  assert.equal(r.details.bySubkey, true);
  assert.equal(r.details.signerFingerprint, withSubkey.fingerprint, 'the signer is the primary key');
  assert.equal(r.details.signingKeyFingerprint, sub.fingerprint);
});

test('the expected fingerprint matches whatever its spacing and case', async () => {
  const spaced = alice.fingerprint.toLowerCase().replace(/(.{4})/g, '$1 ');
  const r = await detached('document.txt.asc', 'alice.asc', { expectFingerprint: `0x${spaced}` });
  expect(r, 'valid', 'good');
  assert.equal(r.details.fingerprintMatches, true);
  assert.equal(r.details.expectedFingerprint, alice.fingerprint);
});

test('a signature checked as of a date before it expired is valid', async () => {
  const r = await detached('document.expired-signature.asc', 'alice.asc', { now: new Date('2024-06-15T00:00:00Z') });
  expect(r, 'valid', 'good');
});

test('a signature by a key that expired later is valid when checked before the expiry', async () => {
  const r = await detached('document.expired-key.asc', 'expired.asc', { now: new Date('2020-07-01T00:00:00Z') });
  expect(r, 'valid', 'good');
});

test('a text-mode signature made over CRLF data also verifies the same text with LF line ends, as in GnuPG', async () => {
  const crlf = await detached('document-crlf.txt.asc', 'alice.asc', { data: fixture('document-crlf.txt') });
  expect(crlf, 'valid', 'good');
  assert.equal(crlf.details.signatureType, 'text');
  const lf = await detached('document-crlf.txt.asc', 'alice.asc', { data: fixture('document.txt') });
  expect(lf, 'valid', 'good');
});

test('a clearsigned message is valid and gives back the text its signature covers', async () => {
  const r = await verifyCleartext({ message: fixture('cleartext.asc'), keys: fixture('alice.asc'), now: NOW });
  seen.push(r);
  expect(r, 'valid', 'good');
  assert.equal(r.kind, 'cleartext');
  assert.equal(r.signedText, text('document.txt'));
  assert.equal(r.details.textOutsideSignature, false);
});

test('text around a clearsigned block is flagged as not covered by the signature', async () => {
  const message = `Unsigned note added by someone.\n\n${text('cleartext.asc')}`;
  const r = await verifyCleartext({ message, keys: fixture('alice.asc'), now: NOW });
  seen.push(r);
  expect(r, 'valid', 'good');
  assert.equal(r.details.textOutsideSignature, true);
  assert.ok(!r.signedText?.includes('Unsigned note'));
});

test('a key file holding two keys verifies a signature by either of them', async () => {
  const r = await detached('document.txt.asc', 'two-keys.asc');
  expect(r, 'valid', 'good');
  assert.deepEqual(r.details.keysGiven, [other.fingerprint, alice.fingerprint]);
  assert.equal(r.details.signerFingerprint, alice.fingerprint);
});

// Several signatures in one file: valid when one is valid, unless a signature from a given key contradicts the content.

test('a file with two signatures is valid when one is by the given key, and reports each signature', async () => {
  const r = await detached('document.two-signatures.asc', 'alice.asc');
  expect(r, 'valid', 'good');
  assert.deepEqual(
    r.signatures.map((s) => [s.verdict, s.details.signingKeyId]),
    [
      ['valid', alice.keyId],
      ['wrong-key', other.keyId],
    ],
  );
});

test('a file with two signatures by keys that were not given is wrong-key and lists both issuers', async () => {
  const r = await detached('document.two-signatures.asc', 'subkey.asc');
  expect(r, 'wrong-key', 'issuer-unknown');
  assert.deepEqual(
    r.signatures.map((s) => [s.reason, s.details.signingKeyId]),
    [
      ['issuer-unknown', alice.keyId],
      ['issuer-unknown', other.keyId],
    ],
  );
});

test('two armored signature blocks concatenated in one file are both read', async () => {
  const both = text('document.txt.asc') + text('document.subkey.asc');
  const r = await detached(new TextEncoder().encode(both), 'subkey.asc');
  expect(r, 'valid', 'good');
  assert.equal(r.signatures.length, 2);
});

test('a good signature does not hide another signature by the same key that contradicts the content', async () => {
  // On CRLF data, the text-mode signature is good and the binary one (made over LF) is not.
  const both = text('document-crlf.txt.asc') + text('document.txt.asc');
  const r = await detached(new TextEncoder().encode(both), 'alice.asc', { data: fixture('document-crlf.txt') });
  expect(r, 'invalid', 'content-changed');
  assert.deepEqual(
    r.signatures.map((s) => s.verdict),
    ['valid', 'invalid'],
  );
});

// invalid

test('a changed document is invalid: its content no longer matches the signature', async () => {
  const r = await detached('document.txt.asc', 'alice.asc', { data: fixture('document-tampered.txt') });
  expect(r, 'invalid', 'content-changed');
  assert.equal(r.details.signatureCreated, '2024-06-01T00:00:00.000Z');
  assert.equal(r.details.signerFingerprint, alice.fingerprint);
});

test('a binary signature does not survive a change of line ends', async () => {
  const r = await detached('document.txt.asc', 'alice.asc', { data: fixture('document-crlf.txt') });
  expect(r, 'invalid', 'content-changed');
});

test('a clearsigned message whose text was edited is invalid', async () => {
  const message = text('cleartext.asc').replace('Electronic Mail Address: cert@csirt.example', 'Electronic Mail Address: cert@evil.example');
  assert.notEqual(message, text('cleartext.asc'));
  const r = await verifyCleartext({ message, keys: fixture('alice.asc'), now: NOW });
  seen.push(r);
  expect(r, 'invalid', 'content-changed');
});

test('a signature dated after the moment of the check is invalid', async () => {
  const r = await detached('document.txt.asc', 'alice.asc', { now: new Date('2024-03-01T00:00:00Z') });
  expect(r, 'invalid', 'future');
  assert.equal(r.details.signatureCreated, '2024-06-01T00:00:00.000Z');
  assert.equal(r.details.checkedAt, '2024-03-01T00:00:00.000Z');
});

test('a SHA-1 signature is invalid, whatever its content', async () => {
  const r = await detached('document.sha1.asc', 'other.asc');
  expect(r, 'invalid', 'weak-hash');
  assert.equal(r.details.hashAlgorithm, 'SHA1');
});

test('a signature by a 1024-bit RSA key is invalid, the key being too weak', async () => {
  const r = await detached('document.weak-key.asc', 'weak.asc');
  expect(r, 'invalid', 'weak-key');
  assert.match(r.details.keyAlgorithm ?? '', /^RSA 1024\b/);
});

test('a flipped bit anywhere in the signed document makes the signature invalid', async () => {
  const data = fixture('document.txt');
  for (let i = 0; i < data.length; i += 7) {
    const changed = data.slice();
    changed[i] ^= 1 << i % 8;
    const r = await verifyDetached({ data: changed, signature: fixture('document.txt.sig'), keys: fixture('alice.asc'), now: NOW });
    assert.equal(r.verdict, 'invalid', `byte ${i}: ${en(r)}`);
  }
});

// wrong-key

test('a signature checked against another key is wrong-key and gives the issuer key ID', async () => {
  const r = await detached('document.txt.asc', 'other.asc');
  expect(r, 'wrong-key', 'issuer-unknown');
  assert.equal(r.details.signingKeyId, alice.keyId);
  assert.equal(r.details.issuerFingerprint, alice.fingerprint);
  assert.equal(r.details.signerFingerprint, null);
});

test('a good signature by a key other than the expected fingerprint is wrong-key', async () => {
  const r = await detached('document.txt.asc', 'alice.asc', { expectFingerprint: other.fingerprint });
  expect(r, 'wrong-key', 'not-expected-key');
  assert.equal(r.details.expectedFingerprint, other.fingerprint);
  assert.equal(r.details.fingerprintMatches, false);
  assert.equal(r.details.signerFingerprint, alice.fingerprint);
});

// key-expired, key-revoked, signature-expired

test('a signature by an expired key is key-expired, with the expiry and signing dates', async () => {
  const r = await detached('document.expired-key.asc', 'expired.asc');
  expect(r, 'key-expired', 'primary-expired');
  assert.equal(r.details.keyExpires, '2020-12-31T00:00:00.000Z');
  assert.equal(r.details.validWhenSigned, true);
});

test('a signature by a revoked key is key-revoked, with the revocation date and reason', async () => {
  const r = await detached('document.revoked-key.asc', 'revoked.asc');
  expect(r, 'key-revoked', 'primary-revoked');
  assert.equal(r.details.keyRevoked, '2025-01-01T00:00:00.000Z');
  assert.equal(r.details.revocationReason, 'compromised');
  assert.equal(r.details.validWhenSigned, true, 'signed before the revocation, still not trusted');
});

test('a signature by an expired signing subkey is key-expired and names the subkey', async () => {
  const r = await detached('document.expired-subkey.asc', 'expired-subkey.asc');
  const sub = oldSubkey.signingSubkeys[0];
  expect(r, 'key-expired', 'subkey-expired');
  assert.equal(r.details.subkeyExpires, '2023-01-01T00:00:00.000Z');
  assert.equal(r.details.keyExpires, '2099-01-01T00:00:00.000Z', 'the primary key itself is still valid');
  assert.equal(r.details.bySubkey, true);
});

test('a signature by a signing subkey retired after signing is key-revoked once the retirement is in force', async () => {
  const rotating = await factsOf('revoked-subkey.asc');
  const sub = rotating.signingSubkeys[0];
  assert.deepEqual(sub.revoked, { date: '2025-01-01T00:00:00.000Z', reason: 'retired', text: 'Subkey rotated' });
  const r = await detached('document.revoked-subkey.asc', 'revoked-subkey.asc');
  expect(r, 'key-revoked', 'subkey-revoked');
  assert.deepEqual([r.details.revocationReason, r.details.revocationText], ['retired', 'Subkey rotated']);
  assert.equal(r.details.subkeyRevoked, '2025-01-01T00:00:00.000Z');
  assert.equal(r.details.keyRevoked, null, 'the primary key is not revoked');
  // A retirement ("soft" revocation) only counts from its date; a compromise counts for all time.
  const before = await detached('document.revoked-subkey.asc', 'revoked-subkey.asc', { now: new Date('2024-12-01T00:00:00Z') });
  expect(before, 'valid', 'good');
  const compromised = await detached('document.revoked-key.asc', 'revoked.asc', { now: new Date('2024-12-01T00:00:00Z') });
  expect(compromised, 'key-revoked', 'primary-revoked');
});

test('a signature past its expiration time is signature-expired, with both dates', async () => {
  const r = await detached('document.expired-signature.asc', 'alice.asc');
  expect(r, 'signature-expired', 'signature-expired');
  assert.equal(r.details.signatureExpires, '2024-07-01T00:00:00.000Z');
});

// unreadable

test('a truncated armored signature is unreadable and says it was cut short', async () => {
  const r = await detached('truncated.asc', 'alice.asc');
  expect(r, 'unreadable', 'truncated');
  assert.equal(r.problems[0].input, 'signature');
});

test('an empty signature file and an empty key file are unreadable and say which is empty', async () => {
  const signature = await detached('empty.asc', 'alice.asc');
  expect(signature, 'unreadable', 'empty');
  assert.deepEqual(signature.problems.map((p) => p.input), ['signature']);
  const key = await detached('document.txt.asc', 'empty.asc');
  expect(key, 'unreadable', 'empty');
  assert.deepEqual(key.problems.map((p) => p.input), ['key']);
});

test('a key file that is not a key is unreadable and says it holds no OpenPGP data', async () => {
  const r = await detached('document.txt.asc', 'not-a-key.asc');
  expect(r, 'unreadable', 'not-openpgp');
  assert.equal(r.problems[0].input, 'key');
});

test('a signature given as the key, or a key as the signature, is unreadable and says what it holds', async () => {
  const found = (r: VerifyResult) => r.problems.map((p) => [p.input, p.found ?? null]);
  const keyIsSignature = await detached('document.txt.asc', 'document.txt.asc');
  expect(keyIsSignature, 'unreadable', 'wrong-type');
  assert.deepEqual(found(keyIsSignature), [['key', 'signature']]);
  const signatureIsKey = await detached('alice.asc', 'alice.asc');
  expect(signatureIsKey, 'unreadable', 'wrong-type');
  assert.deepEqual(found(signatureIsKey), [['signature', 'public-key']]);
  const openpgp = await import('openpgp');
  const binaryKey = (await openpgp.readKey({ armoredKey: text('alice.asc') })).write();
  const binary = await detached(binaryKey, 'alice.asc');
  expect(binary, 'unreadable', 'wrong-type');
  assert.deepEqual(found(binary), [['signature', 'public-key']]);
});

test('a clearsigned message given as a detached signature, and the reverse, are unreadable with a hint', async () => {
  const clearAsDetached = await detached('cleartext.asc', 'alice.asc');
  expect(clearAsDetached, 'unreadable', 'wrong-type');
  assert.deepEqual(clearAsDetached.problems.map((p) => [p.input, p.found]), [['signature', 'signed-message']]);
  const r = await verifyCleartext({ message: fixture('document.txt.asc'), keys: fixture('alice.asc'), now: NOW });
  seen.push(r);
  expect(r, 'unreadable', 'wrong-type');
  assert.deepEqual(r.problems.map((p) => [p.input, p.found]), [['message', 'signature']]);
});

test('a signature file holding only a key certification is unreadable: it signs no document', async () => {
  const openpgp = await import('openpgp');
  const key = await openpgp.readKey({ armoredKey: text('alice.asc') });
  const packets = new openpgp.PacketList<import('openpgp').SignaturePacket>();
  packets.push(key.users[0].selfCertifications[0]);
  const certification = new openpgp.Signature(packets).armor();
  const r = await detached(new TextEncoder().encode(certification), 'alice.asc');
  expect(r, 'unreadable', 'no-signature');
});

test('damaged armor is unreadable and passes on openpgp.js’s reason', async () => {
  const damaged = text('document.txt.asc').replace(/^(\w{10})\w/m, '$1*');
  const r = await detached(new TextEncoder().encode(damaged), 'alice.asc');
  expect(r, 'unreadable', 'damaged');
  assert.ok(r.problems[0].error);
});

test('damaged armor maps to a known cause, so its explanation needs none of the library’s English', async () => {
  const damaged = text('document.txt.asc').replace(/^(\w{10})\w/m, '$1*');
  const r = await detached(new TextEncoder().encode(damaged), 'alice.asc');
  const [problem] = r.problems;
  assert.ok(problem.cause && problem.cause !== 'unknown', `openpgp.js said “${problem.error}”, which no cause covers`);
  assert.equal(r.reason, 'damaged');
});

test('every input that cannot be read is reported on its own, a bad key even beside a bad signature', async () => {
  const r = await verifyDetached({ data: fixture('document.txt'), signature: 'not a signature', keys: 'not a key either', now: NOW });
  seen.push(r);
  assert.equal(r.verdict, 'unreadable');
  assert.deepEqual(
    r.problems.map((p) => [p.input, p.reason]),
    [
      ['signature', 'not-openpgp'],
      ['key', 'not-openpgp'],
    ],
  );
  const all = await verifyDetached({ data: new Uint8Array(PGP_INPUT_LIMITS.data + 1), signature: '', keys: fixture('document.txt.asc'), expectFingerprint: 'nope', now: NOW });
  assert.deepEqual(
    all.problems.map((p) => [p.input, p.reason]),
    [
      ['data', 'too-large'],
      ['signature', 'empty'],
      ['key', 'wrong-type'],
      ['fingerprint', 'bad-fingerprint'],
    ],
  );
  const clear = await verifyCleartext({ message: 'hello', keys: '', now: NOW });
  assert.deepEqual(
    clear.problems.map((p) => p.input),
    ['message', 'key'],
  );
});

test('inputProblems reads only the inputs given and names each one that cannot be used', async () => {
  assert.deepEqual(await inputProblems({ data: fixture('document.txt'), signature: fixture('document.txt.asc') }), []);
  assert.deepEqual(await inputProblems({ signature: fixture('document.txt.asc'), keys: fixture('alice.asc') }), []);
  const problems = await inputProblems({ signature: fixture('alice.asc'), keys: fixture('truncated.asc') });
  assert.deepEqual(
    problems.map((p) => [p.input, p.reason, p.found ?? null]),
    [
      ['signature', 'wrong-type', 'public-key'],
      ['key', 'wrong-type', 'signature'],
    ],
  );
  assert.deepEqual(
    (await inputProblems({ message: fixture('document.txt.asc') })).map((p) => [p.input, p.reason]),
    [['message', 'wrong-type']],
  );
});

test('a malformed expected fingerprint is unreadable and says what is expected', async () => {
  const r = await detached('document.txt.asc', 'alice.asc', { expectFingerprint: 'ABCD 1234' });
  expect(r, 'unreadable', 'bad-fingerprint');
  assert.equal(r.problems[0].input, 'fingerprint');
});

test('huge inputs are unreadable as too large', async () => {
  const big = new Uint8Array(PGP_INPUT_LIMITS.signature + 1).fill(0x41);
  const bigSignature = await detached(big, 'alice.asc');
  expect(bigSignature, 'unreadable', 'too-large');
  assert.deepEqual(bigSignature.problems.map((p) => [p.input, p.limitBytes]), [['signature', PGP_INPUT_LIMITS.signature]]);
  const hugeKey = await verifyDetached({ data: fixture('document.txt'), signature: fixture('document.txt.asc'), keys: 'A'.repeat(PGP_INPUT_LIMITS.key + 1), now: NOW });
  expect(hugeKey, 'unreadable', 'too-large');
  assert.deepEqual(hugeKey.problems.map((p) => p.input), ['key']);
  const hugeData = await detached('document.txt.asc', 'alice.asc', { data: new Uint8Array(PGP_INPUT_LIMITS.data + 1) });
  expect(hugeData, 'unreadable', 'too-large');
  assert.deepEqual(hugeData.problems.map((p) => p.input), ['data']);
});

test('random bytes in any input never throw and are never valid', async () => {
  const random = (n: number) => {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
    return bytes;
  };
  const b64 = Buffer.from(random(600_000)).toString('base64').replace(/.{64}/g, '$&\n');
  const armoredJunk = `-----BEGIN PGP SIGNATURE-----\n\n${b64}\n-----END PGP SIGNATURE-----\n`;
  const inputs: Uint8Array[] = [new TextEncoder().encode(armoredJunk), new Uint8Array([0x80]), new Uint8Array([0xc2, 0xff])];
  for (let i = 0; i < 40; i++) inputs.push(random(1 + ((i * 997) % 4000)));
  for (const junk of inputs) {
    for (const slot of ['signature', 'keys', 'data'] as const) {
      const options = { data: fixture('document.txt'), signature: fixture('document.txt.sig'), keys: fixture('alice.asc'), now: NOW, [slot]: junk };
      const r = await verifyDetached(options);
      assert.notEqual(r.verdict, 'valid', `${slot} of ${junk.length} random bytes`);
      if (slot !== 'data') assert.equal(r.verdict, 'unreadable', `${slot}: ${en(r)}`);
    }
    const c = await verifyCleartext({ message: junk, keys: fixture('alice.asc'), now: NOW });
    assert.equal(c.verdict, 'unreadable');
    assert.equal((await readKeyFacts(junk)).ok, false);
  }
});

// key facts

test('key facts give fingerprint, algorithm, dates, user IDs and signing subkeys with their own dates', async () => {
  assert.equal(withSubkey.algorithmLabel, 'EdDSA Ed25519');
  assert.equal(withSubkey.curve, 'ed25519Legacy');
  assert.equal(withSubkey.created, '2024-01-01T00:00:00.000Z');
  assert.equal(withSubkey.expires, '2099-01-01T00:00:00.000Z');
  assert.deepEqual(withSubkey.userIds, ['Subkey CSIRT <cert@subkey.example>']);
  assert.equal(withSubkey.primaryUserId, 'Subkey CSIRT <cert@subkey.example>');
  assert.equal(withSubkey.revoked, null);
  assert.equal(withSubkey.secret, false);
  assert.match(withSubkey.fingerprint, /^[0-9A-F]{40}$/);
  assert.equal(withSubkey.keyId, withSubkey.fingerprint.slice(-16));
  assert.equal(withSubkey.signingSubkeys.length, 1, 'the encryption subkey is not listed');
  assert.equal(oldSubkey.signingSubkeys[0].expires, '2023-01-01T00:00:00.000Z');
  assert.equal(oldSubkey.signingSubkeys[0].expired, true);
  assert.equal(oldSubkey.expired, false);
});

test('key facts give the size of an RSA key and "never" as the expiry of a key that does not expire', async () => {
  assert.equal(other.algorithmLabel, 'RSA 2048');
  assert.equal(other.bits, 2048);
  assert.equal(other.expires, null);
});

test('key facts report an expired key and a revoked key with its date, reason and text', async () => {
  const expired = await factsOf('expired.asc');
  assert.equal(expired.expired, true);
  assert.equal(expired.expires, '2020-12-31T00:00:00.000Z');
  const revoked = await factsOf('revoked.asc');
  assert.deepEqual(revoked.revoked, { date: '2025-01-01T00:00:00.000Z', reason: 'compromised', text: 'Private key lost' });
});

test('key facts of a file with two keys list both, in file order', async () => {
  const result = await readKeyFacts(fixture('two-keys.asc'), { now: NOW });
  assert.ok(result.ok);
  assert.deepEqual(
    result.keys.map((k) => k.fingerprint),
    [other.fingerprint, alice.fingerprint],
  );
});

test('key facts of something that is not a key are unreadable, with the reason in both languages', async () => {
  const result = await readKeyFacts(fixture('not-a-key.asc'));
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.problem.reason === 'not-openpgp' && result.problem.input === 'key');
});

// explanations and the browser constraint

test('every result has a complete explanation in French and in English', () => {
  assert.ok(seen.length > 30);
  const reasons = new Set(seen.map((r) => r.reason));
  for (const reason of ['good', 'content-changed', 'future', 'issuer-unknown', 'not-expected-key', 'primary-expired', 'subkey-expired', 'primary-revoked', 'signature-expired', 'truncated', 'empty', 'not-openpgp', 'wrong-type', 'damaged', 'bad-fingerprint', 'too-large']) {
    assert.ok(reasons.has(reason as VerifyResult['reason']), `no test produced ${reason}`);
  }
  for (const r of [...seen, ...seen.flatMap((s) => s.signatures)]) {
    for (const lang of ['fr', 'en'] as const) {
      const message = explain(r, lang);
      assert.ok(message.length > 20, `${r.reason} ${lang}: ${message}`);
      assert.doesNotMatch(message, /undefined|null|NaN|\[object|Invalid Date|\?\?/, `${r.reason} ${lang}: ${message}`);
    }
    assert.notEqual(fr(r), en(r));
  }
});

test('lib/pgp loads openpgp.js only on demand and uses nothing Node-only', () => {
  const dir = path.join(ROOT, 'lib', 'pgp');
  for (const file of fs.readdirSync(dir)) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    assert.doesNotMatch(source, /^import\s+(?!type\b)[^;]*from\s+'openpgp'/m, `${file} imports openpgp.js at load time`);
    assert.doesNotMatch(source, /from\s+'(node:|fs|path|child_process)/, `${file} imports a Node module`);
    assert.doesNotMatch(source, /\b(process|Buffer|require)\b/, `${file} uses a Node global`);
  }
});

// command line

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const at = (name: string) => path.join('tests', 'fixtures', 'pgp', name);

test('the command line prints one JSON object and exits 0 for a valid signature', () => {
  const run = cli('--key', at('alice.asc'), '--signature', at('document.txt.asc'), '--data', at('document.txt'), '--expect-fingerprint', alice.fingerprint);
  assert.equal(run.code, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  for (const key of ['verdict', 'signerFingerprint', 'signingKeyId', 'signatureCreated', 'keyExpires', 'keyRevoked', 'message', 'messages', 'signatures']) {
    assert.ok(key in out, `no ${key} in the output`);
  }
  assert.equal(out.verdict, 'valid');
  assert.equal(out.signerFingerprint, alice.fingerprint);
  assert.equal(out.signingKeyId, alice.keyId);
  assert.equal(out.signatureCreated, '2024-06-01T00:00:00.000Z');
  assert.equal(out.keyRevoked, null);
  assert.equal(out.fingerprintMatches, true);
  assert.match(out.message, /^Valid signature/);
  assert.match(out.messages.fr, /^Signature valide/);
});

test('the command line checks a clearsigned message when --data is absent, and speaks French on request', () => {
  const run = cli('--key', at('alice.asc'), '--signature', at('cleartext.asc'), '--lang', 'fr');
  assert.equal(run.code, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  assert.equal(out.kind, 'cleartext');
  assert.match(out.message, /^Signature valide/);
});

test('the command line exits 1 for any other verdict and reports it in the JSON', () => {
  const revoked = cli('--key', at('revoked.asc'), '--signature', at('document.revoked-key.asc'), '--data', at('document.txt'), '--now', '2025-06-01');
  assert.equal(revoked.code, 1, revoked.stderr);
  const out = JSON.parse(revoked.stdout);
  assert.equal(out.verdict, 'key-revoked');
  assert.equal(out.keyRevoked, '2025-01-01T00:00:00.000Z');
  const tampered = cli('--key', at('alice.asc'), '--signature', at('document.txt.asc'), '--data', at('document-tampered.txt'));
  assert.equal(tampered.code, 1);
  assert.equal(JSON.parse(tampered.stdout).verdict, 'invalid');
  const empty = cli('--key', at('alice.asc'), '--signature', at('empty.asc'), '--data', at('document.txt'));
  assert.equal(empty.code, 1, 'an unreadable input file is a verdict, not a usage error');
  assert.equal(JSON.parse(empty.stdout).verdict, 'unreadable');
  assert.deepEqual(JSON.parse(empty.stdout).problems, [{ input: 'signature', reason: 'empty' }]);
  assert.equal(JSON.parse(empty.stdout).messages.fr, 'Le fichier de signature est vide.');
});

test('the command line judges dates as of --now', () => {
  const before = cli('--key', at('alice.asc'), '--signature', at('document.expired-signature.asc'), '--data', at('document.txt'), '--now', '2024-06-15T00:00:00Z');
  assert.equal(before.code, 0, before.stdout);
  const after = cli('--key', at('alice.asc'), '--signature', at('document.expired-signature.asc'), '--data', at('document.txt'));
  assert.equal(JSON.parse(after.stdout).verdict, 'signature-expired');
});

test('the command line exits 2, with a message on stderr and nothing on stdout, when the arguments are unusable', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--signature', at('document.txt.asc')], /--key is required/],
    [['--key', at('alice.asc')], /--signature is required/],
    [['--key', at('alice.asc'), '--signature', at('document.txt.asc'), '--colour'], /Unknown option '--colour'/],
    [['--key', at('missing.asc'), '--signature', at('document.txt.asc')], /cannot read --key .*missing\.asc: ENOENT/],
    [['--key', at('alice.asc'), '--signature', DIR, '--data', at('document.txt')], /not a regular file/],
    [['--key', at('alice.asc'), '--signature', at('document.txt.asc'), '--expect-fingerprint', 'xyz'], /--expect-fingerprint must be/],
    [['--key', at('alice.asc'), '--signature', at('document.txt.asc'), '--now', 'yesterday'], /--now must be an ISO 8601 date/],
    [['--key', at('alice.asc'), '--signature', at('document.txt.asc'), 'extra'], /Unexpected argument 'extra'/],
  ];
  for (const [args, message] of cases) {
    const run = cli(...args);
    assert.equal(run.code, 2, args.join(' '));
    assert.equal(run.stdout, '', args.join(' '));
    assert.match(run.stderr, message);
  }
});
