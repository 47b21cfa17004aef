/**
 * Search evaluation: labelled queries (tests/fixtures/search-eval.json), each
 * with the team a peer means, run through the real engine over an index
 * written in Node, at 5 teams (the seed content) and at 10,000 (generated
 * profiles, scripts/gen-profiles.ts, with the 5 seed teams planted among them).
 *
 *   npm run eval:search [-- --sizes 5,10000]
 *
 * Prints, per kind of query and in all, how many found their team, how many
 * at rank 1, and the mean reciprocal rank; exits 1 when a query finds nothing
 * or fewer than RANK1_GOAL of them put the team first. The unit test
 * tests/search-eval.test.ts runs the same.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadTeams, type Team } from '@/lib/profile/load';
import { profileSchema } from '@/lib/profile/schema';
import { writeSearchIndex } from '@/lib/search/write-index';
import { forgetLoadedFiles, runSearch } from '@/lib/search/engine';
import { CARD_SHARD, SEARCH_INDEX_PATHS } from '@/lib/search/index-format';
import type { CardFile } from '@/lib/search/match-reasons';
import { EMPTY_STATE } from '@/lib/search/url-state';
import { generateProfiles } from './gen-profiles';

/** At least this share of the queries must put their team first. */
export const RANK1_GOAL = 0.95;

export type EvalCase = { query: string; slug: string; kind: string; lang: 'fr' | 'en' | 'any' };
export type EvalResult = EvalCase & { rank: number | null };

const SEED_CONTENT = path.resolve('content');

export function evalCases(file = path.resolve('tests/fixtures/search-eval.json')): EvalCase[] {
  const cases = JSON.parse(fs.readFileSync(file, 'utf8')) as EvalCase[];
  for (const c of cases) if (!c.query || !c.slug || !c.kind) throw new Error(`${file}: a case needs query, slug and kind: ${JSON.stringify(c)}`);
  return cases;
}

/**
 * `count` teams: generated profiles (validated by the profile schema, without the
 * round trip through files, which costs a minute at 10,000) and the seed teams among them.
 */
export function plantedTeams(count: number, seed = 7): Team[] {
  const seeds = loadTeams(SEED_CONTENT);
  const generated = generateProfiles(count - seeds.length, seed).map((g) => ({ slug: g.slug, file: `(generated) ${g.slug}`, profile: profileSchema.parse(g.profile), body: g.body }));
  const taken = new Set(generated.map((t) => t.slug));
  for (const t of seeds) if (taken.has(t.slug)) throw new Error(`a generated team has the slug of the seed team ${t.slug}`);
  return [...generated, ...seeds];
}

/** Writes the index of some teams into a new temporary folder and points fetch() at it, as a static server would. */
export async function serveIndexOf(teams: readonly Team[]): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'search-eval-index-'));
  await writeSearchIndex(teams, out);
  forgetLoadedFiles();
  globalThis.fetch = (async (url: string) => {
    const file = path.join(out, url);
    if (!fs.existsSync(file)) return new Response('not found', { status: 404 });
    return new Response(fs.readFileSync(file), { status: 200 });
  }) as typeof fetch;
  return out;
}

/** Each case's rank (1 = first) among every result of its query, or null when the query does not find its team. */
export async function rankEvalCases(cases: readonly EvalCase[], indexDir: string): Promise<EvalResult[]> {
  const slugs: string[] = [];
  for (let n = 0; fs.existsSync(path.join(indexDir, SEARCH_INDEX_PATHS.cards(n))); n++) {
    const file = JSON.parse(fs.readFileSync(path.join(indexDir, SEARCH_INDEX_PATHS.cards(n)), 'utf8')) as CardFile;
    file.forEach((card, i) => (slugs[n * CARD_SHARD + i] = card.slug));
  }
  const out: EvalResult[] = [];
  for (const c of cases) {
    const outcome = await runSearch({ ...EMPTY_STATE, q: c.query }, 'en');
    const at = outcome.ids.findIndex((id) => slugs[id] === c.slug);
    out.push({ ...c, rank: at < 0 ? null : at + 1 });
  }
  return out;
}

export type EvalFigures = { queries: number; found: number; rank1: number; mrr: number };

export function evalFigures(results: readonly EvalResult[]): EvalFigures {
  const found = results.filter((r) => r.rank !== null).length;
  const rank1 = results.filter((r) => r.rank === 1).length;
  const mrr = results.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / Math.max(1, results.length);
  return { queries: results.length, found, rank1, mrr };
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;

/** A Markdown table: one row per kind of query, then all. */
function evalTable(results: readonly EvalResult[]): string {
  const kinds = [...new Set(results.map((r) => r.kind))];
  const row = (label: string, f: EvalFigures) => `| ${label} | ${f.queries} | ${pct(f.found, f.queries)} | ${pct(f.rank1, f.queries)} | ${f.mrr.toFixed(3)} |`;
  return [
    '| kind | queries | found | rank 1 | MRR |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...kinds.map((k) => row(k, evalFigures(results.filter((r) => r.kind === k)))),
    row('**all**', evalFigures(results)),
  ].join('\n');
}

/** What falls short of the goals, one line each; empty when they are met. */
export function evalShortfalls(results: readonly EvalResult[]): string[] {
  const out = results.filter((r) => r.rank === null).map((r) => `not found: "${r.query}" (${r.slug})`);
  const f = evalFigures(results);
  if (f.rank1 < RANK1_GOAL * f.queries) out.push(`rank 1 for ${pct(f.rank1, f.queries)} of the queries, under ${RANK1_GOAL * 100} %`);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '5,10000' } } });
  const cases = evalCases();
  let failed = false;
  for (const size of values.sizes.split(',').map(Number)) {
    const started = performance.now();
    const index = await serveIndexOf(size <= 5 ? loadTeams(SEED_CONTENT) : plantedTeams(size));
    const results = await rankEvalCases(cases, index);
    console.log(`\n### ${size} teams (${Math.round(performance.now() - started)} ms)\n\n${evalTable(results)}\n`);
    for (const r of results) if (r.rank !== 1) console.log(`- rank ${r.rank ?? 'none'}: "${r.query}" (${r.slug}, ${r.kind})`);
    const problems = evalShortfalls(results);
    for (const p of problems) console.error(`FAIL ${p}`);
    failed ||= problems.length > 0;
    fs.rmSync(index, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}
