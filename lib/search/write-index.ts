/**
 * Build time: the search index of the exported site (format: index-format.ts).
 *
 * Why our own files rather than a search engine's: the browser must be able
 * to show the first result of a 10,000-team directory after a few tens of
 * kilobytes. Pagefind needed 60 KB of WebAssembly plus a metadata file with an
 * entry per team before any result (docs/search.md has the measurements);
 * here a query reads one file of words sharing its first two letters and the
 * few card files of the results it shows.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Team } from '@/lib/profile/load';
import { sortTeams } from '@/lib/site/pagination';
import { dictionaryWords, indexCard, indexTerms } from './record';
import { filterValues } from './filter-values';
import type { FilterCounts, FilterName } from './filters';
import { CARD_SHARD, SEARCH_INDEX_PATHS, posting, shardKey, type TermFile } from './index-format';
import type { CardFile } from './match-reasons';

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value));
}

export async function writeSearchIndex(teams: readonly Team[], outDir: string): Promise<void> {
  // Team numbers in the order of the browse pages: results of equal score come out alphabetically.
  const sorted = sortTeams(teams, 'en');
  const terms = new Map<string, TermFile>();
  const filterPostings: Partial<Record<FilterName, Record<string, number[]>>> = {};
  const cards: CardFile[] = [];
  sorted.forEach((team, id) => {
    for (const [word, mark] of indexTerms(team)) {
      const key = shardKey(word);
      if (!terms.has(key)) terms.set(key, {});
      (terms.get(key)![word] ??= []).push(posting(id, mark));
    }
    for (const [name, values] of Object.entries(filterValues(team.profile)) as [FilterName, string[]][])
      for (const v of values) ((filterPostings[name] ??= {})[v] ??= []).push(id);
    (cards[Math.floor(id / CARD_SHARD)] ??= []).push(indexCard(team));
  });
  const dir = (p: string) => path.join(outDir, p);
  fs.rmSync(dir('search'), { recursive: true, force: true });
  for (const [key, file] of terms) writeJson(dir(SEARCH_INDEX_PATHS.terms(key)), file);
  cards.forEach((file, n) => writeJson(dir(SEARCH_INDEX_PATHS.cards(n)), file));
  const counts: FilterCounts = {};
  for (const [name, values] of Object.entries(filterPostings) as [FilterName, Record<string, number[]>][]) {
    writeJson(dir(SEARCH_INDEX_PATHS.filter(name)), values);
    counts[name] = Object.fromEntries(Object.entries(values).map(([v, ids]) => [v, ids.length]));
  }
  writeJson(dir(SEARCH_INDEX_PATHS.filters), counts);
  writeJson(dir(SEARCH_INDEX_PATHS.words), dictionaryWords(teams));
}
