/**
 * The directory's key index (/files/keys.json): every fingerprint a profile
 * lists, with its team and, when the directory holds the key, where it is.
 * The verify page looks a signature's issuer up in it. Built by keyIndex() at
 * build time; findIssuer() runs in the browser.
 */
import { normalizeHex } from '@/lib/keys/fingerprint';

export type KeyIndexEntry = {
  slug: string;
  name: string;
  fingerprint: string;
  /** Same-origin URL of the key file when the directory holds this key, else null. */
  key: string | null;
};

/** What keyIndex needs of a team: its listed fingerprints, and the fingerprints and URL of the key file the directory holds. */
export type KeyIndexSource = {
  slug: string;
  name: string;
  listed: readonly string[];
  held: { fingerprints: readonly string[]; url: string } | null;
};

/** One entry per listed fingerprint, in the teams' order; `key` is set only for a fingerprint the held key file has. */
export function keyIndex(teams: readonly KeyIndexSource[]): KeyIndexEntry[] {
  return teams.flatMap((team) =>
    team.listed.map((fingerprint) => ({
      slug: team.slug,
      name: team.name,
      fingerprint,
      key: team.held && team.held.fingerprints.includes(fingerprint) ? team.held.url : null,
    })),
  );
}

/** Finds the entry whose fingerprint is, or ends with, the issuer's fingerprint or key ID. */
export function findIssuer(index: KeyIndexEntry[], issuer: { fingerprint?: string | null; keyId?: string | null }): KeyIndexEntry | undefined {
  const fpr = issuer.fingerprint && normalizeHex(issuer.fingerprint);
  const id = issuer.keyId && normalizeHex(issuer.keyId);
  return index.find((e) => (fpr && e.fingerprint === fpr) || (id && id.length >= 16 && e.fingerprint.endsWith(id)));
}
