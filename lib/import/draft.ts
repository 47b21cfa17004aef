/**
 * Writes and checks the draft: frontmatter as YAML (dates and key IDs quoted,
 * "CHECK" comments above inferred or doubtful fields), the body below it, then
 * validation with the build's own parser (parseProfile) plus every schema
 * issue, so a draft that fails says which file and field to finish.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { parseProfile, ProfileError } from '../profile/load';
import { SLUG_PATTERN } from '../profile/rules';
import { profileSchema } from '../profile/schema';
import type { Report } from './report';
import { fold } from './text';

/** "cegedim.cloud CSIRT" -> "cegedim-cloud-csirt". */
export function slugFor(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

export function renderDraft(data: Record<string, unknown>, body: string, report: Report, header: string): string {
  const doc = new YAML.Document(data, { schema: 'core' });
  doc.commentBefore = header
    .split('\n')
    .map((l) => ` ${l}`)
    .join('\n');
  YAML.visit(doc, {
    // Dates and times quoted as the profile guide asks; YAML 1.1 readers would turn them into other types.
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /^(\d{4}-\d{2}-\d{2}|\d{2}:\d{2})$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
    // Short lists of words (days, uses, tags) on one line: [mon, tue, wed].
    Seq(_key, node) {
      if (node.items.length && node.items.every((i) => YAML.isScalar(i) && typeof i.value === 'string' && /^[\w-]{1,24}$/.test(i.value))) node.flow = true;
    },
  });
  const checks = report.fieldsToCheck();
  if (YAML.isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!YAML.isScalar(pair.key)) continue;
      const reasons = checks.get(String(pair.key.value));
      if (reasons?.length) pair.key.commentBefore = ` CHECK: ${[...new Set(reasons)].join(' / ').replace(/\n/g, ' ').slice(0, 300)}`;
    }
  }
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${body.trim()}\n`;
}

export type Issue = { field: string; message: string };
export type Validation = { valid: boolean; first?: string; issues: Issue[] };

function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.length ? issue.path.map(String).join('.') : '(frontmatter)';
}

/** Validates the draft exactly as the build would, and lists every schema issue for the report. */
export function validateDraft(file: string, text: string): Validation {
  const issues: Issue[] = [];
  try {
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    const parsed = profileSchema.safeParse(YAML.parse(front, { schema: 'core' }) ?? {});
    if (!parsed.success) for (const i of parsed.error.issues) issues.push({ field: issuePath(i), message: i.message });
  } catch (error) {
    issues.push({ field: '(frontmatter)', message: error instanceof Error ? error.message.split('\n')[0] : String(error) });
  }
  try {
    parseProfile(file, Buffer.from(text, 'utf8'));
    return { valid: true, issues };
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    return { valid: false, first: error.message, issues: issues.length ? issues : [{ field: error.field ?? '(file)', message: error.detail }] };
  }
}

export class DraftExistsError extends Error {}

/** Writes <out>/<slug>/profile.md; refuses to replace an existing draft unless `force`. */
export function writeDraft(outDir: string, slug: string, text: string, force = false): string {
  const file = path.join(outDir, slug, 'profile.md');
  if (fs.existsSync(file) && !force) throw new DraftExistsError(`${file} already exists (use --force to replace it)`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}
