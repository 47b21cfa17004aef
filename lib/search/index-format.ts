/**
 * The search index's files, shared by the build (write-index.ts) and the
 * browser (engine.ts). Everything is plain JSON under /search/, split so that
 * a reader downloads only what a query needs, whatever the size of the
 * directory:
 *
 *   /search/terms/<key>.json   every indexed word starting with the same two
 *                              characters → postings (posting() below)
 *   /search/cards/<n>.json     result cards of teams n × CARD_SHARD … (+ CARD_SHARD − 1)
 *   /search/filter/<name>.json filter value → team numbers (loaded when the filter is used;
 *                              names in lib/search/filters.ts)
 *   /search/filters.json       filter value → number of teams (the filter menus)
 *   /search/words.json         the words of every team name (typo correction)
 *
 * Team numbers are positions in the alphabetical list of team names (the
 * order of the browse pages, lib/site/pagination.ts), so results of equal score
 * come out in that order.
 */
import type { FilterName } from './filters';

/** Teams per card file: ten results touch at most ten small files. */
export const CARD_SHARD = 8;

/**
 * Weights of a word in a team, highest first.
 * name: official and short names, their words joined; identifier: key forms, e-mail
 * addresses, domains; address: city, region, country, postal code, e-mail local parts
 * and host labels; text: host organisation, constituency, services, labels.
 */
export const WEIGHT = { name: 3, identifier: 2, address: 1, text: 0 } as const;

/**
 * Added to a word's weight when the word, whole, is one of the team's identifiers (a key
 * form, an address, a domain, the name a host was registered under): typed exactly, it
 * ranks the team first, even when the word is also a name word ("metsys").
 */
export const IDENTIFIER_FLAG = 4;

/** A posting: team number × 8 + the word's weight and IDENTIFIER_FLAG ("mark"). */
export const posting = (team: number, mark: number) => team * 8 + mark;
export const postingTeam = (p: number) => p >> 3;
export const postingMark = (p: number) => p & 7;

/** Words shorter than this are not indexed, and a query word shorter than this is not searched. */
export const MIN_WORD = 2;

/**
 * The file key of a word: its first two characters as base-36 code points ("ma" → "31-2p"),
 * safe in any URL or file system. An address token ("cert@metsysfr") goes by its "@" and
 * the first character of its domain ("@m" → "1s-31"): local parts are few ("cert",
 * "contact", "incidents"), so keyed by them, a few files would hold every address.
 */
export function shardKey(word: string): string {
  const at = word.indexOf('@');
  return [...(at >= 0 ? word.slice(at) : word)]
    .slice(0, MIN_WORD)
    .map((c) => c.codePointAt(0)!.toString(36))
    .join('-');
}

export const SEARCH_INDEX_PATHS = {
  terms: (key: string) => `/search/terms/${key}.json`,
  cards: (shard: number) => `/search/cards/${shard}.json`,
  filter: (name: FilterName) => `/search/filter/${name}.json`,
  filters: '/search/filters.json',
  words: '/search/words.json',
} as const;

/** One term file: word → postings. */
export type TermFile = Record<string, number[]>;
