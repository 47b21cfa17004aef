/**
 * The search in the browser, over the index files the build writes
 * (lib/search/index-format.ts): for each word to look up (the query's words,
 * their stems, joined forms: lib/search/query-plan.ts), the one file of words
 * sharing its first two characters; for the results shown, their card files;
 * for a filter in use, its file. Every file is fetched once and kept. Ranking:
 * matchScore below; docs/search.md#ranking.
 */
import { CARD_SHARD, IDENTIFIER_FLAG, SEARCH_INDEX_PATHS, postingMark, postingTeam, shardKey, type TermFile } from './index-format';
import type { CardFile } from './match-reasons';
import { readingsOf, type Form, type Reading, type Slot } from './query-plan';
import { lowerBound } from './sorted';
import { isTooShort, parseQuery, type ParsedQuery } from './normalize';
import { parseSearch } from './network';
import { matchReasons, type IndexCard, type MatchReason } from './match-reasons';
import { FILTER_NAMES, type FilterCounts } from './filters';
import type { SearchState } from './url-state';
import { facetCounts, type FilterFiles } from './facets';
import type { UiLang } from '../i18n/ui-lang';
import { teamPath } from '../site/routes';

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

/** A term file with its words sorted, so that the words a prefix begins are found by bisection. */
type Shard = { file: TermFile; sorted: string[] };
const shards = new Map<string, Promise<Shard>>();

function shardOf(word: string): Promise<Shard> {
  const url = SEARCH_INDEX_PATHS.terms(shardKey(word));
  if (!shards.has(url)) {
    const shard = load<TermFile>(url, {}).then((file) => ({ file, sorted: Object.keys(file).sort() }));
    shard.catch(() => shards.delete(url));
    shards.set(url, shard);
  }
  return shards.get(url)!;
}

/** Forgets every file fetched, for tools that search several indexes in one process (scripts/eval-search.ts). */
export function forgetLoadedFiles(): void {
  files.clear();
  shards.clear();
}

/**
 * How much a match counts: an identifier matched whole (a key ID, an address, a domain)
 * above everything; then by weight (name, identifier, address, text), a whole word a
 * little more than a word it only begins, a stem a little less than what was typed.
 */
const EXACT_IDENTIFIER_SCORE = 100;
function matchScore(mark: number, exact: boolean, form: Form): number {
  if (mark & IDENTIFIER_FLAG && exact && !form.stem) return EXACT_IDENTIFIER_SCORE;
  return (mark & 3) + (exact && !form.stem ? 0.5 : 0) - (form.stem ? 0.25 : 0);
}

/**
 * Teams matching a slot, with their best score. Indexed words are read once: the
 * forms that begin with another form of the slot ("services" after its stem "servic")
 * find nothing more, so only the others are looked up, each word scored by every
 * form it begins.
 */
async function teamsForSlot(slot: Slot): Promise<Map<number, number>> {
  const found = new Map<number, number>();
  const roots = slot.filter((f) => !slot.some((g) => g !== f && f.word.startsWith(g.word) && (g.word !== f.word || slot.indexOf(g) < slot.indexOf(f))));
  for (const root of roots) {
    const { file, sorted } = await shardOf(root.word);
    for (let i = lowerBound(sorted, root.word); i < sorted.length && sorted[i].startsWith(root.word); i++) {
      const term = sorted[i];
      const forms = slot.filter((f) => term.startsWith(f.word));
      for (const p of file[term]) {
        const team = postingTeam(p);
        const mark = postingMark(p);
        let score = -Infinity;
        for (const f of forms) if (!f.identifier || mark & IDENTIFIER_FLAG) score = Math.max(score, matchScore(mark, term === f.word, f));
        if (score > -Infinity && (found.get(team) ?? -Infinity) < score) found.set(team, score);
      }
    }
  }
  return found;
}

/** Teams matching every slot of a reading (AND), scored by the sum of their slots' scores over `reading.per`. */
async function teamsForReading(reading: Reading, slots: (slot: Slot) => Promise<Map<number, number>>): Promise<Map<number, number>> {
  const perSlot = await Promise.all(reading.slots.map(slots));
  const [first, ...rest] = perSlot.sort((a, b) => a.size - b.size);
  const scores = new Map<number, number>();
  for (const [team, score] of first ?? []) {
    let total = score;
    for (const other of rest) {
      const s = other.get(team);
      if (s === undefined) {
        total = -Infinity;
        break;
      }
      total += s;
    }
    if (total > -Infinity) scores.set(team, total / reading.per);
  }
  return scores;
}

/** Teams matching any reading of the query, with their best score; null when the query has no word to search. */
async function teamsForQuery(parsed: ParsedQuery): Promise<Map<number, number> | null> {
  const readings = readingsOf(parsed);
  if (readings.length === 0) return null;
  // Readings share most of their slots ("pays de la loire" and "paysde la loire"): each is looked up once.
  const looked = new Map<string, Promise<Map<number, number>>>();
  const slots = (slot: Slot) => {
    const key = slot.map((f) => `${f.word}${f.stem ? '~' : ''}`).join(' ');
    if (!looked.has(key)) looked.set(key, teamsForSlot(slot));
    return looked.get(key)!;
  };
  const [first, ...others] = await Promise.all(readings.map((r) => teamsForReading(r, slots)));
  const scores = first;
  for (const found of others)
    for (const [team, score] of found) if ((scores.get(team) ?? -Infinity) < score) scores.set(team, score);
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
  /** How many teams each filter value would give (empty unless asked for): lib/search/facets.ts. */
  counts: FilterCounts;
};

async function hitsOf(ids: readonly number[], parsed: ParsedQuery, lang: UiLang): Promise<Hit[]> {
  const shards = await Promise.all(ids.map((id) => load<CardFile>(SEARCH_INDEX_PATHS.cards(Math.floor(id / CARD_SHARD)))));
  return ids.map((id, i) => {
    const card = shards[i][id % CARD_SHARD];
    return { href: teamPath(lang, card.slug), card, reasons: matchReasons(parsed, card) };
  });
}

/** The teams a query matches, best first; null when it has no word to search. */
async function ranked(parsed: ParsedQuery): Promise<number[] | null> {
  const scores = await teamsForQuery(parsed);
  // Team numbers follow the alphabetical order of names (write-index.ts): equal scores stay alphabetical.
  return scores && [...scores].sort(([a, sa], [b, sb]) => sb - sa || a - b).map(([id]) => id);
}

/** The matches the chosen filters allow; with no word searched, every allowed team in order (none without filters). */
function allowedOf(matches: number[] | null, allowed: Set<number> | null): number[] {
  if (matches === null) return allowed === null ? [] : [...allowed].sort((a, b) => a - b);
  return allowed === null ? matches : matches.filter((id) => allowed.has(id));
}

/** Every filter file (loaded once, only when the reader has opened the filters: they are not needed for a first result). */
async function filterFiles(): Promise<FilterFiles> {
  const entries = await Promise.all(FILTER_NAMES.map(async (name) => [name, await load<Record<string, number[]>>(SEARCH_INDEX_PATHS.filter(name), {})] as const));
  return Object.fromEntries(entries);
}

/**
 * Runs a search for a state: the first PAGE hits with why they matched, and,
 * when `withCounts` (the filters are open), the count of every filter value
 * (lib/search/facets.ts).
 */
export async function runSearch(state: SearchState, lang: UiLang, withCounts = false): Promise<Outcome> {
  let parsed = parseSearch(state.q);
  if (isTooShort(parsed)) parsed = parseQuery('');
  const allowed = await teamsForFilters(state);
  // The query's matches before filtering: ranked once, for the results and the filter counts.
  let matches = await ranked(parsed);
  let ids = allowedOf(matches, allowed);
  let corrected: string | null = null;
  if (parsed.kind === 'text' && ids.length === 0) {
    const { suggestCorrection } = await import('./typo');
    const words = suggestCorrection(parsed.terms, await load<string[]>(SEARCH_INDEX_PATHS.words, []));
    if (words) {
      const retry = parseQuery(words.join(' '));
      const retryMatches = await ranked(retry);
      const retried = allowedOf(retryMatches, allowed);
      if (retried.length > 0) [parsed, matches, ids, corrected] = [retry, retryMatches, retried, words.join(' ')];
    }
  }
  const counts = async (): Promise<FilterCounts> => (withCounts ? facetCounts(state, matches, await filterFiles()) : {});
  const [hits, filterCounts] = await Promise.all([hitsOf(ids.slice(0, PAGE), parsed, lang), counts()]);
  return { lang, parsed, corrected, total: ids.length, ids, hits, counts: filterCounts };
}

/** The next PAGE hits of an outcome. */
export async function moreHits(outcome: Outcome): Promise<Hit[]> {
  return hitsOf(outcome.ids.slice(outcome.hits.length, outcome.hits.length + PAGE), outcome.parsed, outcome.lang);
}

/** Every filter value present in the directory, with its number of teams (written by the build). */
export function allFilterValues(): Promise<FilterCounts> {
  return load<FilterCounts>(SEARCH_INDEX_PATHS.filters);
}
