import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadTeams } from '@/lib/profile/load';
import { evalCases, rankEvalCases, evalFigures, plantedTeams, RANK1_GOAL, serveIndexOf, evalShortfalls, type EvalResult } from '../scripts/eval-search';

// The labelled queries of tests/fixtures/search-eval.json, through the real engine over an
// index written in Node: every query must find its team, and RANK1_GOAL of them first.
const cases = evalCases();

function assertGoals(results: EvalResult[], size: number) {
  assert.deepEqual(evalShortfalls(results), [], `at ${size} teams`);
}

test('the set covers every kind of query the issue names, in French and English', () => {
  assert.ok(cases.length >= 80, `${cases.length} queries`);
  for (const kind of ['name', 'short name', 'joined or split', 'typo', 'accents', 'fingerprint', 'key ID', 'e-mail', 'domain', 'place', 'services'])
    assert.ok(cases.some((c) => c.kind === kind), kind);
  for (const lang of ['fr', 'en']) assert.ok(cases.some((c) => c.lang === lang), lang);
  const slugs = new Set(loadTeams('content').map((t) => t.slug));
  for (const c of cases) assert.ok(slugs.has(c.slug), `${c.query}: ${c.slug} is a seed team`);
});

test('the goals are checked: a query that finds nothing, or too few first, fails', () => {
  const base = { slug: 's', kind: 'name', lang: 'any' as const };
  const good: EvalResult[] = Array.from({ length: 20 }, (_, i) => ({ ...base, query: `q${i}`, rank: 1 }));
  assert.deepEqual(evalShortfalls(good), []);
  assert.match(evalShortfalls([...good.slice(1), { ...base, query: 'lost', rank: null }]).join('\n'), /not found: "lost"/);
  assert.match(evalShortfalls([...good.slice(2), { ...base, query: 'a', rank: 2 }, { ...base, query: 'b', rank: 3 }]).join('\n'), /rank 1 for 90.0 %/);
  assert.ok(Math.abs(evalFigures([{ ...base, query: 'a', rank: 1 }, { ...base, query: 'b', rank: 4 }]).mrr - 0.625) < 1e-9);
});

test('at 5 teams, every query finds its team, at least 95 % first', async () => {
  const index = await serveIndexOf(loadTeams('content'));
  const results = await rankEvalCases(cases, index);
  assertGoals(results, 5);
  assert.ok(evalFigures(results).rank1 >= RANK1_GOAL * cases.length);
  fs.rmSync(index, { recursive: true, force: true });
});

test('at 10,000 teams (the seed teams planted among generated ones), every query finds its team, at least 95 % first', async () => {
  const teams = plantedTeams(10_000);
  assert.equal(teams.length, 10_000);
  const index = await serveIndexOf(teams);
  assert.ok(fs.readdirSync(path.join(index, 'search/cards')).length >= 10_000 / 8);
  assertGoals(await rankEvalCases(cases, index), 10_000);
  // A query downloads one term file: the largest must stay well inside the 200 KB budget before the first result.
  const terms = path.join(index, 'search/terms');
  const largest = Math.max(...fs.readdirSync(terms).map((f) => zlib.gzipSync(fs.readFileSync(path.join(terms, f))).length));
  assert.ok(largest < 70_000, `largest term file ${largest} bytes gzip`);
  fs.rmSync(index, { recursive: true, force: true });
});
