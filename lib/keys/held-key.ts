/**
 * The key file the build reads (content/teams/<slug>/key.asc): read as a map
 * fingerprint → public key, written as one armored block holding every held
 * key in the profile's order. A held file that is unreadable or holds secret
 * material is an error for the team, never silently overwritten.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { KEY_FILE } from '@/lib/profile/files';

export type HeldKeys = Map<string, openpgp.PublicKey>;

export class HeldKeyError extends Error {}

export async function readHeldKeys(teamDir: string): Promise<HeldKeys> {
  const file = path.join(teamDir, KEY_FILE);
  const held: HeldKeys = new Map();
  if (!fs.existsSync(file)) return held;
  const bytes = fs.readFileSync(file);
  let keys: openpgp.Key[];
  try {
    const text = bytes.toString('utf8');
    keys = text.includes('-----BEGIN PGP') ? await openpgp.readKeys({ armoredKeys: text }) : await openpgp.readKeys({ binaryKeys: bytes });
  } catch (error) {
    throw new HeldKeyError(`${file}: the held key file is unreadable (${(error as Error).message.slice(0, 120)}); fix or remove it`);
  }
  for (const key of keys) {
    if (key.isPrivate()) throw new HeldKeyError(`${file}: the held key file holds SECRET key material: remove it at once`);
    held.set(key.getFingerprint().toUpperCase(), key as openpgp.PublicKey);
  }
  return held;
}

/** key.asc with the held keys of the listed fingerprints, in that order; nothing written when none is held. */
export function writeHeldKeys(teamDir: string, held: HeldKeys, listed: readonly string[]): void {
  const keys = listed.map((f) => held.get(f)).filter((k): k is openpgp.PublicKey => !!k);
  if (!keys.length) return;
  const bytes = Buffer.concat(keys.map((k) => k.write()));
  fs.writeFileSync(path.join(teamDir, KEY_FILE), openpgp.armor(openpgp.enums.armor.publicKey, bytes));
}
