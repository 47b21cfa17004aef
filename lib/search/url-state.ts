/**
 * Search and filter state <-> the page's query string, so a result list can be
 * shared as a link and back/forward restore it: ?q=…&country=FR&type=…
 *
 * URL parameter names are short and stable (they end up in shared links);
 * they are the filters' own names (lib/search/filters.ts).
 */

import { FILTER_NAMES, type FilterName } from './filters';

export type SearchState = {
  q: string;
  /** One chosen value per filter; a missing key means "any". */
  filters: Partial<Record<FilterName, string>>;
};

export const EMPTY_STATE: SearchState = { q: '', filters: {} };

const MAX_Q = 200;
const MAX_VALUE = 120;

/** Reads the state from a query string; unknown parameters, empty and overlong values are ignored. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_NAMES) {
    const value = params.get(key)?.trim();
    if (value && value.length <= MAX_VALUE) filters[key] = value;
  }
  return { q: (params.get('q') ?? '').slice(0, MAX_Q), filters };
}

/** The query string for a state ("" when empty), parameters in a fixed order so equal states give equal URLs. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const key of FILTER_NAMES) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function isEmpty(state: SearchState): boolean {
  return !state.q.trim() && FILTER_NAMES.every((k) => !state.filters[k]);
}
