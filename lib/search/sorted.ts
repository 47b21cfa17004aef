/** Binary search in a sorted list of words, shared by the engine (term lookups) and typo correction. */

/** Index of the first word >= `word` in a sorted list (its length when every word is smaller). */
export function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
