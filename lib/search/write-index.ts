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
import fs from 'node:fs';
import path from 'node:path';
import type { Team } from '@/lib/profile/load';
import { dictionaryWords, searchRecord, type SearchRecord } from './record';
import { domainTokens, fold, keyForms, words } from './normalize';
import { CARD_SHARD, MIN_WORD, PATHS, WEIGHT, shardKey, type CardFile, type TermFile } from './index-format';

/** The words of a text as the index holds them: whole words without punctuation ("saintmalo") and their parts ("saint", "malo"). */
export function indexWords(text: string): string[] {
  const out = new Set<string>();
  for (const w of [...words(text), ...fold(text).split(/[^\p{L}\p{N}]+/u)]) if ([...w].length >= MIN_WORD) out.add(w);
  return [...out];
}

/** Each word of a team with its weight: names first, then identifiers (keys, domains), places, and the rest. */
function weightedWords(record: SearchRecord): Map<string, number> {
  const meta = record.meta;
  const weights = new Map<string, number>();
  const add = (list: string[], weight: number) => {
    for (const w of list) if ((weights.get(w) ?? -1) < weight) weights.set(w, weight);
  };
  add(indexWords(record.content), WEIGHT.text);
  add(indexWords([meta.city, meta.region, meta.countryNames].filter(Boolean).join(' ')), WEIGHT.place);
  const keys = (meta.fpr ?? '').split(' ').filter(Boolean).flatMap((f) => Object.values(keyForms(f)));
  const domains = [meta.mail, meta.web].filter(Boolean).join(' ').split(' ').filter(Boolean).flatMap(domainTokens);
  add([...keys, ...domains], WEIGHT.identifier);
  add(indexWords([meta.title, meta.short].filter(Boolean).join(' ')), WEIGHT.name);
  return weights;
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value));
}

export async function writeSearchIndex(teams: readonly Team[], outDir: string): Promise<void> {
  const sorted = [...teams].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const terms = new Map<string, TermFile>();
  const filterPostings: Record<string, Record<string, number[]>> = {};
  const cards: CardFile[] = [];
  sorted.forEach((team, id) => {
    // The record's language only picks label wording; both languages' labels are in its text.
    const record = searchRecord(team, 'en');
    for (const [word, weight] of weightedWords(record)) {
      const key = shardKey(word);
      if (!terms.has(key)) terms.set(key, {});
      (terms.get(key)![word] ??= []).push(id * 4 + weight);
    }
    for (const [name, values] of Object.entries(record.filters)) for (const v of values) ((filterPostings[name] ??= {})[v] ??= []).push(id);
    (cards[Math.floor(id / CARD_SHARD)] ??= []).push({ slug: team.slug, ...record.meta });
  });
  const dir = (p: string) => path.join(outDir, p);
  fs.rmSync(dir('search'), { recursive: true, force: true });
  for (const [key, file] of terms) writeJson(dir(PATHS.terms(key)), file);
  cards.forEach((file, n) => writeJson(dir(PATHS.cards(n)), file));
  const counts: Record<string, Record<string, number>> = {};
  for (const [name, values] of Object.entries(filterPostings)) {
    writeJson(dir(PATHS.filter(name)), values);
    counts[name] = Object.fromEntries(Object.entries(values).map(([v, ids]) => [v, ids.length]));
  }
  writeJson(dir(PATHS.filters), counts);
  writeJson(dir(PATHS.words), dictionaryWords(teams));
}
