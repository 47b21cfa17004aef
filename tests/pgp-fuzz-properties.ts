/**
 * Property (fuzz) definitions for the verification engine (lib/pgp), shared by the CI test
 * (tests/pgp-fuzz.test.ts, fixed seed) and the longer run (scripts/fuzz-pgp.ts).
 *
 * Fetched signatures and keys are hostile: random bytes, random text, huge inputs and mutated
 * copies of the real fixtures must resolve (never throw, never hang) to a verdict with one of
 * the documented statuses and a reason in both languages; random or malformed keys and
 * signatures are `unreadable`; a mutated signature, key or message is never `valid` unless
 * what the engine read is still a known-good signature, key and text (a no-op mutation).
 */
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type * as OpenPGP from 'openpgp';
import { explain } from '@/lib/pgp/explain';
import { explainProblem } from '@/lib/pgp/explain-problem';
import { readCleartextInput, readKeysInput, readSignatureInput } from '@/lib/pgp/inputs';
import { readKeyFacts, type KeyFileResult } from '@/lib/pgp/key-file';
import { loadOpenPGP } from '@/lib/pgp/openpgp';
import { VERDICTS, type Verdict, type VerifyResult } from '@/lib/pgp/verdict';
import { verifyCleartext, verifyDetached } from '@/lib/pgp/verify';

export const SEED = 20261130;
const DIR = path.join(import.meta.dirname, 'fixtures', 'pgp');
const NOW = new Date('2025-06-01T00:00:00Z');
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));
const text = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

/** The documented statuses (docs/signing.md, "Verdicts"). */
export const STATUSES: readonly Verdict[] = ['valid', 'invalid', 'wrong-key', 'key-expired', 'key-revoked', 'signature-expired', 'unreadable'];
assert.deepEqual([...VERDICTS], STATUSES, 'the engine’s verdicts are the documented ones');
/** One call may take this long at most, even on a loaded machine (a frozen tab otherwise). */
const MAX_MS = 5000;

const pgp = await loadOpenPGP();
const dearmor = async (armored: string) => (await pgp.unarmor(armored)).data as Uint8Array;
/** Our own armor (no checksum: openpgp.js 6 does not need one). */
const armor = (type: string, data: Uint8Array, headers = '') =>
  `-----BEGIN PGP ${type}-----\n${headers}\n${Buffer.from(data).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END PGP ${type}-----\n`;

const DOCUMENT = bytes('document.txt');
/** Good detached signatures (binary form) with the key they verify under as of NOW. */
const GOOD_SIGNATURES = await Promise.all(
  (
    [
      ['document.txt.asc', 'alice.asc'],
      ['document.subkey.asc', 'subkey.asc'],
      ['document.two-signatures.asc', 'two-keys.asc'],
      ['document-crlf.txt.asc', 'alice.asc'],
    ] as const
  ).map(async ([sig, key]) => ({ name: sig, signature: await dearmor(text(sig)), key: await dearmor(text(key)) })),
);
const KEYS = await Promise.all(['alice.asc', 'other.asc', 'subkey.asc', 'two-keys.asc', 'expired-subkey.asc'].map(async (n) => dearmor(text(n))));
const CLEARTEXT = text('cleartext.asc');
const ALICE = bytes('alice.asc');

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
/** A signature packet as openpgp.js re-serialises it (so a non-canonical MPI length is the same signature). */
const canonical = (p: OpenPGP.SignaturePacket) => hex(p.write());
const GOOD_PACKETS = new Set<string>();
for (const good of GOOD_SIGNATURES) for (const p of (await pgp.readSignature({ binarySignature: good.signature })).packets) GOOD_PACKETS.add(canonical(p));
const clear = await readCleartextInput(pgp, CLEARTEXT);
if (!clear.ok) throw new Error('cleartext.asc should be readable');
for (const p of clear.value.signature.packets) GOOD_PACKETS.add(canonical(p));
const GOOD_KEY_PACKETS = new Set<string>();
for (const k of KEYS) for (const key of await pgp.readKeys({ binaryKeys: k })) for (const kp of [key, ...key.subkeys]) GOOD_KEY_PACKETS.add(hex(kp.keyPacket.write()));
const CLEAR_TEXT = (await pgp.readCleartextMessage({ cleartextMessage: CLEARTEXT })).getText();
/** The text a cleartext signature covers: line ends and trailing blanks do not count (RFC 9580, 7.1). */
const signedForm = (t: string) => t.replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n+$/, '');

/** Checks a result's words: a reason in both languages, nothing broken. */
function explained(fr: string, en: string) {
  assert.ok(en.trim().length > 10 && fr.trim().length > 10, 'no human reason');
  assert.ok(!/undefined|\[object/.test(en + fr), `broken message: ${en}`);
}

/** Runs one engine call, checks it resolved in time with a documented status and a reason in both languages. */
async function judged(call: () => Promise<VerifyResult>): Promise<VerifyResult> {
  const start = performance.now();
  const r = await call(); // a rejection fails the property
  const ms = performance.now() - start;
  assert.ok(ms < MAX_MS, `took ${Math.round(ms)} ms`);
  assert.ok(STATUSES.includes(r.verdict), `undocumented status ${r.verdict}`);
  assert.ok(r.reason, 'no reason');
  assert.equal(r.problems.length > 0, r.verdict === 'unreadable', 'problems are given exactly when unreadable');
  explained(explain(r, 'fr'), explain(r, 'en'));
  return r;
}
const unreadable = (r: VerifyResult) => assert.equal(r.verdict, 'unreadable', explain(r, 'en'));
/** readKeyFacts, in bounded time; a key that cannot be read comes with a problem in both languages. */
async function keyFacts(key: Uint8Array | string): Promise<KeyFileResult> {
  const start = performance.now();
  const r = await readKeyFacts(key, { now: NOW });
  assert.ok(performance.now() - start < MAX_MS);
  if (!r.ok) explained(explainProblem(r.problem, 'fr'), explainProblem(r.problem, 'en'));
  return r;
}

// Arbitraries

/** Random bytes, half of them starting like an OpenPGP packet so the parser gets further. */
const randomBytes = fc.oneof(
  fc.uint8Array({ minLength: 0, maxLength: 3000 }),
  fc
    .tuple(fc.constantFrom(0xc2, 0xc6, 0xce, 0xcd, 0xc4, 0xcb, 0x88, 0x89, 0x99, 0xb4, 0xc8, 0xd4), fc.uint8Array({ minLength: 0, maxLength: 600 }))
    .map(([tag, rest]) => Uint8Array.of(tag, ...rest)),
);
const ARMOR_TYPES = ['SIGNATURE', 'PUBLIC KEY BLOCK', 'PRIVATE KEY BLOCK', 'MESSAGE', 'SIGNED MESSAGE'];
/** Random text: any Unicode, base64-looking lines, or garbage wrapped in valid armor lines. */
const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n-: '), maxLength: 2000 }),
  fc.tuple(fc.constantFrom(...ARMOR_TYPES), randomBytes, fc.constantFrom('', 'Version: x\n', 'Hash: SHA256\n', 'Comment: \u0000\n', 'Nope\n')).map(([type, b, h]) => armor(type, b, h)),
);
const randomInput = fc.oneof(randomBytes, randomText);

type Mutation = { out: Uint8Array; noop: boolean };
/** Byte-level damage to binary OpenPGP data: flips, truncation, insertion, deletion, duplication, splicing. */
const mutate = (original: Uint8Array): fc.Arbitrary<Mutation> =>
  fc
    .oneof(
      fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => {
        const out = original.slice();
        for (const [i, x] of flips) out[i] ^= x;
        return out;
      }),
      fc.nat(original.length).map((n) => original.slice(0, n)),
      fc.tuple(fc.nat(original.length), fc.uint8Array({ minLength: 1, maxLength: 40 })).map(([i, ins]) => Uint8Array.from([...original.slice(0, i), ...ins, ...original.slice(i)])),
      fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 1, max: 40 })).map(([i, n]) => Uint8Array.from([...original.slice(0, i), ...original.slice(i + n)])),
      fc.tuple(fc.nat(original.length), fc.nat(original.length)).map(([a, b]) => Uint8Array.from([...original, ...original.slice(Math.min(a, b), Math.max(a, b))])),
      fc.tuple(fc.nat(original.length), fc.constantFrom(...KEYS, ...GOOD_SIGNATURES.map((g) => g.signature)), fc.nat(4000)).map(([i, other, j]) =>
        Uint8Array.from([...original.slice(0, i), ...other.slice(j % other.length)]),
      ),
    )
    .map((out) => ({ out, noop: Buffer.from(out).equals(Buffer.from(original)) }));

/** Text-level damage to armor: headers, checksum, BEGIN/END lines, blank line, stray characters, truncation. */
const mutateArmor = (original: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant(original.replace(/^=.{4}$/m, '=AAAA')),
    fc.constant(original.replace(/^=.{4}$/m, '=!!!!')),
    fc.constantFrom('Version: 1\n', 'Comment: é\u0000\n', 'Hash: MD5\n', 'Charset: x\n', 'no colon\n', ': \n').map((h) => original.replace(/-----\n/, `-----\n${h}`)),
    fc.constant(original.replace(/-----\n\n/, '-----\n')),
    fc.constantFrom('SIGNATURE', 'PUBLIC KEY BLOCK', 'MESSAGE', 'SIGNED MESSAGE', 'SIGNATUR', 'signature').map((t) => original.replace(/BEGIN PGP [A-Z ]+-----/, `BEGIN PGP ${t}-----`)),
    fc.constantFrom('SIGNATURE', 'PUBLIC KEY BLOCK', 'MESSAGE', '').map((t) => original.replace(/END PGP [A-Z ]+-----/, `END PGP ${t}-----`)),
    fc.tuple(fc.nat(original.length), fc.string({ unit: fc.constantFrom(...'A=-+/\n\r\t *é\u0000'), minLength: 1, maxLength: 8 })).map(([i, s]) => original.slice(0, i) + s + original.slice(i)),
    fc.nat(original.length).map((n) => original.slice(0, n)),
    fc.tuple(fc.nat(original.length), fc.nat(original.length)).map(([a, b]) => original + original.slice(Math.min(a, b), Math.max(a, b))),
  );

// Oracles: what the engine read, when it says valid.

async function readsAsGoodSignature(signature: Uint8Array | string): Promise<boolean> {
  const read = await readSignatureInput(pgp, signature);
  return read.ok && read.value.packets.some((p) => GOOD_PACKETS.has(canonical(p)));
}
async function readsAsGoodKey(key: Uint8Array | string): Promise<boolean> {
  const read = await readKeysInput(pgp, key);
  return read.ok && read.value.some((k) => [k, ...k.subkeys].some((kp) => GOOD_KEY_PACKETS.has(hex(kp.keyPacket.write()))));
}

export type Property = { name: string; runs: number; property: fc.IAsyncProperty<[unknown]> };
const prop = <T>(name: string, runs: number, arb: fc.Arbitrary<T>, check: (value: T) => Promise<void>): Property => ({
  name,
  runs,
  property: fc.asyncProperty(arb, check) as unknown as fc.IAsyncProperty<[unknown]>,
});

/** The properties, with the number of runs each gets in CI (scaled up by scripts/fuzz-pgp.ts). */
export const PROPERTIES: Property[] = [
  prop('random bytes or text as the detached signature are unreadable', 300, randomInput, async (signature) => {
    unreadable(await judged(() => verifyDetached({ data: DOCUMENT, signature, keys: ALICE, now: NOW })));
  }),
  prop('random bytes or text as the key are unreadable, for a check and for key facts', 300, randomInput, async (keys) => {
    unreadable(await judged(() => verifyDetached({ data: DOCUMENT, signature: GOOD_SIGNATURES[0].signature, keys, now: NOW })));
    unreadable(await judged(() => verifyCleartext({ message: CLEARTEXT, keys, now: NOW })));
    assert.ok(!(await keyFacts(keys)).ok, 'random key read as a key');
  }),
  prop('random bytes or text as the clearsigned message are unreadable', 300, randomInput, async (message) => {
    unreadable(await judged(() => verifyCleartext({ message, keys: ALICE, now: NOW })));
  }),
  prop('random bytes as the signed file are never valid', 200, randomBytes, async (data) => {
    const r = await judged(() => verifyDetached({ data, signature: GOOD_SIGNATURES[0].signature, keys: ALICE, now: NOW }));
    if (!Buffer.from(data).equals(Buffer.from(DOCUMENT))) assert.equal(r.verdict, 'invalid', explain(r, 'en'));
  }),
  prop(
    'a damaged signature (binary or re-armored) is never valid unless it still holds a good signature',
    600,
    fc.constantFrom(...GOOD_SIGNATURES).chain((good) => fc.tuple(fc.constant(good), mutate(good.signature), fc.boolean())),
    async ([good, { out, noop }, armored]) => {
      const signature = armored ? armor('SIGNATURE', out) : out;
      const r = await judged(() => verifyDetached({ data: DOCUMENT, signature, keys: good.key, now: NOW }));
      if (noop) assert.equal(r.verdict, 'valid', explain(r, 'en'));
      if (r.verdict === 'valid') assert.ok(await readsAsGoodSignature(signature), `valid after damage: ${hex(out)}`);
    },
  ),
  prop(
    'damaged armor of a signature is never valid unless it still holds a good signature',
    500,
    mutateArmor(text('document.txt.asc')),
    async (signature) => {
      const r = await judged(() => verifyDetached({ data: DOCUMENT, signature, keys: ALICE, now: NOW }));
      if (r.verdict === 'valid') assert.ok(await readsAsGoodSignature(signature), `valid after damage: ${JSON.stringify(signature)}`);
    },
  ),
  prop(
    'a damaged key (binary, re-armored or damaged armor) never yields valid unless its signing key is intact, and never throws in key facts',
    400,
    fc.oneof(
      fc.constantFrom(...KEYS).chain((k) => mutate(k)).chain(({ out }) => fc.constantFrom<Uint8Array | string>(out, armor('PUBLIC KEY BLOCK', out))),
      mutateArmor(text('alice.asc')),
    ),
    async (keys) => {
      const r = await judged(() => verifyDetached({ data: DOCUMENT, signature: GOOD_SIGNATURES[0].signature, keys, now: NOW }));
      if (r.verdict === 'valid') assert.ok(await readsAsGoodKey(keys), 'valid with a damaged signing key');
      await keyFacts(keys);
    },
  ),
  prop(
    'a damaged clearsigned message is never valid unless its text and a good signature are intact',
    400,
    mutateArmor(CLEARTEXT),
    async (message) => {
      const r = await judged(() => verifyCleartext({ message, keys: ALICE, now: NOW }));
      if (r.verdict !== 'valid') return;
      const read = await readCleartextInput(pgp, message);
      assert.ok(read.ok && read.value.signature.packets.some((p) => GOOD_PACKETS.has(canonical(p))), 'valid without a good signature');
      assert.equal(signedForm(read.value.message.getText()), signedForm(CLEAR_TEXT), 'valid over changed text');
    },
  ),
  prop(
    'shuffled, duplicated and mixed packets never give valid without a good signature by the given key',
    250,
    fc.array(
      fc.oneof(
        fc.constantFrom(...GOOD_SIGNATURES.map((g) => g.signature), ...KEYS),
        randomBytes,
      ),
      { minLength: 1, maxLength: 6 },
    ),
    async (parts) => {
      const signature = Uint8Array.from(parts.flatMap((p) => [...p]));
      const r = await judged(() => verifyDetached({ data: DOCUMENT, signature, keys: ALICE, now: NOW }));
      if (r.verdict === 'valid') assert.ok(await readsAsGoodSignature(signature));
      const asKey = await judged(() => verifyDetached({ data: DOCUMENT, signature: GOOD_SIGNATURES[0].signature, keys: signature, now: NOW }));
      if (asKey.verdict === 'valid') assert.ok(await readsAsGoodKey(signature));
    },
  ),
];

/** Huge and pathological inputs: each must come back quickly as `unreadable`. */
export const HUGE: Array<{ name: string; expect?: RegExp; run: () => Promise<VerifyResult | KeyFileResult> }> = (() => {
  const random = (n: number, first?: number) => {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i += 65536) crypto.getRandomValues(b.subarray(i, Math.min(n, i + 65536)));
    if (first !== undefined) b[0] = first;
    return b;
  };
  const repeat = (b: Uint8Array, size: number) => {
    const n = Math.floor(size / b.length);
    const out = new Uint8Array(n * b.length);
    for (let i = 0; i < n; i++) out.set(b, i * b.length);
    return out;
  };
  const sig = GOOD_SIGNATURES[0].signature;
  return [
    { name: '20 MB of random bytes as the signature', run: () => verifyDetached({ data: DOCUMENT, signature: random(20e6), keys: ALICE, now: NOW }) },
    { name: '20 MB of armored garbage as the key', run: () => verifyDetached({ data: DOCUMENT, signature: sig, keys: armor('PUBLIC KEY BLOCK', random(15e6)), now: NOW }) },
    { name: '20 MB of armored garbage as key facts', run: () => readKeyFacts(armor('PUBLIC KEY BLOCK', random(15e6)), { now: NOW }) },
    { name: 'armored garbage just under the key limit', run: () => verifyDetached({ data: DOCUMENT, signature: sig, keys: armor('PUBLIC KEY BLOCK', random(5_900_000)), now: NOW }) },
    { name: 'packet-looking bytes just under the key limit', run: () => verifyDetached({ data: DOCUMENT, signature: sig, keys: random(8e6, 0xc6), now: NOW }) },
    { name: 'a clearsigned message of 15 MB with a garbage signature', run: () => verifyCleartext({ message: `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n${'a'.repeat(15e6)}\n${armor('SIGNATURE', random(3000))}`, keys: ALICE, now: NOW }) },
    { name: 'a good signature repeated to 1 MB (thousands of signatures)', expect: /^The signature file holds too many signatures over a document to be checked \(\d+; at most 100\)/, run: () => verifyDetached({ data: DOCUMENT, signature: repeat(sig, 1024 * 1024 - 1), keys: ALICE, now: NOW }) },
    { name: 'a key file of thousands of keys', expect: /^The key file holds too many keys, user IDs, subkeys and self-signatures to be checked \(\d+; at most 1000\)/, run: () => readKeyFacts(text('two-keys.asc').repeat(3000), { now: NOW }) },
    { name: 'a key flooded with copies of its self-signature', expect: /^The key file holds too many keys, user IDs, subkeys and self-signatures/, run: async () => {
      const packets = [...(await pgp.readKeys({ binaryKeys: KEYS[0] }))[0].toPacketList()].map((p) => { const l = new pgp.PacketList(); l.push(p); return l.write(); });
      return verifyDetached({ data: DOCUMENT, signature: sig, keys: Uint8Array.from([...packets[0], ...packets[1], ...repeat(packets[2], 2e6)]), now: NOW });
    } },
    { name: 'thousands of BEGIN lines', run: () => verifyDetached({ data: DOCUMENT, signature: '-----BEGIN PGP SIGNATURE-----\n'.repeat(30000), keys: ALICE, now: NOW }) },
  ];
})();

/** Runs one huge case and checks it: unreadable, in bounded time. */
export async function checkHuge(c: (typeof HUGE)[number]): Promise<number> {
  const start = performance.now();
  const r = await c.run();
  const ms = performance.now() - start;
  let en: string, fr: string;
  if ('ok' in r) {
    assert.ok(!r.ok, `${c.name}: read as keys`);
    [en, fr] = [explainProblem(r.problem, 'en'), explainProblem(r.problem, 'fr')];
  } else {
    assert.equal(r.verdict, 'unreadable', c.name);
    [en, fr] = [explain(r, 'en'), explain(r, 'fr')];
  }
  assert.ok(en.length > 10 && fr.length > 10);
  if (c.expect) assert.match(en, c.expect);
  if (c.expect) assert.match(fr, /contient trop de (signatures de document|clés, identités, sous-clés et auto-signatures) pour être vérifié/);
  assert.ok(ms < MAX_MS, `${c.name} took ${Math.round(ms)} ms`);
  return ms;
}
