/**
 * Typo correction from the words of the team names (/search/words.json),
 * loaded with the engine only when a text query finds nothing.
 */
import { distance } from 'fastest-levenshtein';
import { foldForSearch } from './normalize';
import { lowerBound } from './sorted';

/**
 * For each word that is neither a dictionary word nor the start of one (still being typed),
 * the closest dictionary word within 1 edit (2 from 8 letters). Returns the corrected word
 * list, or null when nothing was corrected. Words under 3 letters and words with digits are kept.
 */
export function suggestCorrection(input: readonly string[], dictionary: readonly string[]): string[] | null {
  let changed = false;
  const out = input.map((raw) => {
    const w = foldForSearch(raw);
    if (w.length < 3 || /\d/.test(w)) return w;
    const at = lowerBound(dictionary, w);
    if (at < dictionary.length && dictionary[at].startsWith(w)) return w;
    const max = w.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = max + 1;
    for (const candidate of dictionary) {
      if (Math.abs(candidate.length - w.length) >= bestDistance) continue;
      const d = distance(w, candidate);
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
    if (best === null) return w;
    changed = true;
    return best;
  });
  return changed ? out : null;
}

