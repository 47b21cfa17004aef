/**
 * The fidelity check of one team: its profile against the team's document.
 * Each finding names the file, the field (or body line) and what is wrong,
 * with the closest passage of the document when a quote or heading is not in it.
 */
import 'server-only';
import type { Profile } from '@/lib/profile/schema';
import { comparableSource, findQuote } from './passage';
import { quotedFields } from './quote-fields';
import { headingFaults, referenceFault } from './headings';
import { contactFaults } from './contacts';
import { danglingSections, derivedFaults, networkFaults, unsupportedClaims } from './claims';

export type Finding = { file: string; field: string; message: string };

export type FidelityInput = {
  /** Path of profile.md, for messages. */
  file: string;
  /** The frontmatter as parsed from YAML (before defaults), for the quoted fields. */
  frontmatter: unknown;
  /** The frontmatter validated by the profile schema. */
  profile: Profile;
  body: string;
  /** The team's document (source.txt). */
  source: string;
};

export function checkFidelity({ file, frontmatter, profile, body, source }: FidelityInput): Finding[] {
  const findings: Finding[] = [];
  const add = (field: string, message: string) => findings.push({ file, field, message });
  const comparable = comparableSource(source);

  for (const { field, text } of quotedFields(frontmatter)) {
    const miss = findQuote(comparable, text);
    if (!miss) continue;
    const what = miss.reason === 'out-of-order' ? 'is in the document, but not after the previous piece (order the pieces as the document does)' : 'is not in the document (paraphrase or splice? mark an elision with …)';
    add(field, `quote ${what}: "${miss.piece}"; closest passage: "${miss.closest}"`);
  }
  for (const f of headingFaults(source, body)) {
    const what = f.reason === 'out-of-order' ? 'is a heading of the document, but not in this order' : 'is not a heading of the document (renumbered or reworded?)';
    add(`body line ${f.heading.line}`, `heading "${f.heading.text}" ${what}; closest line: "${f.closest}"`);
  }
  const ref = referenceFault(source, body);
  if (ref) add('body', `cross-reference ${ref.index + 1} reads "${ref.body ?? '(none)'}" where the document reads "${ref.source ?? '(none)'}"`);
  for (const f of contactFaults(source, profile)) add(f.field, `${f.kind} ${f.value} does not occur in the document`);
  for (const f of [...unsupportedClaims(profile), ...derivedFaults(profile, source), ...networkFaults(profile, source), ...danglingSections(profile, body)]) add(f.field, f.message);
  return findings;
}

export function formatFinding(f: Finding): string {
  return `${f.file}: ${f.field}: ${f.message}`;
}
