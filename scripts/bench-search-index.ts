/**
 * Search index benchmark: MiniSearch (one JSON index) against Pagefind (chunked index),
 * over the same records (lib/search/record.ts) of N generated profiles.
 *
 *   npm run bench:search-index [-- --sizes 1000,10000]
 *
 * Pagefind is measured by running its real browser module (pagefind.js + wasm) in Node,
 * with fetch() answered from the output folder and every requested file logged: the bytes
 * "before the first result" are what it actually asked for, not a guess.
 * Files Pagefind writes gzipped (wasm, *.pf_*) count as they are; pagefind.js, the worker and
 * pagefind-entry.json count gzipped (a static host compresses them). See the notes printed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import * as pagefind from 'pagefind';
import { generateProfiles } from './gen-profiles';
import { profileSchema } from '../lib/profile/schema';
import type { Team } from '../lib/profile/load';
import { dictionaryWords, searchRecord, type SearchRecord } from '../lib/search/record';
import { fold, keyForms, parseQuery, suggestCorrection } from '../lib/search/normalize';

const gz = (b: Buffer | string) => zlib.gzipSync(b).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

/**
 * ~35 queries built from the data, as typed: names and name prefixes (3 letters while typing),
 * typos, key IDs in several forms, domains, e-mail, URL, cities (whole and while typing),
 * regions, countries, services and constituency words, and the words nearly every team has.
 */
function queries(teams: Team[]): { label: string; raw: string; fuzzy?: boolean }[] {
  const withKey = teams.find((t) => t.profile.pgp_keys.length)!;
  const k = keyForms(withKey.profile.pgp_keys[0].fingerprint);
  const t = teams[Math.floor(teams.length / 3)];
  const nameWord = t.profile.host_organisation!.split(' ')[0];
  const typo = `${nameWord.slice(0, -2)}${nameWord.at(-2) === 'z' ? 'y' : 'z'}${nameWord.at(-1)}`;
  const mail = t.profile.emails[0].address;
  const other = teams[Math.floor((teams.length * 2) / 3)];
  const shortName = other.profile.name.short ?? other.profile.name.official;
  return [
    { label: 'first keystroke', raw: 'c' },
    { label: 'two letters', raw: 'se' },
    { label: 'name prefix', raw: nameWord.slice(0, 3) },
    { label: 'name word', raw: nameWord },
    { label: 'full name', raw: t.profile.name.official },
    { label: 'short name', raw: shortName },
    { label: 'name typo', raw: typo, fuzzy: true },
    { label: 'typo csirt', raw: 'csirf', fuzzy: true },
    { label: 'short key ID', raw: k.shortId.toUpperCase() },
    { label: '0x long key ID', raw: `0x${k.longId.toUpperCase()}` },
    { label: 'spaced long ID', raw: k.longId.toUpperCase().replace(/(.{4})(?=.)/g, '$1 ') },
    { label: 'fingerprint', raw: k.fingerprint.toUpperCase().replace(/(.{4})(?=.)/g, '$1 ') },
    { label: 'fpr prefix', raw: k.fingerprint.slice(0, 8) },
    { label: 'e-mail', raw: mail },
    { label: 'domain', raw: mail.split('@')[1] },
    { label: 'URL', raw: t.profile.website ?? 'https://example.fr/' },
    { label: 'city prefix', raw: 'Bes' },
    { label: 'city', raw: 'Saint-Malo' },
    { label: 'city accent', raw: 'Besancon' },
    { label: 'city ø', raw: 'Trondheim' },
    { label: 'region', raw: 'Île-de-France' },
    { label: 'region folded', raw: 'auvergne rhone alpes' },
    { label: 'country', raw: 'Allemagne' },
    { label: 'service prefix', raw: 'fore' },
    { label: 'service', raw: 'forensique' },
    { label: 'service en', raw: 'forensics' },
    { label: 'constituency fr', raw: 'santé' },
    { label: 'constituency en', raw: 'health' },
    { label: 'name + city', raw: `${nameWord} ${t.profile.city ?? ''}`.trim() },
    { label: 'common: securite', raw: 'securite' },
    { label: 'common: csirt', raw: 'csirt' },
    { label: 'common: cert', raw: 'cert' },
    { label: 'common: cyber', raw: 'cyber' },
    { label: 'common: incident', raw: 'incident' },
  ];
}

function teamsOf(n: number): Team[] {
  return generateProfiles(n, 42).map((g) => ({ slug: g.slug, file: `${g.slug}/profile.md`, profile: profileSchema.parse(g.profile), body: g.body }));
}

function benchMiniSearch(records: SearchRecord[], qs: ReturnType<typeof queries>) {
  let t0 = performance.now();
  const index = new MiniSearch({ fields: ['content', 'name'], storeFields: ['meta'], idField: 'url' });
  index.addAll(records.map((r) => ({ url: r.url, content: r.content, name: r.meta.title, meta: r.meta })));
  const buildMs = performance.now() - t0;
  const json = JSON.stringify(index);
  const times: number[] = [];
  const hits: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of qs) {
      // MiniSearch splits words on punctuation itself: give it folded text, and the compact token otherwise.
      const parsed = parseQuery(q.raw);
      t0 = performance.now();
      const res = index.search(parsed.kind === 'text' ? fold(q.raw) : parsed.query, { prefix: true, combineWith: 'AND', fuzzy: q.fuzzy ? 0.2 : false });
      times.push(performance.now() - t0);
      if (round === 0) hits.push(res.length);
    }
  }
  return { buildMs, raw: Buffer.byteLength(json), gzip: gz(json), median: pct(times, 0.5), p95: pct(times, 0.95), hits };
}

/** Every file the Pagefind browser module fetches, logged per phase. */
const fetched: string[] = [];
globalThis.fetch = (async (input: string | URL | Request) => {
  const file = fileURLToPath(String(input instanceof Request ? input.url : input).split('?')[0]);
  fetched.push(file);
  return new Response(fs.readFileSync(file));
}) as typeof fetch;

async function benchPagefind(records: SearchRecord[], qs: ReturnType<typeof queries>, dir: string, dictionary: string[], rounds: number) {
  let t0 = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
  for (let i = 0; i < records.length; i += 200) {
    const out = await Promise.all(records.slice(i, i + 200).map(({ url, content, language, meta, filters }) => index.addCustomRecord({ url, content, language, meta, filters })));
    for (const o of out) if (o.errors.length) throw new Error(`pagefind addCustomRecord: ${o.errors.join('; ')}`);
  }
  const write = await index.writeFiles({ outputPath: dir });
  if (write.errors.length) throw new Error(`pagefind writeFiles: ${write.errors.join('; ')}`);
  const buildMs = performance.now() - t0;
  await index.deleteIndex();
  const all = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const size = (re: RegExp) => all.filter((e) => re.test(e.name)).reduce((s, e) => s + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
  const browserBytes = (file: string) => (/\.(pf_\w+|pagefind)$/.test(file) ? fs.statSync(file).size : gz(fs.readFileSync(file)));

  const pf = await import(pathToFileURL(path.join(dir, 'pagefind.js')).href);
  await pf.options({ basePath: pathToFileURL(dir).href + '/' });
  fetched.length = 0;
  t0 = performance.now();
  await pf.init();
  const initFiles = [...fetched];
  await pf.filters();
  const filterFiles = fetched.filter((f) => !initFiles.includes(f));
  const firstQ = qs.find((q) => q.label === 'name word')!;
  const first = await pf.search(parseQuery(firstQ.raw).query);
  await Promise.all(first.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
  const firstMs = performance.now() - t0;
  const firstFiles = [...new Set(fetched)];
  const shell = ['pagefind.js', 'pagefind-worker.js'].map((f) => path.join(dir, f));
  const before = [...shell, ...firstFiles].reduce((s, f) => s + browserBytes(f), 0);
  const filtersLater = filterFiles.filter((f) => f.endsWith('.pf_filter')).reduce((s, f) => s + browserBytes(f), 0);
  const byKind = (re: RegExp) => firstFiles.filter((f) => re.test(f)).reduce((s, f) => s + browserBytes(f), 0);
  // The UI's two states: no filter chunk loaded (filters() never called: only the chunks of the
  // filters in use get loaded), and every filter chunk loaded (after filters(), i.e. once the
  // filter panel has shown its counts). Pagefind counts every loaded filter value against every
  // hit on each search, so the second state is measured on its own instance too.
  const lazy = pf.createInstance({ basePath: pathToFileURL(dir).href + '/' });
  await lazy.init();
  const noFilters = await timeQueries(lazy, qs, dictionary, rounds);
  const withFilters = await timeQueries(pf, qs, dictionary, rounds);
  await lazy.destroy();
  return {
    buildMs, files: all.length, total: size(/./), data: size(/\.pf_(index|fragment|filter|meta)$/), indexChunks: all.filter((e) => e.name.endsWith('.pf_index')).length,
    before, shellJs: shell.reduce((s, f) => s + browserBytes(f), 0), wasm: byKind(/\.pagefind$/), metaF: byKind(/\.pf_meta$/), filter: byKind(/\.pf_filter$/),
    index: byKind(/\.pf_index$/), fragment: byKind(/\.pf_fragment$/), entry: byKind(/\.json$/), fetchedFirst: firstFiles.length, initFiles: initFiles.length,
    firstMs, filtersLater, filterFiles: filterFiles.length, noFilters, withFilters,
  };
}

type PagefindApi = { search: (term: string) => Promise<{ results: { words: number[]; data: () => Promise<unknown> }[] }> };

/**
 * Keystroke to results as the UI does it: parse, search, typo-correct when nothing matched,
 * then data() of the first 10 results only (the rest stay unloaded). Round 0 is cold (chunks
 * fetched), the others warm. search and data times are kept apart, with the word locations
 * Pagefind returned (it serialises every hit's locations on every search).
 */
async function timeQueries(pf: PagefindApi, qs: ReturnType<typeof queries>, dictionary: string[], rounds: number) {
  const out = qs.map(() => ({ hits: 0, hitsLast: 0, locations: 0, total: [] as number[], search: [] as number[], data: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    for (const [i, q] of qs.entries()) {
      const t0 = performance.now();
      const parsed = parseQuery(q.raw);
      let res = await pf.search(parsed.query);
      // No result for text: the UI corrects typos with the (lazily fetched) name dictionary and searches again.
      const corrected = !res.results.length && parsed.kind === 'text' ? suggestCorrection(parsed.terms, dictionary) : null;
      if (corrected) res = await pf.search(corrected.join(' '));
      const t1 = performance.now();
      await Promise.all(res.results.slice(0, 10).map((r) => r.data()));
      const t2 = performance.now();
      out[i].total.push(t2 - t0);
      out[i].search.push(t1 - t0);
      out[i].data.push(t2 - t1);
      if (round === 0) [out[i].hits, out[i].locations] = [res.results.length, res.results.reduce((s, r) => s + r.words.length, 0)];
      out[i].hitsLast = res.results.length;
    }
  }
  const perQuery = out.map((o) => ({ ...o, cold: o.total[0], warm: pct(o.total.slice(1), 0.5), warmSearch: pct(o.search.slice(1), 0.5), warmData: pct(o.data.slice(1), 0.5) }));
  /** median and p95 over the list of per-query warm medians, optionally only queries of a minimum length. */
  const over = (min = 0) => {
    const xs = perQuery.filter((_, i) => parseQuery(qs[i].raw).query.length >= min).map((p) => p.warm);
    return { median: pct(xs, 0.5), p95: pct(xs, 0.95), max: Math.max(...xs) };
  };
  return { perQuery, all: over(), min2: over(2), min3: over(3), coldP95: pct(perQuery.map((p) => p.cold), 0.95) };
}

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, rounds: { type: 'string', default: '6' }, 'no-minisearch': { type: 'boolean', default: false } } });
const rounds = Math.max(2, Number(values.rounds));
for (const n of values.sizes!.split(',').map(Number)) {
  const t0 = performance.now();
  const teams = teamsOf(n);
  const genMs = performance.now() - t0;
  const records = teams.map((t) => searchRecord(t, 'fr'));
  const qs = queries(teams);
  const dict = dictionaryWords(teams).join('\n');
  const contentBytes = records.reduce((s, r) => s + Buffer.byteLength(r.content), 0);
  const mini = values['no-minisearch'] ? null : benchMiniSearch(records, qs);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pagefind-${n}-`));
  const pfr = await benchPagefind(records, qs, dir, dict.split('\n'), rounds);
  console.log(`\n## N = ${n} (one UI language, fr; generate+validate ${Math.round(genMs)} ms; content ${kb(contentBytes / n)} per team; meta ~${kb(JSON.stringify(records[0].meta).length)})`);
  console.log(`typo dictionary: ${dict.split('\n').length} words, ${kb(Buffer.byteLength(dict))} raw, ${kb(gz(dict))} gzip`);
  const nf = pfr.noFilters;
  const wf = pfr.withFilters;
  const words = records.reduce((s, r) => s + r.content.split(' ').length, 0);
  console.log(`content words indexed: ${Math.round(words / n)} per team (${words} in all)`);
  console.log('\n| engine | build | index on disk | bytes before first result (gzip) | query median | query p95 |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  if (mini) console.log(`| MiniSearch 7 | ${ms(mini.buildMs)} | ${kb(mini.raw)} JSON, ${kb(mini.gzip)} gzip (1 file) | ${kb(mini.gzip)} + library | ${ms(mini.median)} | ${ms(mini.p95)} |`);
  console.log(`| Pagefind 1.6, no filter chunk loaded | ${ms(pfr.buildMs)} | ${kb(pfr.total)} in ${pfr.files} files (index data ${kb(pfr.data)}, ${pfr.indexChunks} index chunks) | ${kb(pfr.before - pfr.filtersLater)} | ${ms(nf.all.median)} | ${ms(nf.all.p95)} |`);
  console.log(`| Pagefind 1.6, all filter chunks loaded | | | ${kb(pfr.before)} | ${ms(wf.all.median)} | ${ms(wf.all.p95)} |`);
  console.log(`\nPagefind before first result: js+worker ${kb(pfr.shellJs)}, wasm ${kb(pfr.wasm)}, entry ${kb(pfr.entry)}, meta ${kb(pfr.metaF)}, filters ${kb(pfr.filter)}, index chunk(s) ${kb(pfr.index)}, fragments ${kb(pfr.fragment)}; ${pfr.fetchedFirst} files fetched (${pfr.initFiles} by init(), ${pfr.filterFiles} more by filters(), which also loads the wasm and meta); cold init→10 results in node ${ms(pfr.firstMs)}`);
  console.log(`Without filters() before the first result (filter counts loaded when the filter panel opens): ${kb(pfr.before - pfr.filtersLater)}`);
  console.log('\nPagefind keystroke→10 results, warm median over the query list (p95 / max):');
  for (const [label, r] of [['no filter chunk', nf], ['all filter chunks', wf]] as const)
    console.log(`- ${label}: all queries ${ms(r.all.median)} (p95 ${ms(r.all.p95)} / max ${ms(r.all.max)}); queries of 2+ chars ${ms(r.min2.median)} (p95 ${ms(r.min2.p95)}); 3+ chars ${ms(r.min3.median)} (p95 ${ms(r.min3.p95)}); cold p95 ${ms(r.coldP95)}`);
  console.log(`\n| query | parsed | ${mini ? 'MiniSearch hits | ' : ''}Pagefind hits (typo-corrected when 0) | word locations | no filter chunk: cold / warm (search + data) | all filter chunks: cold / warm |\n| --- | --- | ${mini ? '--- | ' : ''}--- | --- | --- | --- |`);
  qs.forEach((q, i) => {
    const p = parseQuery(q.raw);
    const [a, b] = [nf.perQuery[i], wf.perQuery[i]];
    const hits = a.hits === a.hitsLast ? `${a.hits}` : `${a.hits} cold, ${a.hitsLast} once other chunks are loaded`;
    console.log(`| ${q.label}: \`${q.raw}\` | ${p.kind} \`${p.query}\` | ${mini ? `${mini.hits[i]} | ` : ''}${hits} | ${a.locations} | ${ms(a.cold)} / ${ms(a.warm)} (${ms(a.warmSearch)} + ${ms(a.warmData)}) | ${ms(b.cold)} / ${ms(b.warm)} |`);
  });
  fs.rmSync(dir, { recursive: true, force: true });
}
await pagefind.close();
