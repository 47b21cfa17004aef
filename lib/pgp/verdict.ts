/**
 * The verification engine: one verdict for a signed document, the same in the
 * browser, at build time and on the command line (scripts/verify.ts).
 *
 * All parsing and cryptography is openpgp.js's, loaded on first use (dynamic
 * import), never at module load. Nothing here throws: every failure,
 * including hostile input, comes back as a verdict.
 *
 * How one signature is judged, in this order (the first that applies wins):
 *  1. who:   issuer not among the given keys -> wrong-key (issuer-unknown);
 *            key is not the expected fingerprint -> wrong-key (not-expected-key)
 *  2. what:  openpgp's SignaturePacket.verify over the content, dates aside
 *            -> invalid (content-changed); weak hash, weak key, unknown critical
 *            data, date in the future or before the key existed, key not
 *            allowed to sign -> invalid (with that reason)
 *  3. when:  as of `now`: key or signing subkey revoked -> key-revoked (as in
 *            openpgp.js, a compromise or unexplained revocation counts for all
 *            time, a "superseded" or "retired" one from its date on); key or
 *            signing subkey expired -> key-expired (even if it was valid when it
 *            signed: the directory asks whether the key can be relied on
 *            today; `validWhenSigned` tells the difference); signature
 *            expiration passed -> signature-expired
 *  4. gate:  openpgp.verify() at `now` must accept it too, else invalid
 *            (rejected): nothing openpgp.js refuses is ever `valid`.
 *
 * Several signatures in one file: each is judged and reported in
 * `signatures`. The file is `valid` when at least one signature is valid,
 * unless a signature from a given key says the content was changed (then
 * the file is `invalid`: a good and a bad signature from the same key cannot
 * both be right). With no valid signature, the most serious verdict is kept:
 * invalid, key-revoked, key-expired, signature-expired, then wrong-key.
 */
import type * as OpenPGP from 'openpgp';
import { explain } from './explain';
import {
  errorText,
  loadOpenPGP,
  normalizeFingerprint,
  readCleartextInput,
  readDataInput,
  readKeysInput,
  readSignatureInput,
  type Found,
  type InputName,
  type OpenPGPModule,
  type Problem,
  type UnreadableReason,
} from './inputs';
import { algorithmFacts, keyFacts, primaryCanSign, primaryRevocation, primaryUserId, subkeyFacts, type KeyFacts, type RevocationReason } from './key-facts';

export type { Found, InputName, UnreadableReason } from './inputs';
export type { KeyFacts, SubkeyFacts, Revocation, RevocationReason } from './key-facts';
export { explain, verdictLabel, type Lang } from './explain';
export { COUNT_LIMITS, LIMITS } from './inputs';

export type Verdict = 'valid' | 'invalid' | 'wrong-key' | 'key-expired' | 'key-revoked' | 'signature-expired' | 'unreadable';

/** Why, in more detail than the verdict. */
export type Reason =
  | 'good'
  | 'content-changed'
  | 'weak-hash'
  | 'weak-key'
  | 'unsupported'
  | 'future'
  | 'key-newer'
  | 'not-signing-key'
  | 'rejected'
  | 'issuer-unknown'
  | 'not-expected-key'
  | 'primary-expired'
  | 'subkey-expired'
  | 'primary-revoked'
  | 'subkey-revoked'
  | 'signature-expired'
  | UnreadableReason;

/** Everything known about the check; dates are ISO 8601 (UTC), fingerprints and key IDs uppercase hex. */
export interface Details {
  /** The moment the check was made as of (`now`). */
  checkedAt: string;
  /** unreadable: which input, what it held instead, the size limit it passed, openpgp's error. */
  input: InputName | null;
  found: Found | null;
  limitBytes: number | null;
  error: string | null;
  /** The signature: issuer key ID (the subkey's, when a subkey signed) and issuer fingerprint subpacket. */
  signingKeyId: string | null;
  issuerFingerprint: string | null;
  signatureCreated: string | null;
  /** null: the signature does not expire. */
  signatureExpires: string | null;
  signatureType: 'binary' | 'text' | null;
  hashAlgorithm: string | null;
  /** The key that made it: primary fingerprint, the (sub)key that signed, its primary user ID. */
  signerFingerprint: string | null;
  signingKeyFingerprint: string | null;
  signingKeyCreated: string | null;
  bySubkey: boolean | null;
  signerUserId: string | null;
  keyAlgorithm: string | null;
  keyCreated: string | null;
  /** null: never expires. */
  keyExpires: string | null;
  /** Revocation date of the primary key, null when not revoked. */
  keyRevoked: string | null;
  subkeyExpires: string | null;
  subkeyRevoked: string | null;
  revocationReason: RevocationReason | null;
  revocationText: string | null;
  /** key-expired / key-revoked: whether the signature predates the expiry or revocation. */
  validWhenSigned: boolean | null;
  expectedFingerprint: string | null;
  fingerprintMatches: boolean | null;
  /** Primary fingerprints of the keys given. */
  keysGiven: string[];
  /** Clearsigned files: text outside the signed block, which the signature does not cover. */
  textOutsideSignature: boolean | null;
}

export type Messages = { fr: string; en: string };

export interface SignatureCheck {
  verdict: Verdict;
  reason: Reason;
  details: Details;
  messages: Messages;
}

export interface VerifyResult extends SignatureCheck {
  kind: 'detached' | 'cleartext';
  /** Every signature over a document in the file, in file order (empty when an input is unreadable). */
  signatures: SignatureCheck[];
  /** Clearsigned files: the text the signature covers. Trust it only when the verdict is `valid`. */
  signedText: string | null;
}

export interface VerifyDetachedOptions {
  /** The signed file. A string is taken as UTF-8 text. */
  data: Uint8Array | string;
  /** The detached signature, armored or binary; may hold several signatures. */
  signature: Uint8Array | string;
  /** The key file, armored or binary; may hold several keys. */
  keys: Uint8Array | string;
  /** Primary key fingerprint the signer must have (spaces and 0x allowed). */
  expectFingerprint?: string | null;
  /** The moment to judge expiry and revocation at; default: the current time. */
  now?: Date;
}

export interface VerifyCleartextOptions {
  /** The clearsigned file ("-----BEGIN PGP SIGNED MESSAGE-----"). */
  message: Uint8Array | string;
  keys: Uint8Array | string;
  expectFingerprint?: string | null;
  now?: Date;
}

const iso = (date: Date) => date.toISOString();
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();

function blankDetails(now: Date): Details {
  return {
    checkedAt: iso(now),
    input: null,
    found: null,
    limitBytes: null,
    error: null,
    signingKeyId: null,
    issuerFingerprint: null,
    signatureCreated: null,
    signatureExpires: null,
    signatureType: null,
    hashAlgorithm: null,
    signerFingerprint: null,
    signingKeyFingerprint: null,
    signingKeyCreated: null,
    bySubkey: null,
    signerUserId: null,
    keyAlgorithm: null,
    keyCreated: null,
    keyExpires: null,
    keyRevoked: null,
    subkeyExpires: null,
    subkeyRevoked: null,
    revocationReason: null,
    revocationText: null,
    validWhenSigned: null,
    expectedFingerprint: null,
    fingerprintMatches: null,
    keysGiven: [],
    textOutsideSignature: null,
  };
}

function check(verdict: Verdict, reason: Reason, details: Details): SignatureCheck {
  const base = { verdict, reason, details };
  return { ...base, messages: { fr: explain(base, 'fr'), en: explain(base, 'en') } };
}

function unreadable(kind: VerifyResult['kind'], now: Date, problem: Problem, details: Partial<Details> = {}): VerifyResult {
  const d: Details = {
    ...blankDetails(now),
    ...details,
    input: problem.input,
    found: problem.found ?? null,
    limitBytes: problem.limit ?? null,
    error: problem.error ?? null,
  };
  return { ...check('unreadable', problem.reason, d), kind, signatures: [], signedText: null };
}

type Context = {
  pgp: OpenPGPModule;
  keys: OpenPGP.PublicKey[];
  expected: string | null;
  now: Date;
  /** The literal data packet the signatures are checked against. */
  literal: object;
  base: Details;
};

const expiryOf = (value: Date | number | null) => (value instanceof Date && Number.isFinite(value.getTime()) ? value : null);

/** Whether openpgp.js's key requirements (config) refuse this key packet's algorithm or size. */
function isWeakKey(pgp: OpenPGPModule, packet: OpenPGP.AnyKeyPacket): boolean {
  const info = packet.getAlgorithmInfo();
  const config = pgp.config;
  if (config.rejectPublicKeyAlgorithms.has(packet.algorithm)) return true;
  if (info.algorithm.startsWith('rsa') && (info.bits ?? 0) < config.minRSABits) return true;
  return info.curve !== undefined && (config.rejectCurves as Set<string>).has(info.curve);
}

function hashName(pgp: OpenPGPModule, algorithm: OpenPGP.enums.hash | null): string | null {
  if (algorithm === null) return null;
  try {
    return pgp.enums.read(pgp.enums.hash, algorithm).toUpperCase();
  } catch {
    return `#${algorithm}`;
  }
}

/** Judges one signature packet; `gate` is openpgp.verify()'s own result for it. */
async function checkSignature(ctx: Context, sig: OpenPGP.SignaturePacket, gate: Promise<unknown> | null): Promise<SignatureCheck> {
  const { pgp, now } = ctx;
  const d: Details = { ...ctx.base };
  const done = (verdict: Verdict, reason: Reason, extra: Partial<Details> = {}) => check(verdict, reason, { ...d, ...extra });

  d.signingKeyId = sig.issuerKeyID.toHex().toUpperCase();
  d.issuerFingerprint = sig.issuerFingerprint ? hex(sig.issuerFingerprint) : null;
  d.signatureType = sig.signatureType === pgp.enums.signature.text ? 'text' : 'binary';
  d.hashAlgorithm = hashName(pgp, sig.hashAlgorithm);
  const created = sig.created;
  const sigExpires = created ? expiryOf(sig.getExpirationTime()) : null;
  d.signatureCreated = created ? iso(created) : null;
  d.signatureExpires = sigExpires ? iso(sigExpires) : null;

  // 1. Who: the first given key holding the issuer key ID, as openpgp.verify() picks it.
  let key: OpenPGP.PublicKey | undefined;
  let signingKey: OpenPGP.PublicKey | OpenPGP.Subkey | undefined;
  for (const candidate of ctx.keys) {
    [signingKey] = candidate.getKeys(sig.issuerKeyID);
    if (signingKey) {
      key = candidate;
      break;
    }
  }
  if (!key || !signingKey) return done('wrong-key', 'issuer-unknown');
  const bySubkey = !signingKey.getKeyID().equals(key.getKeyID());
  const keyExpires = expiryOf(await key.getExpirationTime());
  const revocation = await primaryRevocation(pgp, key, now);
  const sub = bySubkey ? await subkeyFacts(pgp, signingKey as OpenPGP.Subkey, now) : null;
  Object.assign(d, {
    signerFingerprint: key.getFingerprint().toUpperCase(),
    signingKeyFingerprint: signingKey.getFingerprint().toUpperCase(),
    signingKeyCreated: iso(signingKey.getCreationTime()),
    bySubkey,
    signerUserId: await primaryUserId(key, now),
    keyAlgorithm: algorithmFacts(signingKey.getAlgorithmInfo()).algorithmLabel,
    keyCreated: iso(key.getCreationTime()),
    keyExpires: keyExpires ? iso(keyExpires) : null,
    keyRevoked: revocation?.date ?? null,
    subkeyExpires: sub?.expires ?? null,
    subkeyRevoked: sub?.revoked?.date ?? null,
    revocationReason: (revocation ?? sub?.revoked)?.reason ?? null,
    revocationText: (revocation ?? sub?.revoked)?.text ?? null,
  } satisfies Partial<Details>);
  if (ctx.expected) {
    d.fingerprintMatches = d.signerFingerprint === ctx.expected;
    if (!d.fingerprintMatches) return done('wrong-key', 'not-expected-key');
  }

  // 2. What: the content, checked by openpgp.js at the signature's own date (dates are judged below).
  if (!created || sig.signatureType === null) return done('invalid', 'rejected', { error: 'the signature has no creation date' });
  const config = pgp.config;
  if (sig.hashAlgorithm !== null && (config.rejectHashAlgorithms.has(sig.hashAlgorithm) || config.rejectMessageHashAlgorithms.has(sig.hashAlgorithm))) {
    return done('invalid', 'weak-hash');
  }
  const criticalUnknown =
    sig.unknownSubpackets.some((s) => s.critical) || sig.rawNotations.some((n) => n.critical && !config.knownNotations.includes(n.name));
  if (criticalUnknown) return done('invalid', 'unsupported');
  try {
    await sig.verify(signingKey.keyPacket, sig.signatureType, ctx.literal, created, true, config);
  } catch (error) {
    return done('invalid', 'content-changed', { error: errorText(error) });
  }
  if (created > now) return done('invalid', 'future');
  if (signingKey.getCreationTime() > created) return done('invalid', 'key-newer');
  if (isWeakKey(pgp, key.keyPacket) || isWeakKey(pgp, signingKey.keyPacket)) return done('invalid', 'weak-key');
  const canSign = sub ? sub.canSign : await primaryCanSign(pgp, key, now);
  if (canSign === false) return done('invalid', 'not-signing-key');

  // 3. When: the key and the signature as of `now`.
  if (revocation) return done('key-revoked', 'primary-revoked', { validWhenSigned: created < new Date(revocation.date) });
  if (sub?.revoked) return done('key-revoked', 'subkey-revoked', { validWhenSigned: created < new Date(sub.revoked.date) });
  if (keyExpires && keyExpires <= now) return done('key-expired', 'primary-expired', { validWhenSigned: created < keyExpires });
  if (sub?.expires && new Date(sub.expires) <= now) {
    return done('key-expired', 'subkey-expired', { validWhenSigned: created < new Date(sub.expires) });
  }
  if (sigExpires && sigExpires <= now) return done('signature-expired', 'signature-expired');

  // 4. openpgp.js's own verdict at `now` must agree.
  try {
    if (!gate) throw new Error('openpgp.js gave no result for this signature');
    await gate;
  } catch (error) {
    return done('invalid', 'rejected', { error: errorText(error) });
  }
  return done('valid', 'good');
}

const SEVERITY: Verdict[] = ['invalid', 'key-revoked', 'key-expired', 'signature-expired', 'wrong-key'];

/** The signature that decides the file's verdict (see the rule at the top of this file). */
function decide(checks: SignatureCheck[]): SignatureCheck {
  const contradicted = checks.find((c) => c.reason === 'content-changed');
  if (contradicted) return contradicted;
  const valid = checks.find((c) => c.verdict === 'valid');
  if (valid) return valid;
  for (const verdict of SEVERITY) {
    const found = checks.find((c) => c.verdict === verdict);
    if (found) return found;
  }
  return checks[0];
}

type Prepared = { pgp: OpenPGPModule; now: Date; expected: string | null };

/** Loads openpgp.js, checks `now` and the expected fingerprint, and turns any exception into a verdict. */
async function guarded(
  kind: VerifyResult['kind'],
  options: { now?: Date; expectFingerprint?: string | null },
  body: (prepared: Prepared) => Promise<VerifyResult>,
): Promise<VerifyResult> {
  const now = options.now ?? new Date();
  if (!Number.isFinite(now.getTime())) return unreadable(kind, new Date(), { input: null, reason: 'unexpected-error', error: '`now` is not a valid date' });
  let expected: string | null = null;
  if (options.expectFingerprint) {
    const normalized = normalizeFingerprint(options.expectFingerprint);
    if (!normalized.ok) return unreadable(kind, now, normalized.problem);
    expected = normalized.value;
  }
  try {
    const pgp = await loadOpenPGP();
    return await body({ pgp, now, expected });
  } catch (error) {
    return unreadable(kind, now, { input: null, reason: 'unexpected-error', error: errorText(error) }, { expectedFingerprint: expected });
  }
}

async function judge(
  kind: VerifyResult['kind'],
  { pgp, now, expected }: Prepared,
  keys: OpenPGP.Key[],
  signature: OpenPGP.Signature,
  literal: object,
  gate: () => Promise<OpenPGP.VerifyMessageResult>,
  extra: { textOutsideSignature: boolean | null; signedText: string | null },
): Promise<VerifyResult> {
  const publicKeys = keys.map((k) => k.toPublic());
  const base: Details = {
    ...blankDetails(now),
    expectedFingerprint: expected,
    keysGiven: publicKeys.map((k) => k.getFingerprint().toUpperCase()),
    textOutsideSignature: extra.textOutsideSignature,
  };
  let gates: Array<Promise<unknown>> = [];
  let gateError: unknown = null;
  try {
    gates = (await gate()).signatures.map((s) => s.verified);
  } catch (error) {
    gateError = error;
  }
  const ctx: Context = { pgp, keys: publicKeys, expected, now, literal, base };
  const checks: SignatureCheck[] = [];
  for (const [i, packet] of signature.packets.entries()) {
    checks.push(await checkSignature(ctx, packet, gateError ? Promise.reject(gateError) : (gates[i] ?? null)));
  }
  const decided = decide(checks);
  const overall = { verdict: decided.verdict, reason: decided.reason, details: decided.details, signatures: checks };
  return {
    ...overall,
    messages: { fr: explain(overall, 'fr'), en: explain(overall, 'en') },
    kind,
    signedText: extra.signedText,
  };
}

/** Checks a detached signature (armored or binary) of `data` against the key(s) of `keys`. */
export function verifyDetached(options: VerifyDetachedOptions): Promise<VerifyResult> {
  return guarded('detached', options, async (prepared) => {
    const { pgp, now } = prepared;
    const signature = await readSignatureInput(pgp, options.signature);
    if (!signature.ok) return unreadable('detached', now, signature.problem);
    const data = readDataInput(options.data);
    if (!data.ok) return unreadable('detached', now, data.problem);
    const keys = await readKeysInput(pgp, options.keys);
    if (!keys.ok) return unreadable('detached', now, keys.problem);
    // Bytes, never text: a binary signature covers the exact bytes; a text-mode one is
    // canonicalised to CRLF by openpgp.js itself (so CRLF and LF copies both verify, as in GnuPG).
    const message = await pgp.createMessage({ binary: data.value });
    const literal = message.packets.findPacket(pgp.enums.packet.literalData);
    if (!literal) throw new Error('openpgp.js made no literal data packet');
    const verificationKeys = keys.value.map((k) => k.toPublic());
    const gate = () => pgp.verify({ message, signature: signature.value, verificationKeys, date: now, expectSigned: false, format: 'binary' });
    return judge('detached', prepared, keys.value, signature.value, literal, gate, { textOutsideSignature: null, signedText: null });
  });
}

/** Checks a clearsigned message against the key(s) of `keys`. Only its first signed block counts. */
export function verifyCleartext(options: VerifyCleartextOptions): Promise<VerifyResult> {
  return guarded('cleartext', options, async (prepared) => {
    const { pgp, now } = prepared;
    const read = await readCleartextInput(pgp, options.message);
    if (!read.ok) return unreadable('cleartext', now, read.problem);
    const keys = await readKeysInput(pgp, options.keys);
    if (!keys.ok) return unreadable('cleartext', now, keys.problem);
    const { message, signature, outside } = read.value;
    const text = message.getText();
    const literal = (await pgp.createMessage({ text })).packets.findPacket(pgp.enums.packet.literalData);
    if (!literal) throw new Error('openpgp.js made no literal data packet');
    const verificationKeys = keys.value.map((k) => k.toPublic());
    const gate = () => pgp.verify({ message, verificationKeys, date: now, expectSigned: false });
    return judge('cleartext', prepared, keys.value, signature, literal, gate, { textOutsideSignature: outside, signedText: text });
  });
}

export type KeyFactsResult = { ok: true; keys: KeyFacts[] } | ({ ok: false } & SignatureCheck);

/** Facts about every key of a key file (armored or binary, one key or several), as of `now`. */
export async function readKeyFacts(key: Uint8Array | string, options: { now?: Date } = {}): Promise<KeyFactsResult> {
  const now = options.now && Number.isFinite(options.now.getTime()) ? options.now : new Date();
  const failed = (problem: Problem): KeyFactsResult => {
    const { verdict, reason, details, messages } = unreadable('detached', now, problem);
    return { ok: false, verdict, reason, details, messages };
  };
  try {
    const pgp = await loadOpenPGP();
    const keys = await readKeysInput(pgp, key);
    if (!keys.ok) return failed(keys.problem);
    return { ok: true, keys: await Promise.all(keys.value.map((k) => keyFacts(pgp, k, now))) };
  } catch (error) {
    return failed({ input: 'key', reason: 'unexpected-error', error: errorText(error) });
  }
}
