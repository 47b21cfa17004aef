/**
 * Filter counts that always mean the same thing: for each value of each
 * filter, how many teams would match if the reader chose it, keeping the
 * query and every other chosen filter. With nothing typed or chosen, these
 * are the directory's totals. Browser-safe, pure.
 */
import { FILTER_NAMES, type FilterCounts, type FilterName } from './filters';
import type { SearchState } from './url-state';

export type FilterFiles = Partial<Record<FilterName, Record<string, number[]>>>;

/** `queryIds`: the teams the text query matches, or null when nothing is typed (every team counts). */
export function facetCounts(state: SearchState, queryIds: readonly number[] | null, files: FilterFiles): FilterCounts {
  const chosen = (name: FilterName) => state.filters[name];
  const idsOf = (name: FilterName, value: string) => new Set(files[name]?.[value] ?? []);
  const counts: FilterCounts = {};
  for (const name of FILTER_NAMES) {
    // The teams the query and the other chosen filters allow.
    let base: Set<number> | null = queryIds ? new Set(queryIds) : null;
    for (const other of FILTER_NAMES) {
      const value = other === name ? undefined : chosen(other);
      if (!value) continue;
      const allowed = idsOf(other, value);
      base = new Set([...(base ?? allowed)].filter((id) => allowed.has(id)));
    }
    counts[name] = Object.fromEntries(Object.entries(files[name] ?? {}).map(([value, list]) => [value, base ? list.filter((id) => base!.has(id)).length : list.length]));
  }
  return counts;
}
