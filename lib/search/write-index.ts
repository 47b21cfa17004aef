/**
 * Build time: the search index of the exported site.
 *
 * - out/pagefind/: one Pagefind index over every team (lib/search/record.ts),
 *   language-neutral: the same records and the same results whichever UI
 *   language the reader uses; record URLs are /teams/<slug>/ and the browser
 *   puts its language in front.
 * - out/search/words.json: the folded words of every team name, for typo
 *   correction (fetched only when a text query finds nothing).
 * - out/search/filters.json: every filter value with its number of teams, for
 *   the filter menus. Pagefind's own filters() is never called: once it has
 *   loaded every filter, each search counts every value against every hit
 *   (about 0.5 s for a common word at 10,000 teams, docs/search.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Team } from '@/lib/profile/load';
import { dictionaryWords, searchRecord } from './record';
import { INDEX_LANGUAGE } from './normalize';

const BATCH = 200;

export async function writeSearchIndex(teams: readonly Team[], outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  const counts: Record<string, Record<string, number>> = {};
  try {
    for (let i = 0; i < teams.length; i += BATCH) {
      const added = await Promise.all(
        teams.slice(i, i + BATCH).map((team) => {
          const record = searchRecord(team, INDEX_LANGUAGE);
          for (const [key, values] of Object.entries(record.filters)) for (const v of values) (counts[key] ??= {})[v] = (counts[key][v] ?? 0) + 1;
          return index.addCustomRecord({ ...record, url: `/teams/${team.slug}/`, language: INDEX_LANGUAGE });
        }),
      );
      const failed = added.find((a) => a.errors.length > 0);
      if (failed) throw new Error(`search index: ${failed.errors.join('; ')}`);
    }
    const target = path.join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    // Pagefind's ready-made search UIs: this site has its own, so they are never loaded.
    for (const name of fs.readdirSync(target)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) fs.rmSync(path.join(target, name));
  } finally {
    await pagefind.close();
  }
  fs.mkdirSync(path.join(outDir, 'search'), { recursive: true });
  fs.writeFileSync(path.join(outDir, 'search', 'words.json'), JSON.stringify(dictionaryWords(teams)));
  fs.writeFileSync(path.join(outDir, 'search', 'filters.json'), JSON.stringify(counts));
}
