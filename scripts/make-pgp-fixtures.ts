/**
 * Writes the OpenPGP fixtures of tests/pgp.test.ts into tests/fixtures/pgp/.
 *
 *   npx tsx scripts/make-pgp-fixtures.ts
 *
 * Everything is made with openpgp.js at FIXED dates, so that no fixture
 * expires by accident: keys meant to stay valid expire in 2099, keys meant to
 * be expired expired years ago, and the tests check everything as of
 * CHECK_DATE. Keys are random, so a re-run changes every fingerprint and
 * signature but nothing that the tests look at. Only public keys are written.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as openpgp from 'openpgp';

const OUT = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'pgp');

/** The date the tests pass to the engine as "now". */
export const CHECK_DATE = new Date('2025-06-01T00:00:00Z');
const KEYS_MADE = new Date('2024-01-01T00:00:00Z');
const SIGNED = new Date('2024-06-01T00:00:00Z');
/**
 * Where keys should stay valid, they expire on this date: far away, but before
 * 2106-02-07, where 32-bit OpenPGP timestamps end (GnuPG reads a later expiry
 * as already past).
 */
const VALID_UNTIL = new Date('2099-01-01T00:00:00Z');
const ONE_YEAR = 365 * 24 * 3600;

const DOCUMENT = [
  'RFC 2350 — Exemple CSIRT',
  '',
  '1. Document Information',
  '1.1 Date of Last Update: 2024-06-01',
  '2. Contact Information',
  '2.1 Name of the Team: Exemple CSIRT (équipe de réponse aux incidents)',
  '2.2 Electronic Mail Address: cert@csirt.example',
  '',
].join('\n');

type Pair = { privateKey: openpgp.PrivateKey; publicKey: openpgp.PublicKey };

/** keyExpirationTime (seconds after the key's creation) that ends on `end`. */
const lifetime = (made: Date, end: Date) => (end.getTime() - made.getTime()) / 1000;
const day = (date: Date | number | null) => (date instanceof Date ? date.toISOString().slice(0, 10) : String(date));

async function key(name: string, email: string, options: Partial<openpgp.KeyOptions> = {}): Promise<Pair> {
  const { privateKey, publicKey } = await openpgp.generateKey({
    userIDs: [{ name, email }],
    date: KEYS_MADE,
    keyExpirationTime: lifetime(options.date ?? KEYS_MADE, VALID_UNTIL),
    ...options,
    format: 'object',
  });
  return { privateKey, publicKey };
}

async function detached(data: string, signingKeys: openpgp.PrivateKey[], date: Date, format: 'armored' | 'binary' = 'armored') {
  const message = await openpgp.createMessage({ binary: new TextEncoder().encode(data) });
  return format === 'binary'
    ? openpgp.sign({ message, signingKeys, detached: true, date, format: 'binary' })
    : openpgp.sign({ message, signingKeys, detached: true, date });
}

/**
 * openpgp.sign() can set neither a signature expiration time nor a weak hash,
 * so these packets are made the way openpgp.sign() makes its own
 * (createSignaturePacket), with the given properties, and signed by openpgp's
 * SignaturePacket.
 */
async function customSignature(
  data: string,
  signer: openpgp.PrivateKey,
  date: Date,
  { hash = openpgp.enums.hash.sha256, lifetimeSeconds }: { hash?: openpgp.enums.hash; lifetimeSeconds?: number },
) {
  const message = await openpgp.createMessage({ binary: new TextEncoder().encode(data) });
  const literal = message.packets.findPacket(openpgp.enums.packet.literalData);
  const signingKey = await signer.getSigningKey(undefined, date);
  const packet = new openpgp.SignaturePacket();
  packet.signatureType = openpgp.enums.signature.binary;
  packet.publicKeyAlgorithm = signingKey.keyPacket.algorithm;
  packet.hashAlgorithm = hash;
  if (lifetimeSeconds !== undefined) {
    packet.signatureExpirationTime = lifetimeSeconds;
    packet.signatureNeverExpires = false;
  }
  // The .d.ts omits the trailing `config` parameter and types `data` as bytes; at run time a
  // message signature hashes the literal data packet, and `config` is required.
  const sign = packet.sign as unknown as (key: unknown, data: unknown, date: Date, detached: boolean, config: openpgp.Config) => Promise<void>;
  // openpgp.js's salt notation has no length for SHA-1, so it is left out (it is optional anyway).
  await sign.call(packet, signingKey.keyPacket, literal, date, true, { ...openpgp.config, nonDeterministicSignaturesViaNotation: false });
  const packets = new openpgp.PacketList<openpgp.SignaturePacket>();
  packets.push(packet);
  return new openpgp.Signature(packets).armor();
}

async function main() {
  // Written aside, then swapped in: a failed run leaves the committed fixtures alone.
  const tmp = `${OUT}.new`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  const files: Array<[string, string]> = [];
  const write = (name: string, content: string | Uint8Array, what: string) => {
    fs.writeFileSync(path.join(tmp, name), content);
    files.push([name, what]);
  };

  const alice = await key('Exemple CSIRT', 'cert@csirt.example');
  const other = await key('Other Team', 'team@other.example', { type: 'rsa', rsaBits: 2048, keyExpirationTime: 0 });
  const withSubkey = await key('Subkey CSIRT', 'cert@subkey.example', { subkeys: [{}, { sign: true }] });
  const expired = await key('Expired CSIRT', 'cert@expired.example', {
    date: new Date('2020-01-01T00:00:00Z'),
    keyExpirationTime: ONE_YEAR,
  });
  const revokedPair = await key('Revoked CSIRT', 'cert@revoked.example');
  const expiredSub = await key('Old Subkey CSIRT', 'cert@old-subkey.example', {
    date: new Date('2022-01-01T00:00:00Z'),
    subkeys: [{}, { sign: true, keyExpirationTime: ONE_YEAR }],
  });
  // openpgp.js refuses RSA keys under 2047 bits unless told otherwise, which is the point of this one.
  const weak = await key('Weak CSIRT', 'cert@weak.example', { type: 'rsa', rsaBits: 1024, config: { minRSABits: 1024 } });
  const rotating = await key('Rotating CSIRT', 'cert@rotating.example', { subkeys: [{}, { sign: true }] });
  const retiredSubkey = await rotating.privateKey.subkeys[1].revoke(
    rotating.privateKey.keyPacket as openpgp.SecretKeyPacket,
    { flag: openpgp.enums.reasonForRevocation.keyRetired, string: 'Subkey rotated' },
    new Date('2025-01-01T00:00:00Z'),
  );
  // Subkey.revoke() returns the subkey with its revocation; it replaces the old one in a copy of the key.
  const retiring = await openpgp.readPrivateKey({ armoredKey: rotating.privateKey.armor() });
  retiring.subkeys[1] = retiredSubkey;
  const rotated = retiring.toPublic();
  const revoked = await openpgp.revokeKey({
    key: revokedPair.privateKey,
    date: new Date('2025-01-01T00:00:00Z'),
    reasonForRevocation: { flag: openpgp.enums.reasonForRevocation.keyCompromised, string: 'Private key lost' },
    format: 'object',
  });

  // Data
  write('document.txt', DOCUMENT, 'the signed document (UTF-8, LF line ends)');
  write('document-tampered.txt', DOCUMENT.replace('cert@csirt.example', 'cert@evil.example'), 'document.txt with the e-mail address changed');
  write('document-crlf.txt', DOCUMENT.replace(/\n/g, '\r\n'), 'document.txt with CRLF line ends');

  // Keys
  write('alice.asc', alice.publicKey.armor(), `Ed25519 key of "Exemple CSIRT", made 2024-01-01, expires ${day(await alice.publicKey.getExpirationTime())}`);
  write('other.asc', other.publicKey.armor(), 'RSA 2048 key of "Other Team", never expires (the wrong key)');
  write('subkey.asc', withSubkey.publicKey.armor(), 'key with an encryption subkey and a signing subkey');
  write('expired.asc', expired.publicKey.armor(), 'key made 2020-01-01, expired 2020-12-31');
  write('revoked.asc', revoked.publicKey.armor(), 'key revoked 2025-01-01 (key compromised, "Private key lost")');
  write('expired-subkey.asc', expiredSub.publicKey.armor(), 'key made 2022-01-01 whose signing subkey expired 2023-01-01');
  write('weak.asc', weak.publicKey.armor(), 'RSA 1024 key, too weak for openpgp.js');
  write('revoked-subkey.asc', rotated.armor(), 'key whose signing subkey was retired (soft revocation) on 2025-01-01');
  const twoKeys = new Uint8Array([...other.publicKey.write(), ...alice.publicKey.write()]);
  write('two-keys.asc', openpgp.armor(openpgp.enums.armor.publicKey, twoKeys), 'other.asc then alice.asc in one armored block');

  // Signatures
  write('document.txt.asc', await detached(DOCUMENT, [alice.privateKey], SIGNED), 'good armored detached signature of document.txt by alice, 2024-06-01');
  write('document.txt.sig', await detached(DOCUMENT, [alice.privateKey], SIGNED, 'binary'), 'same, binary');
  write('document.subkey.asc', await detached(DOCUMENT, [withSubkey.privateKey], SIGNED), 'made by the signing subkey of subkey.asc');
  write('document.expired-key.asc', await detached(DOCUMENT, [expired.privateKey], new Date('2020-06-01T00:00:00Z')), 'by expired.asc on 2020-06-01, while it was valid');
  write('document.revoked-key.asc', await detached(DOCUMENT, [revokedPair.privateKey], SIGNED), 'by revoked.asc on 2024-06-01, before its revocation');
  write('document.expired-subkey.asc', await detached(DOCUMENT, [expiredSub.privateKey], new Date('2022-06-01T00:00:00Z')), 'by the signing subkey of expired-subkey.asc on 2022-06-01');
  write('document.expired-signature.asc', await customSignature(DOCUMENT, alice.privateKey, SIGNED, { lifetimeSeconds: 30 * 24 * 3600 }), 'by alice on 2024-06-01, signature valid 30 days');
  write('document.sha1.asc', await customSignature(DOCUMENT, other.privateKey, SIGNED, { hash: openpgp.enums.hash.sha1 }), 'by other.asc on 2024-06-01 with SHA-1 (RSA: EdDSA refuses SHA-1)');
  write('document.weak-key.asc', await openpgp.sign({ message: await openpgp.createMessage({ binary: new TextEncoder().encode(DOCUMENT) }), signingKeys: weak.privateKey, detached: true, date: SIGNED, config: { minRSABits: 1024 } }), 'by weak.asc on 2024-06-01');
  write('document.revoked-subkey.asc', await detached(DOCUMENT, [rotating.privateKey], SIGNED), 'by the signing subkey of revoked-subkey.asc on 2024-06-01, before it was retired');
  write('document.two-signatures.asc', await detached(DOCUMENT, [alice.privateKey, other.privateKey], SIGNED), 'two signatures in one block: alice and other');

  const crlfText = await openpgp.createMessage({ text: DOCUMENT.replace(/\n/g, '\r\n') });
  write('document-crlf.txt.asc', await openpgp.sign({ message: crlfText, signingKeys: alice.privateKey, detached: true, date: SIGNED }), 'text-mode (0x01) signature of document-crlf.txt by alice');

  const cleartext = await openpgp.createCleartextMessage({ text: DOCUMENT });
  write('cleartext.asc', await openpgp.sign({ message: cleartext, signingKeys: alice.privateKey, date: SIGNED }), 'document.txt clearsigned by alice');

  // Broken inputs
  const good = fs.readFileSync(path.join(tmp, 'document.txt.asc'), 'utf8');
  write('truncated.asc', good.slice(0, Math.floor(good.length / 2)), 'document.txt.asc cut in the middle');
  write('empty.asc', '', 'an empty file');
  write('not-a-key.asc', '<!doctype html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n', 'an HTML error page saved instead of a key');

  if ((await withSubkey.privateKey.getSigningKey(undefined, SIGNED)).getKeyID().equals(withSubkey.publicKey.getKeyID())) {
    throw new Error('subkey.asc: openpgp chose the primary key to sign');
  }

  const readme = [
    '# OpenPGP fixtures',
    '',
    'Generated by `npx tsx scripts/make-pgp-fixtures.ts` (do not edit by hand; re-running',
    'makes new keys, so every fingerprint changes). Tests check them as of',
    `${CHECK_DATE.toISOString()}. Only public keys are kept.`,
    '',
    '| file | what it is |',
    '| --- | --- |',
    ...files.map(([name, what]) => `| \`${name}\` | ${what} |`),
    '',
    '## Cross-check with GnuPG',
    '',
    'In a throw-away `GNUPGHOME`, after `gpg --import` of the keys, `gpg --verify` (GnuPG 2.2.40)',
    'reports GOODSIG for `document.txt.asc`, `document.txt.sig`, `document.subkey.asc`,',
    '`cleartext.asc`, both signatures of `document.two-signatures.asc`, and',
    '`document-crlf.txt.asc` against `document-crlf.txt` and against `document.txt` (text mode);',
    'BADSIG for `document.txt.asc` against `document-tampered.txt` or `document-crlf.txt`;',
    'EXPSIG for `document.expired-signature.asc`; EXPKEYSIG for `document.expired-key.asc` and',
    '`document.expired-subkey.asc`; REVKEYSIG for `document.revoked-key.asc` and',
    '`document.revoked-subkey.asc`; no OpenPGP data in `truncated.asc`. Where the engine differs,',
    'on purpose: GnuPG exits 0 for a good signature by an expired or revoked key (the engine says',
    '`key-expired` / `key-revoked`: the directory asks whether the key holds today), and accepts',
    'SHA-1 and RSA 1024 (`document.sha1.asc`, `document.weak-key.asc`), which openpgp.js refuses',
    '(`invalid`).',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(tmp, 'README.md'), readme);
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.renameSync(tmp, OUT);
  console.log(`${files.length} fixtures written to ${path.relative(process.cwd(), OUT)}`);
}

await main();
