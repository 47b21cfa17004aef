/**
 * The search engine in the browser: Pagefind's index under /pagefind/ (written
 * by scripts/build.ts), loaded on first use, plus the typo dictionary under
 * /search/words.json, fetched only when a text query finds nothing.
 *
 * Why Pagefind: its index is split into chunks by word, so the browser fetches
 * only the part that covers what is typed; the page's weight does not grow with
 * the directory (docs/search.md has the measurements against MiniSearch).
 */
import { engineFilters, type SearchState } from './url-state';
import { INDEX_LANGUAGE, matchReasons, parseQuery, suggestCorrection, type ParsedQuery, type Reason } from './normalize';
import type { SearchMeta } from './record';

/** The part of Pagefind's browser API this site uses (pagefind.js, version 1.6). */
type PagefindData = { url: string; meta: Record<string, string>; excerpt: string };
type PagefindResult = { id: string; data: () => Promise<PagefindData> };
type PagefindSearch = { results: PagefindResult[]; filters: Record<string, Record<string, number>> } | null;
type Pagefind = {
  init: (language?: string) => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch>;
};

export const PAGE = 10;
/**
 * Text shorter than this is not searched: a single letter matches nearly every
 * team, is slow at 10,000 teams, and Pagefind answers it from whichever index
 * chunk happens to be loaded (docs/search.md).
 */
export const MIN_TEXT = 2;

let engine: Promise<Pagefind> | null = null;
let dictionary: Promise<string[]> | null = null;

/** Loads pagefind.js once; a failed load is forgotten so that a later call can retry. */
export function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as Pagefind;
    await pagefind.init(INDEX_LANGUAGE);
    return pagefind;
  })().catch((error) => {
    engine = null;
    throw error;
  });
  return engine;
}

function loadDictionary(): Promise<string[]> {
  dictionary ??= fetch('/search/words.json')
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => {
      dictionary = null;
      return [];
    });
  return dictionary;
}

export type Hit = { url: string; meta: SearchMeta; reasons: Reason[] };
export type Outcome = {
  /** The parsed query the hits are for (after correction, when there was one). */
  parsed: ParsedQuery;
  /** The words searched instead of the typed ones, when the typed ones found nothing. */
  corrected: string | null;
  /** Every matching result; `hits` holds the data of the first `shown`. */
  total: number;
  results: PagefindResult[];
  hits: Hit[];
  counts: Record<string, Record<string, number>>;
};

/** The index is language-neutral (/teams/<slug>/): links go to the reader's language. */
function uiLang(): string {
  return document.documentElement.lang === 'fr' ? 'fr' : 'en';
}

async function hitsOf(results: PagefindResult[], parsed: ParsedQuery, from: number, to: number): Promise<Hit[]> {
  const data = await Promise.all(results.slice(from, to).map((r) => r.data()));
  return data.map((d) => {
    const meta = d.meta as unknown as SearchMeta;
    return { url: `/${uiLang()}${d.url}`, meta, reasons: matchReasons(parsed, meta) };
  });
}

/**
 * Whether a result really contains what was typed. When no indexed word starts
 * with a query word, Pagefind falls back to shorter and shorter prefixes of it
 * ("apixot" ends up matching every "a"): such a result marks a word much
 * shorter than the typed one. Stemming may mark a word a little shorter
 * ("services" marks "service"), hence the two letters of slack.
 */
export function isRealMatch(excerpt: string, terms: readonly string[]): boolean {
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1].toLowerCase());
  return marked.some((w) => terms.some((t) => w.startsWith(t) || (t.startsWith(w) && w.length >= t.length - 2)));
}

/** Runs a search for a state: the first PAGE hits with why they matched, and the filter counts. */
export async function runSearch(state: SearchState): Promise<Outcome> {
  const pagefind = await loadEngine();
  const filters = engineFilters(state);
  let parsed = parseQuery(state.q);
  if (parsed.kind === 'text' && parsed.query.length < MIN_TEXT) parsed = parseQuery('');
  const query = parsed.kind === 'empty' ? null : parsed.query;
  // No sort key: Pagefind stores one order per key for every team in the metadata every
  // reader downloads (25 KB at 10,000 teams); a filter-only search lists teams in index
  // order, which is the order of their folders (slugs).
  let search = await pagefind.search(query, { filters });
  let corrected: string | null = null;
  if (parsed.kind === 'text' && search && search.results.length > 0 && !isRealMatch((await search.results[0].data()).excerpt, parsed.terms)) search = null;
  if (parsed.kind === 'text' && (search?.results.length ?? 0) === 0) {
    const words = suggestCorrection(parsed.terms, await loadDictionary());
    if (words) {
      const retry = await pagefind.search(words.join(' '), { filters });
      if (retry && retry.results.length > 0 && isRealMatch((await retry.results[0].data()).excerpt, words)) {
        corrected = words.join(' ');
        parsed = parseQuery(corrected);
        search = retry;
      }
    }
  }
  const results = search?.results ?? [];
  return { parsed, corrected, total: results.length, results, hits: await hitsOf(results, parsed, 0, PAGE), counts: search?.filters ?? {} };
}

/** The next PAGE hits of an outcome. */
export async function moreHits(outcome: Outcome): Promise<Hit[]> {
  return hitsOf(outcome.results, outcome.parsed, outcome.hits.length, outcome.hits.length + PAGE);
}

let filterValues: Promise<Record<string, Record<string, number>>> | null = null;

/** Every filter value present in the directory, with its number of teams (written by the build; see write-index.ts). */
export function allFilterValues(): Promise<Record<string, Record<string, number>>> {
  filterValues ??= fetch('/search/filters.json').then((r) => {
    if (!r.ok) throw new Error(`filters.json: HTTP ${r.status}`);
    return r.json() as Promise<Record<string, Record<string, number>>>;
  });
  filterValues.catch(() => (filterValues = null));
  return filterValues;
}
