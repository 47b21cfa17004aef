/**
 * What the verification engine answers: a verdict, the reason for it as a
 * code, and the facts it rests on. Data only: explain.ts chooses the words
 * (French or English) where a result is shown.
 */
import type { InputProblem, UnreadableReason } from './inputs';
import type { RevocationReason } from './key-facts';
import type { ErrorCause } from './openpgp';

export const VERDICTS = ['valid', 'invalid', 'wrong-key', 'key-expired', 'key-revoked', 'signature-expired', 'unreadable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why, in more detail than the verdict. */
export type VerdictReason =
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

/** The verdict each reason belongs to; the compiler checks it names every reason, once. */
export const VERDICT_OF_REASON = {
  good: 'valid',
  'content-changed': 'invalid',
  'weak-hash': 'invalid',
  'weak-key': 'invalid',
  unsupported: 'invalid',
  future: 'invalid',
  'key-newer': 'invalid',
  'not-signing-key': 'invalid',
  rejected: 'invalid',
  'issuer-unknown': 'wrong-key',
  'not-expected-key': 'wrong-key',
  'primary-expired': 'key-expired',
  'subkey-expired': 'key-expired',
  'primary-revoked': 'key-revoked',
  'subkey-revoked': 'key-revoked',
  'signature-expired': 'signature-expired',
  empty: 'unreadable',
  'too-large': 'unreadable',
  'too-many': 'unreadable',
  truncated: 'unreadable',
  damaged: 'unreadable',
  'not-openpgp': 'unreadable',
  'wrong-type': 'unreadable',
  'no-signature': 'unreadable',
  'bad-fingerprint': 'unreadable',
  'unexpected-error': 'unreadable',
} as const satisfies Record<VerdictReason, Verdict>;

/** Everything known about the check; dates are ISO 8601 (UTC), fingerprints and key IDs uppercase hex. */
export interface Details {
  /** The moment the check was made as of (`now`). */
  checkedAt: string;
  /** rejected, content-changed, unexpected-error: the library's message (English, a technical detail) and its code. */
  error: string | null;
  errorCause: ErrorCause | null;
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

export interface SignatureCheck {
  verdict: Verdict;
  reason: VerdictReason;
  details: Details;
}

export interface VerifyResult extends SignatureCheck {
  kind: 'detached' | 'cleartext';
  /** Every signature over a document in the file, in file order (empty when an input is unreadable). */
  signatures: SignatureCheck[];
  /**
   * unreadable: every input that cannot be used, each on its own (a bad key is
   * reported even beside a bad signature); `reason` is the first one's. Empty otherwise.
   */
  problems: InputProblem[];
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

export function blankDetails(now: Date): Details {
  return {
    checkedAt: now.toISOString(),
    error: null,
    errorCause: null,
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
