/**
 * One team's refresh: every source of every listed key fetched (bounded by
 * the fetcher), each answer judged against the listed fingerprint and merged
 * into the held key in source order; key.asc rewritten only when a key
 * changed; the signed document refreshed; the provenance record written.
 */
import 'server-only';
import path from 'node:path';
import type { Team } from '@/lib/profile/load';
import { refreshSignedDocument } from './documents';
import type { Fetcher } from './fetcher';
import { readHeldKeys, writeHeldKeys, type HeldKeys } from './held-key';
import { judgeKeyFile } from './judge';
import { keyStrength, mergeKey, weakening } from './merge';
import { readKeySources, writeKeySources, type KeyRecord, type KeySources, type SourceCheck } from './provenance';
import { checkSecurityTxt } from './security-txt';
import { keySources } from './sources';

/** A listed key whose state makes the command exit 1. */
export type KeyProblem = { slug: string; fingerprint: string; problem: 'missing' | 'mismatched' | 'newly-revoked' };

export type TeamRefresh = { slug: string; record: KeySources; problems: KeyProblem[] };

async function checkSource(check: SourceCheck, bytes: Uint8Array, held: HeldKeys, fingerprint: string, listed: string[], now: Date): Promise<SourceCheck> {
  const judged = await judgeKeyFile(bytes, fingerprint, listed);
  if (judged.outcome === 'refused') return { ...check, outcome: 'refused', reason: judged.reason };
  if (judged.outcome === 'other-fingerprint') return { ...check, outcome: 'other-fingerprint', fingerprints: judged.fingerprints };
  const current = held.get(fingerprint) ?? null;
  const weaker = current ? weakening(await keyStrength(current, now), await keyStrength(judged.key, now)) : null;
  const merged = await mergeKey(current, judged.key, now);
  if (merged.change === 'refused') return { ...check, outcome: 'same-fingerprint', merge: 'refused', reason: merged.reason };
  held.set(fingerprint, merged.key);
  const reason = weaker ? `this copy is weaker than the held key (${weaker}); nothing was lost` : undefined;
  return { ...check, outcome: 'same-fingerprint', merge: merged.change, ...(reason ? { reason } : {}) };
}

async function refreshKey(team: Team, fingerprint: string, held: HeldKeys, fetcher: Fetcher, now: Date): Promise<KeyRecord> {
  const listed = team.profile.pgp_keys.map((k) => k.fingerprint);
  const sources = keySources(team, fingerprint);
  const answers = await Promise.all(sources.map((s) => fetcher(s.url)));
  const hadKey = held.has(fingerprint);
  const wasRevoked = hadKey && (await held.get(fingerprint)!.isRevoked(undefined, undefined, now));
  const checks: SourceCheck[] = [];
  let changed = false;
  for (const [i, source] of sources.entries()) {
    const base: SourceCheck = { kind: source.kind, url: source.url, checked_at: now.toISOString(), outcome: 'unreachable' };
    const answer = answers[i];
    if (!answer.ok) {
      checks.push({ ...base, outcome: answer.outcome, reason: answer.reason });
      continue;
    }
    const check = await checkSource(base, answer.bytes, held, fingerprint, listed, now);
    checks.push(check);
    changed ||= check.merge === 'new' || check.merge === 'updated';
  }
  const key = held.get(fingerprint);
  const revoked = key ? await key.isRevoked(undefined, undefined, now) : false;
  return {
    fingerprint,
    state: !key ? 'missing' : !hadKey ? 'new' : changed ? 'updated' : 'unchanged',
    revoked,
    newly_revoked: revoked && !wasRevoked,
    sources: checks,
  };
}

export async function refreshTeam(team: Team, fetcher: Fetcher, now: Date): Promise<TeamRefresh> {
  const dir = path.dirname(team.file);
  const held = await readHeldKeys(dir);
  const listed = team.profile.pgp_keys.map((k) => k.fingerprint);
  const keys: KeyRecord[] = [];
  for (const fingerprint of listed) keys.push(await refreshKey(team, fingerprint, held, fetcher, now));
  if (keys.some((k) => k.state === 'new' || k.state === 'updated')) writeHeldKeys(dir, held, listed);
  const heldBytes = held.size ? Buffer.concat([...held.values()].map((k) => k.write())) : null;
  const documents = await refreshSignedDocument(team, heldBytes, fetcher, now);
  const securityTxt = await checkSecurityTxt(team, heldBytes, fetcher, now, readKeySources(dir)?.security_txt);
  const record: KeySources = { format: 1, team: team.slug, checked_at: now.toISOString(), keys, documents, ...(securityTxt && { security_txt: securityTxt }) };
  writeKeySources(dir, record);
  const problems: KeyProblem[] = keys.flatMap((k) => [
    ...(k.state === 'missing' ? [{ slug: team.slug, fingerprint: k.fingerprint, problem: 'missing' as const }] : []),
    ...(k.sources.some((s) => s.outcome === 'other-fingerprint') ? [{ slug: team.slug, fingerprint: k.fingerprint, problem: 'mismatched' as const }] : []),
    ...(k.newly_revoked ? [{ slug: team.slug, fingerprint: k.fingerprint, problem: 'newly-revoked' as const }] : []),
  ]);
  return { slug: team.slug, record, problems };
}
