/**
 * The team's document kept beside its profile: content/teams/<slug>/source.txt
 * (the text as received, byte for byte) and source.json (where and when it was
 * obtained). The reference for every fidelity check.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const SOURCE_TEXT = 'source.txt';
export const SOURCE_META = 'source.json';

export const sourceMetaSchema = z
  .strictObject({
    file: z.string().min(1).describe('Name of the file as received, e.g. the seed file name.'),
    origin: z.string().min(1).describe('Where it came from, as the provider of the file states it.'),
    obtained: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
      .describe('When the directory obtained it, YYYY-MM-DD.'),
    note: z.string().optional().describe('Anything else about the text: extraction from a PDF, known noise.'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits')
      .optional()
      .describe('SHA-256 of source.txt as received: the check refuses a source.txt that no longer matches it.'),
  })
  .describe('Where and when the team\'s document kept in source.txt was obtained.');

export type SourceMeta = z.infer<typeof sourceMetaSchema>;

export type TeamSource = { text: string; meta: SourceMeta; textFile: string; metaFile: string };

/** Reads a team folder's source.txt and source.json; throws a message naming the file when one is missing or invalid. */
export function readTeamSource(teamDir: string): TeamSource {
  const textFile = path.join(teamDir, SOURCE_TEXT);
  const metaFile = path.join(teamDir, SOURCE_META);
  for (const f of [textFile, metaFile]) if (!fs.existsSync(f)) throw new Error(`${f}: missing (the team's document and where it came from live beside profile.md)`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
  } catch (e) {
    throw new Error(`${metaFile}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = sourceMetaSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${metaFile}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const bytes = fs.readFileSync(textFile);
  if (parsed.data.sha256) {
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== parsed.data.sha256) throw new Error(`${textFile}: its SHA-256 is ${actual}, not the ${parsed.data.sha256} recorded in ${SOURCE_META} when it was received: the team's document was changed`);
  }
  return { text: bytes.toString('utf8'), meta: parsed.data, textFile, metaFile };
}
