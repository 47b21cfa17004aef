/**
 * Merging a fetched copy into the held key with openpgp.js (Key.update: new
 * self-signatures, revocations, subkeys and their bindings). The merge is
 * kept only when it is not weaker than the held key: a revocation is never
 * lost, the expiry never moves earlier, no valid subkey or user ID goes away.
 */
import * as openpgp from 'openpgp';

/** What the merge must never lose, as judged at `now`. */
export type KeyStrength = { revoked: boolean; expires: number; subkeys: Set<string>; userIds: Set<string> };

async function expiryOf(key: openpgp.PublicKey): Promise<number> {
  try {
    const time = await key.getExpirationTime();
    return time === Infinity || time === null ? Infinity : time instanceof Date ? time.getTime() : Number(time);
  } catch {
    return -Infinity;
  }
}

export async function keyStrength(key: openpgp.PublicKey, now: Date): Promise<KeyStrength> {
  const subkeys = new Set<string>();
  for (const subkey of key.subkeys) {
    try {
      await subkey.verify(now);
      subkeys.add(subkey.getFingerprint());
    } catch {
      // An expired, revoked or badly bound subkey is not one to keep.
    }
  }
  return {
    revoked: await key.isRevoked(undefined, undefined, now),
    expires: await expiryOf(key),
    subkeys,
    userIds: new Set(key.users.map((u) => u.userID?.userID ?? '').filter(Boolean)),
  };
}

/** Why `after` is weaker than `before`, or null when it is not. */
export function weakening(before: KeyStrength, after: KeyStrength): string | null {
  if (before.revoked && !after.revoked) return 'the revocation would be lost';
  if (after.expires < before.expires) return 'the expiry would move earlier';
  for (const fpr of before.subkeys) if (!after.subkeys.has(fpr)) return `subkey ${fpr.toUpperCase()} would stop being valid`;
  for (const id of before.userIds) if (!after.userIds.has(id)) return `user ID "${id}" would be lost`;
  return null;
}

export type Merged =
  | { change: 'new' | 'updated' | 'unchanged'; key: openpgp.PublicKey }
  | { change: 'refused'; reason: string };

const same = (a: openpgp.PublicKey, b: openpgp.PublicKey) => Buffer.from(a.write()).equals(Buffer.from(b.write()));

/** The held key (null when none) updated with `fetched`, both of the same primary fingerprint. */
export async function mergeKey(held: openpgp.PublicKey | null, fetched: openpgp.PublicKey, now: Date): Promise<Merged> {
  if (!held) return { change: 'new', key: fetched };
  const before = await keyStrength(held, now);
  let merged: openpgp.PublicKey;
  try {
    merged = (await held.update(fetched, now)) as openpgp.PublicKey;
  } catch (error) {
    return { change: 'refused', reason: `merge failed (${(error as Error).message.slice(0, 120)})` };
  }
  const after = await keyStrength(merged, now);
  const weaker = weakening(before, after);
  if (weaker) return { change: 'refused', reason: `this copy would weaken the held key: ${weaker}` };
  if (same(held, merged)) return { change: 'unchanged', key: held };
  return { change: 'updated', key: merged };
}
