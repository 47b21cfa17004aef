/**
 * Build-time reading of the keys teams keep in their folder (key.asc), with
 * the same engine the browser and the CLI use. A key file that cannot be read,
 * holds a secret key, or whose fingerprint the profile does not list stops the
 * build with the file named.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { explainProblem } from '@/lib/pgp/explain-problem';
import type { KeyFacts } from '@/lib/pgp/key-facts';
import { readKeyFacts } from '@/lib/pgp/key-file';
import { ProfileError, type Team } from './load';
import { KEY_FILE, teamFiles, type TeamFiles } from './files';
import { buildNow } from '@/lib/site/build-time';
import { verifyDetached } from '@/lib/pgp/verify';
import { explain } from '@/lib/pgp/explain';
import type { VerifyResult } from '@/lib/pgp/verdict';
import type { UiLang } from '@/lib/i18n/ui-lang';
import { mayReproduce } from './rights';

/** A signed file of the folder checked at build time with the held key (the key pinned to the listed fingerprint). */
export type BuildCheck = { file: string; signature: string; verdict: VerifyResult['verdict']; explanation: Record<UiLang, string> };

export type TeamKeys = {
  files: TeamFiles;
  /** Facts of each key in key.asc, as of the build; null when the folder holds no key. */
  keys: KeyFacts[] | null;
  /** The moment expiry and revocation were judged at. */
  asOf: string;
  /** Each signature of the folder's documents, verified at build time; empty when no key is held. */
  checks: BuildCheck[];
};

const cache = new Map<string, Promise<TeamKeys>>();

async function read(team: Team, now: Date): Promise<TeamKeys> {
  const all = teamFiles(path.dirname(team.file));
  // A document that may not be reproduced is not published, nor profile.md with its text (lib/profile/rights.ts).
  const files = mayReproduce(team.profile) ? all : { ...all, documents: [] };
  if (!files.key) return { files, keys: null, asOf: now.toISOString(), checks: [] };
  const where = path.join(path.dirname(team.file), KEY_FILE);
  const result = await readKeyFacts(fs.readFileSync(where), { now });
  if (!result.ok) throw new ProfileError(where, null, `unreadable key: ${explainProblem(result.problem, 'en')}`);
  const listed = new Set(team.profile.pgp_keys.map((k) => k.fingerprint));
  for (const key of result.keys) {
    if (key.secret) throw new ProfileError(where, null, 'the file holds a SECRET key: remove it at once and publish the public key only');
    if (!listed.has(key.fingerprint)) {
      throw new ProfileError(where, null, `key ${key.fingerprint} is not listed in the profile's pgp_keys (listed: ${[...listed].join(', ') || 'none'})`);
    }
  }
  return { files, keys: result.keys, asOf: now.toISOString(), checks: await buildChecks(files, fs.readFileSync(where), team.profile.pgp_keys.length === 1 ? team.profile.pgp_keys[0].fingerprint : undefined, now) };
}

/** Verifies every detached signature of the folder's documents with the held key, as of the build. */
async function buildChecks(files: TeamFiles, key: Buffer, expectFingerprint: string | undefined, now: Date): Promise<BuildCheck[]> {
  const checks: BuildCheck[] = [];
  for (const doc of files.documents) {
    for (const signature of doc.signatures) {
      const result = await verifyDetached({ data: fs.readFileSync(path.join(files.dir, doc.name)), signature: fs.readFileSync(path.join(files.dir, signature)), keys: key, expectFingerprint, now });
      checks.push({ file: doc.name, signature, verdict: result.verdict, explanation: { fr: explain(result, 'fr'), en: explain(result, 'en') } });
    }
  }
  return checks;
}

/** The team's folder files and key facts; read once per build. */
export function teamKeys(team: Team, now: Date = buildNow()): Promise<TeamKeys> {
  let entry = cache.get(team.file);
  if (!entry) {
    entry = read(team, now);
    cache.set(team.file, entry);
  }
  return entry;
}
