/**
 * Where a team's listed key may be fetched: the key's URLs in the profile,
 * the Web Key Directory of each of the team's e-mail addresses (advanced,
 * then direct), and keys.openpgp.org's VKS interface by fingerprint.
 */
import 'server-only';
import type { Team } from '@/lib/profile/load';
import { wkdUrls } from './wkd';

export const SOURCE_KINDS = ['profile-url', 'wkd-advanced', 'wkd-direct', 'vks'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type KeySource = { kind: SourceKind; url: string };

export const VKS_BASE = 'https://keys.openpgp.org';

/** Every source to try for the listed key `fingerprint` of `team`, without repeats. */
export function keySources(team: Team, fingerprint: string): KeySource[] {
  const key = team.profile.pgp_keys.find((k) => k.fingerprint === fingerprint);
  const sources: KeySource[] = (key?.urls ?? []).map((url) => ({ kind: 'profile-url', url }));
  for (const { address } of team.profile.emails) {
    const wkd = wkdUrls(address);
    sources.push({ kind: 'wkd-advanced', url: wkd.advanced }, { kind: 'wkd-direct', url: wkd.direct });
  }
  sources.push({ kind: 'vks', url: `${VKS_BASE}/vks/v1/by-fingerprint/${fingerprint}` });
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.url) && seen.add(s.url));
}
