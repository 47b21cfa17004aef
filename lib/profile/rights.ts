/**
 * A team's document stays its author's. When the document forbids its
 * reproduction (document.reproduction.allowed false), the directory shows its
 * facts and short quotes only: every quoted field is cut to a short excerpt
 * (marked with […], as an elision is everywhere else), the body is not
 * published, and neither the document nor profile.md goes to files/. The
 * fidelity check reads the profile as written; pages and exports read it
 * through restrictReproduction().
 */
import 'server-only';
import type { Profile } from './schema';
import { mapQuotedFields } from '@/lib/fidelity/quote-fields';

/** The longest quote shown of a document that may not be reproduced, in characters. */
export const SHORT_QUOTE = 200;

/** True unless the team's document forbids its reproduction. */
export function mayReproduce(profile: Pick<Profile, 'document'>): boolean {
  return profile.document.reproduction?.allowed !== false;
}

/** The text itself when short, else its beginning up to a word boundary, then " […]". */
export function shortQuote(text: string, max = SHORT_QUOTE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = cut.lastIndexOf(' ');
  return `${(end > max / 2 ? cut.slice(0, end) : cut).replace(/[\s,;:.]+$/, '')} […]`;
}

/** The profile and body as pages and exports may show them: unchanged, or short quotes and no body. */
export function restrictReproduction(profile: Profile, body: string): { profile: Profile; body: string } {
  if (mayReproduce(profile)) return { profile, body };
  const reproduction = profile.document.reproduction!;
  const short = mapQuotedFields(profile, (text) => shortQuote(text)) as Profile;
  // The terms themselves are shown whole, so a reader knows why the rest is short.
  return { profile: { ...short, document: { ...short.document, reproduction } }, body: '' };
}
