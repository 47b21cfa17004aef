/**
 * Facts about OpenPGP keys, as openpgp.js sees them at a given date:
 * fingerprint, algorithm, dates, user IDs, signing subkeys, revocation.
 * Dates are ISO 8601 strings (UTC); `null` expiry means "never".
 */
import type * as OpenPGP from 'openpgp';
import type { OpenPGPModule } from './openpgp';

export type RevocationReason = 'no-reason' | 'superseded' | 'compromised' | 'retired' | 'user-id-invalid' | 'other';

export interface Revocation {
  date: string;
  reason: RevocationReason;
  /** The free text the key owner gave with the revocation, if any. */
  text: string | null;
}

export interface SubkeyFacts {
  fingerprint: string;
  keyId: string;
  algorithm: string;
  bits: number | null;
  curve: string | null;
  /** "RSA 4096", "EdDSA Ed25519", … */
  algorithmLabel: string;
  created: string;
  expires: string | null;
  expired: boolean;
  revoked: Revocation | null;
  canSign: boolean;
}

export interface KeyFacts extends Omit<SubkeyFacts, 'canSign'> {
  /** Whether the primary key itself may sign documents (its self-signature has the sign flag). */
  canSign: boolean | null;
  userIds: string[];
  primaryUserId: string | null;
  /** Subkeys allowed to sign documents, with their own dates and revocation. */
  signingSubkeys: SubkeyFacts[];
  /** The file held the secret key too: it should never be published. */
  secret: boolean;
}

const iso = (date: Date) => date.toISOString();
/** openpgp's "Date | Infinity | null" expiry as an ISO date, null meaning never (or unknown). */
const expiryOf = (value: Date | number | null) => (value instanceof Date && Number.isFinite(value.getTime()) ? value : null);

const ALGORITHMS: Record<string, string> = {
  rsaEncryptSign: 'RSA',
  rsaEncrypt: 'RSA',
  rsaSign: 'RSA',
  dsa: 'DSA',
  elgamal: 'ElGamal',
  ecdsa: 'ECDSA',
  eddsaLegacy: 'EdDSA',
  ecdh: 'ECDH',
  ed25519: 'Ed25519',
  ed448: 'Ed448',
  x25519: 'X25519',
  x448: 'X448',
};
const CURVES: Record<string, string> = {
  ed25519Legacy: 'Ed25519',
  curve25519Legacy: 'Cv25519',
  nistP256: 'NIST P-256',
  nistP384: 'NIST P-384',
  nistP521: 'NIST P-521',
};

export function algorithmFacts(info: OpenPGP.AlgorithmInfo) {
  const name = ALGORITHMS[info.algorithm] ?? info.algorithm;
  const curve = info.curve ?? null;
  const label = info.bits ? `${name} ${info.bits}` : curve ? `${name} ${CURVES[curve] ?? curve}` : name;
  return { algorithm: info.algorithm as string, bits: info.bits ?? null, curve, algorithmLabel: label };
}

function reasonOf(pgp: OpenPGPModule, flag: number | null): RevocationReason {
  const r = pgp.enums.reasonForRevocation;
  const names: Record<number, RevocationReason> = {
    [r.noReason]: 'no-reason',
    [r.keySuperseded]: 'superseded',
    [r.keyCompromised]: 'compromised',
    [r.keyRetired]: 'retired',
    [r.userIDInvalid]: 'user-id-invalid',
  };
  return flag === null ? 'no-reason' : (names[flag] ?? 'other');
}

/**
 * The revocation in force at `now`, found the way openpgp.js decides it
 * (isDataRevoked): a "hard" revocation (compromised, no reason) counts whenever
 * it was made; a "soft" one (superseded, retired) only from its date on.
 * Each candidate is checked with openpgp's own SignaturePacket.verify.
 */
async function revocationOf(
  pgp: OpenPGPModule,
  revocations: OpenPGP.SignaturePacket[],
  type: OpenPGP.enums.signature,
  dataToVerify: object,
  keyPacket: OpenPGP.AnyKeyPacket,
  now: Date,
): Promise<Revocation | null> {
  const r = pgp.enums.reasonForRevocation;
  const soft = new Set<number | null>([r.keySuperseded, r.keyRetired, r.userIDInvalid]);
  const sorted = [...revocations].sort((a, b) => (a.created?.getTime() ?? 0) - (b.created?.getTime() ?? 0));
  for (const sig of sorted) {
    if (!sig.created) continue;
    const hard = !soft.has(sig.reasonForRevocationFlag);
    if (!hard && sig.created > now) continue;
    try {
      await sig.verify(keyPacket, type, dataToVerify, hard ? sig.created : now, false, pgp.config);
    } catch {
      continue;
    }
    return { date: iso(sig.created), reason: reasonOf(pgp, sig.reasonForRevocationFlag), text: sig.reasonForRevocationString || null };
  }
  return null;
}

/** Revocation of the primary key at `now`; openpgp's isRevoked() decides, the scan above dates it. */
export async function primaryRevocation(pgp: OpenPGPModule, key: OpenPGP.Key, now: Date): Promise<Revocation | null> {
  if (!(await key.isRevoked(undefined, undefined, now))) return null;
  const found = await revocationOf(pgp, key.revocationSignatures, pgp.enums.signature.keyRevocation, { key: key.keyPacket }, key.keyPacket, now);
  return found ?? { date: iso(key.revocationSignatures[0]?.created ?? now), reason: 'other', text: null };
}

/** The most recent subkey binding signature that openpgp.js verifies. */
async function latestBinding(pgp: OpenPGPModule, subkey: OpenPGP.Subkey): Promise<OpenPGP.SignaturePacket | null> {
  const primary = subkey.mainKey.keyPacket;
  const sorted = [...subkey.bindingSignatures].sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0));
  for (const sig of sorted) {
    try {
      await sig.verify(primary, pgp.enums.signature.subkeyBinding, { key: primary, bind: subkey.keyPacket }, sig.created ?? undefined, false, pgp.config);
      return sig;
    } catch {
      /* try an older one */
    }
  }
  return null;
}

const hasFlag = (flags: Uint8Array | null | undefined, flag: number) => Boolean(flags && flags.length > 0 && flags[0] & flag);

export async function subkeyFacts(pgp: OpenPGPModule, subkey: OpenPGP.Subkey, now: Date): Promise<SubkeyFacts> {
  const binding = await latestBinding(pgp, subkey);
  const expires = expiryOf(
    (await subkey.getExpirationTime(now)) ?? (binding?.created ? await subkey.getExpirationTime(binding.created) : null),
  );
  let revoked: Revocation | null = null;
  if (binding && (await subkey.isRevoked(binding, subkey.mainKey.keyPacket, now))) {
    const primary = subkey.mainKey.keyPacket;
    revoked = (await revocationOf(
      pgp,
      subkey.revocationSignatures,
      pgp.enums.signature.subkeyRevocation,
      { key: primary, bind: subkey.keyPacket },
      primary,
      now,
    )) ?? { date: iso(subkey.revocationSignatures[0]?.created ?? now), reason: 'other', text: null };
  }
  return {
    fingerprint: subkey.getFingerprint().toUpperCase(),
    keyId: subkey.getKeyID().toHex().toUpperCase(),
    ...algorithmFacts(subkey.getAlgorithmInfo()),
    created: iso(subkey.getCreationTime()),
    expires: expires ? iso(expires) : null,
    expired: expires !== null && expires <= now,
    revoked,
    canSign: binding !== null && hasFlag(binding.keyFlags, pgp.enums.keyFlags.signData),
  };
}

/** The primary user ID valid at `now` (or at any time), else the first user ID. */
export async function primaryUserId(key: OpenPGP.Key, now: Date): Promise<string | null> {
  for (const date of [now, key.getCreationTime()]) {
    try {
      const { user } = await key.getPrimaryUser(date);
      if (user.userID) return user.userID.userID;
    } catch {
      /* no valid primary user at that date */
    }
  }
  return key.getUserIDs()[0] ?? null;
}

/** Whether the primary key's self-signature allows signing documents (null: it has no key flags or no valid self-signature). */
export async function primaryCanSign(pgp: OpenPGPModule, key: OpenPGP.Key, now: Date): Promise<boolean | null> {
  for (const date of [now, key.getCreationTime()]) {
    try {
      const { selfCertification } = await key.getPrimaryUser(date);
      return selfCertification.keyFlags ? hasFlag(selfCertification.keyFlags, pgp.enums.keyFlags.signData) : null;
    } catch {
      /* try the other date */
    }
  }
  return null;
}

export async function keyFacts(pgp: OpenPGPModule, key: OpenPGP.Key, now: Date): Promise<KeyFacts> {
  const expires = expiryOf(await key.getExpirationTime());
  const subkeys = await Promise.all(key.subkeys.map((s) => subkeyFacts(pgp, s, now)));
  return {
    fingerprint: key.getFingerprint().toUpperCase(),
    keyId: key.getKeyID().toHex().toUpperCase(),
    ...algorithmFacts(key.getAlgorithmInfo()),
    created: iso(key.getCreationTime()),
    expires: expires ? iso(expires) : null,
    expired: expires !== null && expires <= now,
    revoked: await primaryRevocation(pgp, key, now),
    canSign: await primaryCanSign(pgp, key, now),
    userIds: key.getUserIDs(),
    primaryUserId: await primaryUserId(key, now),
    signingSubkeys: subkeys.filter((s) => s.canSign),
    secret: key.isPrivate(),
  };
}
