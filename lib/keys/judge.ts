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
const ARMOR_BLOCK = /-----BEGIN PGP ([A-Z ]+)-----[\s\S]*?-----END PGP \1-----/g;

/** Every key of the file: binary packets, or each armored block (openpgp.js reads only the first block of a text). */
async function readAll(text: string, bytes: Uint8Array): Promise<openpgp.Key[]> {
  const blocks = [...text.matchAll(ARMOR_BLOCK)].map((m) => m[0]);
  if (!blocks.length) return openpgp.readKeys({ binaryKeys: bytes });
  return (await Promise.all(blocks.map((armoredKeys) => openpgp.readKeys({ armoredKeys })))).flat();
}

/**
 * `listed` is every fingerprint the team lists: a file may serve several of
 * the team's keys, but a file that also holds keys the team does not list is
 * refused whole (a key-flooding or mixed-up source).
 */
export async function judgeKeyFile(bytes: Uint8Array, fingerprint: string, listed: readonly string[]): Promise<Judged> {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----')) return { outcome: 'refused', reason: 'the file holds SECRET key material' };
  let keys: openpgp.Key[];
  try {
    keys = await readAll(text, bytes);
  } catch (error) {
    const start = text.slice(0, 200).trimStart().toLowerCase();
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
