/**
 * The team's own structure: every heading of a profile body, with its number,
 * is a heading of the team's document, in the same order; and the body's
 * cross-references ("see sections 2.4 and 2.5") are the document's.
 *
 * Headings are compared without regard to letter case and accents (PDFs print
 * headings in capitals, and French capitals often go without their accents:
 * "AUTHENTICITE" is "Authenticité") and to a trailing dot after a number
 * ("2.4" and "2.4." are one number); the numbers and words themselves must match.
 */
import { fold } from '@/lib/text/fold';
import { distance } from 'fastest-levenshtein';
import { comparable, removeNoise } from './normalise';

export type Heading = { level: number; text: string; line: number };

/** The Markdown headings of a body (ATX, outside fenced code), with their body line. */
export function bodyHeadings(body: string): Heading[] {
  const out: Heading[] = [];
  let fenced = false;
  body.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    const m = !fenced && /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(raw);
    if (m) out.push({ level: m[1].length, text: m[2], line: i + 1 });
  });
  return out;
}

/** The form a heading is compared in: comparable text, lower case without accents, no dot after a number. */
export function headingKey(text: string): string {
  return fold(comparable(text)).replace(/(\d)\.(?=\s|$)/g, '$1');
}

/** The section number a heading starts with ("2.4", "6", "a"), or null. */
export function headingNumber(text: string): string | null {
  return /^(\d+(?:\.\d+)*|[a-z])\.?\s/i.exec(comparable(text))?.[1] ?? null;
}

export type HeadingFault = { heading: Heading; closest: string; reason: 'not-in-source' | 'out-of-order' };

/** Body headings that are not a line of the document, or not in its order. */
export function headingFaults(source: string, body: string): HeadingFault[] {
  const lines = removeNoise(source).split('\n').map((l) => ({ raw: comparable(l), key: headingKey(l) }));
  const faults: HeadingFault[] = [];
  let from = 0;
  for (const heading of bodyHeadings(body)) {
    const key = headingKey(heading.text);
    const at = lines.findIndex((l, i) => i >= from && l.key === key);
    if (at >= 0) {
      from = at + 1;
      continue;
    }
    const anywhere = lines.some((l) => l.key === key);
    const closest = lines.filter((l) => l.key).reduce((best, l) => (distance(l.key, key) < distance(best.key, key) ? l : best), lines[0]);
    faults.push({ heading, closest: closest.raw, reason: anywhere ? 'out-of-order' : 'not-in-source' });
  }
  return faults;
}

const REFERENCE = /\b(?:sections?|points?|paragraphes?|§)\s*\d+(?:\.\d+)*(?:\s*(?:,|et|and|&)\s*\d+(?:\.\d+)*)*/gi;

/** The numbered cross-references of a text, in order, in comparable form ("section 2.8", "sections 2.4 et 2.5"). */
export function crossReferences(text: string): string[] {
  return [...comparable(removeNoise(text)).matchAll(REFERENCE)].map((m) => m[0].toLocaleLowerCase('fr').replace(/(\d)\.(?=\s|$)/g, '$1'));
}

export type ReferenceFault = { index: number; body: string | undefined; source: string | undefined };

/** The first place where the body's cross-references differ from the document's, or null. */
export function referenceFault(source: string, body: string): ReferenceFault | null {
  const want = crossReferences(source);
  const got = crossReferences(body);
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) return { index: i, body: got[i], source: want[i] };
  }
  return null;
}
