/**
 * Judging one signature packet, and choosing the one that decides a file.
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
 * Several signatures in one file: the file is `valid` when at least one
 * signature is valid, unless a signature from a given key says the content was
 * changed (then the file is `invalid`: a good and a bad signature from the
 * same key cannot both be right). With no valid signature, the most serious
 * verdict is kept: invalid, key-revoked, key-expired, signature-expired, then wrong-key.
 */
import type * as OpenPGP from 'openpgp';
import { issuerOf } from './issuers';
import { algorithmFacts, primaryCanSign, primaryRevocation, primaryUserId, subkeyFacts } from './key-facts';
import { errorCause, errorText, type OpenPGPModule } from './openpgp';
import type { Details, SignatureCheck, Verdict, VerdictReason } from './verdict';

export type SignatureContext = {
  pgp: OpenPGPModule;
  keys: OpenPGP.PublicKey[];
  expected: string | null;
  now: Date;
  /** The literal data packet the signatures are checked against. */
  literal: object;
  base: Details;
};

const iso = (date: Date) => date.toISOString();
const expiryOf = (value: Date | number | null) => (value instanceof Date && Number.isFinite(value.getTime()) ? value : null);
const failure = (error: unknown): Partial<Details> => ({ error: errorText(error), errorCause: errorCause(error) });

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
export async function checkSignature(ctx: SignatureContext, sig: OpenPGP.SignaturePacket, gate: Promise<unknown> | null): Promise<SignatureCheck> {
  const { pgp, now } = ctx;
  const d: Details = { ...ctx.base };
  const done = (verdict: Verdict, reason: VerdictReason, extra: Partial<Details> = {}): SignatureCheck => ({ verdict, reason, details: { ...d, ...extra } });

  const issuer = issuerOf(sig);
  d.signingKeyId = issuer.keyId;
  d.issuerFingerprint = issuer.fingerprint;
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
  if (!created || sig.signatureType === null) return done('invalid', 'rejected', { errorCause: 'no-creation-time' });
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
    return done('invalid', 'content-changed', failure(error));
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
  if (!gate) return done('invalid', 'rejected', { errorCause: 'no-gate-result' });
  try {
    await gate;
  } catch (error) {
    return done('invalid', 'rejected', failure(error));
  }
  return done('valid', 'good');
}

const SEVERITY: Verdict[] = ['invalid', 'key-revoked', 'key-expired', 'signature-expired', 'wrong-key'];

/** The signature that decides the file's verdict (see the rule at the top of this file). */
export function decide(checks: SignatureCheck[]): SignatureCheck {
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
