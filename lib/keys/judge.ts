/**
 * What a fetched file holds, judged against the listed fingerprint: the key
 * (accepted only when its primary fingerprint is the listed one), another
 * key, or something refused (not a key, secret key material, keys the team
 * does not list). Secret material is refused before anything else is read.
 */
import * as openpgp from 'openpgp';

export type Judged =
  | { outcome: 'same-fingerprint'; key: openpgp.PublicKey }
  | { outcome: 'other-fingerprint'; fingerprints: string[] }
  | { outcome: 'refused'; reason: string };

const fingerprintOf = (key: openpgp.Key) => key.getFingerprint().toUpperCase();
const ARMOR = /-----BEGIN PGP [A-Z ]+-----/;

async function readAll(bytes: Uint8Array): Promise<openpgp.Key[]> {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (ARMOR.test(text)) return openpgp.readKeys({ armoredKeys: text });
  return openpgp.readKeys({ binaryKeys: bytes });
}

/**
 * `listed` is every fingerprint the team lists: a file may serve several of
 * the team's keys, but a file that also holds keys the team does not list is
 * refused whole (a key-flooding or mixed-up source).
 */
export async function judgeKeyFile(bytes: Uint8Array, fingerprint: string, listed: readonly string[]): Promise<Judged> {
  if (/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(new TextDecoder().decode(bytes.subarray(0, 4096)))) {
    return { outcome: 'refused', reason: 'the file holds SECRET key material' };
  }
  let keys: openpgp.Key[];
  try {
    keys = await readAll(bytes);
  } catch (error) {
    const start = new TextDecoder().decode(bytes.subarray(0, 200)).trimStart().toLowerCase();
    const what = start.startsWith('<') ? 'an HTML or XML page' : `not an OpenPGP key (${(error as Error).message.slice(0, 80)})`;
    return { outcome: 'refused', reason: `the file is ${what}` };
  }
  if (keys.some((k) => k.isPrivate())) return { outcome: 'refused', reason: 'the file holds SECRET key material' };
  const fingerprints = keys.map(fingerprintOf);
  const unlisted = fingerprints.filter((f) => !listed.includes(f));
  const match = keys.find((k) => fingerprintOf(k) === fingerprint);
  if (!match) return { outcome: 'other-fingerprint', fingerprints: fingerprints.slice(0, 10) };
  if (unlisted.length) return { outcome: 'refused', reason: `the file holds ${keys.length} keys, ${unlisted.length} of them not listed by the team` };
  return { outcome: 'same-fingerprint', key: match as openpgp.PublicKey };
}
