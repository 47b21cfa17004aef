/**
 * The provenance record written beside a team's key by keys:refresh
 * (content/teams/<slug>/key-sources.json): for each listed key, each source
 * tried, when, and what it gave; and the signed document's fetch. Machine
 * written; the build and the team page read it with `readKeySources`.
 * Fields are documented in docs/keys.md and by the .describe() texts below.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KEY_SOURCES_FILE } from '@/lib/profile/files';
import { SOURCE_KINDS } from './sources';
import { securityTxtCheckSchema } from './security-txt';

const fingerprint = z.string().regex(/^[0-9A-F]{40}$|^[0-9A-F]{64}$/, 'expected an uppercase hexadecimal fingerprint');
const when = z.iso.datetime().describe('When this was checked (UTC, ISO 8601).');

export const SOURCE_OUTCOMES = ['same-fingerprint', 'other-fingerprint', 'unreachable', 'refused'] as const;
export type SourceOutcome = (typeof SOURCE_OUTCOMES)[number];

export const sourceCheckSchema = z.strictObject({
  kind: z.enum(SOURCE_KINDS).describe('profile-url: a URL the profile gives; wkd-advanced / wkd-direct: Web Key Directory of a team address; vks: keys.openpgp.org by fingerprint.'),
  url: z.string().describe('The URL asked (before any KEYS_HOST_MAP mapping).'),
  checked_at: when,
  outcome: z.enum(SOURCE_OUTCOMES).describe('same-fingerprint: served the listed key; other-fingerprint: served another key; unreachable: no answer, an HTTP error or a timeout; refused: an answer the command will not use.'),
  reason: z.string().max(300).optional().describe('Why, for unreachable and refused; a remark for a weaker copy of the right key.'),
  fingerprints: z.array(fingerprint).max(10).optional().describe('other-fingerprint: the primary fingerprints the file held (at most 10).'),
  merge: z.enum(['new', 'updated', 'unchanged', 'refused']).optional().describe('same-fingerprint: what this copy did to the held key.'),
});

export const KEY_STATES = ['new', 'updated', 'unchanged', 'missing'] as const;

export const keyRecordSchema = z.strictObject({
  fingerprint: fingerprint.describe('The listed fingerprint (profile pgp_keys[].fingerprint).'),
  state: z.enum(KEY_STATES).describe('new: first held by this run; updated: merged new material; unchanged: held and nothing new; missing: no copy held.'),
  revoked: z.boolean().describe('The held key is revoked as of checked_at.'),
  newly_revoked: z.boolean().describe('This run brought the revocation.'),
  sources: z.array(sourceCheckSchema).describe('Every source tried, in order.'),
});

export const documentCheckSchema = z.strictObject({
  role: z.enum(['document', 'signature']),
  url: z.string(),
  file: z.string().describe('File name in the team folder (rfc2350.txt, rfc2350.txt.asc, …).'),
  checked_at: when,
  outcome: z.enum(['stored', 'unchanged', 'unreachable', 'refused']).describe('stored: new bytes written; unchanged: same bytes as held; otherwise the held pair is kept.'),
  reason: z.string().max(300).optional(),
});

export const keySourcesSchema = z.strictObject({
  format: z.literal(1).describe('Version of this record format.'),
  team: z.string().describe('The team slug.'),
  checked_at: when.describe('When this refresh of the team ran.'),
  keys: z.array(keyRecordSchema),
  documents: z.array(documentCheckSchema).default([]),
  security_txt: securityTxtCheckSchema.optional().describe('The security.txt of the team\'s domain, and whether it agrees with the listing (lib/keys/security-txt.ts).'),
});

export type KeySources = z.infer<typeof keySourcesSchema>;
export type KeyRecord = z.infer<typeof keyRecordSchema>;
export type SourceCheck = z.infer<typeof sourceCheckSchema>;
export type DocumentCheck = z.infer<typeof documentCheckSchema>;

/** The team folder's provenance record; null when none; throws naming the file when it is malformed. */
export function readKeySources(teamDir: string): KeySources | null {
  const file = path.join(teamDir, KEY_SOURCES_FILE);
  if (!fs.existsSync(file)) return null;
  const parsed = keySourcesSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
  }
  return parsed.data;
}

export function writeKeySources(teamDir: string, record: KeySources): void {
  fs.writeFileSync(path.join(teamDir, KEY_SOURCES_FILE), `${JSON.stringify(keySourcesSchema.parse(record), null, 2)}\n`);
}

/** Sources that served the listed key: the independent agreement a page shows. */
export function agreeingSources(record: KeyRecord): SourceCheck[] {
  return record.sources.filter((s) => s.outcome === 'same-fingerprint' && s.merge !== 'refused');
}
