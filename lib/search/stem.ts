/**
 * French and English stemming (Snowball, through @orama/stemmers), applied to
 * the index (lib/search/record.ts) and to the query (lib/search/query-plan.ts)
 * alike, so "services" finds "service" and "hôpitaux" finds "hôpital".
 * Browser-safe, but kept out of normalize.ts so that the home page does not
 * ship it: only the lazily loaded engine chunk does (about 3.5 KB gzip).
 *
 * The index is language-neutral, so every word gets both stems: a French
 * query may meet an English document and the reverse.
 */
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { stemmer as stemEnglish } from '@orama/stemmers/english';

/** Stems shorter than this are not used: "pays" → "pay" would match "payment". */
const MIN_STEM = 4;

/**
 * The French and English stems of a folded word that differ from it, at least
 * MIN_STEM letters long; none for words with digits or shorter than MIN_STEM.
 */
export function stemsOf(word: string): string[] {
  if (word.length < MIN_STEM || !/^\p{L}+$/u.test(word)) return [];
  const out = new Set<string>();
  for (const stem of [stemFrench(word), stemEnglish(word)]) if (stem !== word && stem.length >= MIN_STEM) out.add(stem);
  return [...out];
}
