/**
 * The search in the browser, over the index files the build writes
 * (lib/search/index-format.ts): for each query word, the one file of words
 * sharing its first two characters; for the results shown, their card files;
 * for a filter in use, its file. Every file is fetched once and kept.
 */
import { CARD_SHARD, MIN_WORD, SEARCH_INDEX_PATHS, shardKey, type CardFile, type TermFile } from './index-format';
import { isTooShort, parseQuery, type ParsedQuery } from './normalize';
import { matchReasons, type IndexCard, type MatchReason } from './match-reasons';
import { FILTER_NAMES, type FilterCounts } from './filters';
import type { SearchState } from './url-state';
import type { UiLang } from '../ui-lang';
import { teamPath } from '../team-path';

const PAGE = 10;

const files = new Map<string, Promise<unknown>>();

/** A JSON file of the index, fetched once; a failed fetch is forgotten so that the next call retries. */
function load<T>(url: string, missing?: T): Promise<T> {
  if (!files.has(url)) {
    const request = fetch(url).then((r) => {
      if (r.status === 404 && missing !== undefined) return missing;
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<T>;
    });
    request.catch(() => files.delete(url));
    files.set(url, request);
  }
  return files.get(url) as Promise<T>;
}

/** Teams matching one query word (as a prefix of an indexed word), with their best weight. */
async function teamsFor(word: string): Promise<Map<number, number>> {
  const file = await load<TermFile>(SEARCH_INDEX_PATHS.terms(shardKey(word)), {});
  const found = new Map<number, number>();
  for (const [term, postings] of Object.entries(file)) {
    if (!term.startsWith(word)) continue;
    // An exact word counts a little more than a word it only begins.
    const bonus = term === word ? 0.5 : 0;
    for (const posting of postings) {
      const team = posting >> 2;
      const weight = (posting & 3) + bonus;
      if ((found.get(team) ?? -1) < weight) found.set(team, weight);
    }
  }
  return found;
}

/** Teams holding every word (AND), scored by the sum of their weights; null when the query has no word to search. */
async function teamsForAll(terms: readonly string[]): Promise<Map<number, number> | null> {
  const usable = terms.filter((t) => [...t].length >= MIN_WORD);
  if (usable.length === 0) return null;
  const perWord = await Promise.all(usable.map(teamsFor));
  const [first, ...rest] = perWord.sort((a, b) => a.size - b.size);
  const scores = new Map<number, number>();
  for (const [team, weight] of first) {
    let score = weight;
    for (const other of rest) {
      const w = other.get(team);
      if (w === undefined) {
        score = -1;
        break;
      }
      score += w;
    }
    if (score >= 0) scores.set(team, score);
  }
  return scores;
}

/** Teams of each chosen filter value, intersected; null when no filter is chosen. */
async function teamsForFilters(state: SearchState): Promise<Set<number> | null> {
  let result: number[] | null = null;
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (!value) continue;
    const file = await load<Record<string, number[]>>(SEARCH_INDEX_PATHS.filter(name), {});
    const ids = new Set<number>(file[value] ?? []);
    result = (result ?? [...ids]).filter((id: number) => ids.has(id));
  }
  return result === null ? null : new Set(result);
}

export type Hit = { href: string; card: IndexCard; reasons: MatchReason[] };
export type Outcome = {
  /** The reader's language: result links go to its pages (the index itself is language-neutral). */
  lang: UiLang;
  /** The parsed query the hits are for (after correction, when there was one). */
  parsed: ParsedQuery;
  /** The words searched instead of the typed ones, when the typed ones found nothing. */
  corrected: string | null;
  total: number;
  /** Every matching team, best first; `hits` holds the cards of the first ones. */
  ids: number[];
  hits: Hit[];
  /** For each filter in use: how many of the results have each of its values. */
  counts: FilterCounts;
};

async function hitsOf(ids: readonly number[], parsed: ParsedQuery, lang: UiLang): Promise<Hit[]> {
  const shards = await Promise.all(ids.map((id) => load<CardFile>(SEARCH_INDEX_PATHS.cards(Math.floor(id / CARD_SHARD)))));
  return ids.map((id, i) => {
    const card = shards[i][id % CARD_SHARD];
    return { href: teamPath(lang, card.slug), card, reasons: matchReasons(parsed, card) };
  });
}

async function rank(parsed: ParsedQuery, allowed: Set<number> | null): Promise<number[] | null> {
  const scores = parsed.kind === 'empty' ? null : await teamsForAll(parsed.terms);
  if (scores === null) return allowed === null ? null : [...allowed].sort((a, b) => a - b);
  const ids = [...scores.keys()].filter((id) => allowed === null || allowed.has(id));
  return ids.sort((a, b) => scores.get(b)! - scores.get(a)! || a - b);
}

async function filterCounts(state: SearchState, ids: readonly number[]): Promise<FilterCounts> {
  const within = new Set(ids);
  const counts: FilterCounts = {};
  for (const name of FILTER_NAMES) {
    if (!state.filters[name]) continue;
    const file = await load<Record<string, number[]>>(SEARCH_INDEX_PATHS.filter(name), {});
    counts[name] = Object.fromEntries(Object.entries(file).map(([value, list]) => [value, list.filter((id) => within.has(id)).length]));
  }
  return counts;
}

/** Runs a search for a state: the first PAGE hits with why they matched, and the filter counts. */
export async function runSearch(state: SearchState, lang: UiLang): Promise<Outcome> {
  let parsed = parseQuery(state.q);
  if (isTooShort(parsed)) parsed = parseQuery('');
  const allowed = await teamsForFilters(state);
  let ids = (await rank(parsed, allowed)) ?? [];
  let corrected: string | null = null;
  if (parsed.kind === 'text' && ids.length === 0) {
    const { suggestCorrection } = await import('./typo');
    const words = suggestCorrection(parsed.terms, await load<string[]>(SEARCH_INDEX_PATHS.words, []));
    if (words) {
      const retry = parseQuery(words.join(' '));
      const retried = (await rank(retry, allowed)) ?? [];
      if (retried.length > 0) [parsed, ids, corrected] = [retry, retried, words.join(' ')];
    }
  }
  const [hits, counts] = await Promise.all([hitsOf(ids.slice(0, PAGE), parsed, lang), filterCounts(state, ids)]);
  return { lang, parsed, corrected, total: ids.length, ids, hits, counts };
}

/** The next PAGE hits of an outcome. */
export async function moreHits(outcome: Outcome): Promise<Hit[]> {
  return hitsOf(outcome.ids.slice(outcome.hits.length, outcome.hits.length + PAGE), outcome.parsed, outcome.lang);
}

/** Every filter value present in the directory, with its number of teams (written by the build). */
export function allFilterValues(): Promise<FilterCounts> {
  return load<FilterCounts>(SEARCH_INDEX_PATHS.filters);
}
