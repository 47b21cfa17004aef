import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTeams } from '@/lib/profile/load';
import { writeSearchIndex } from '@/lib/search/write-index';
import { indexWords } from '@/lib/search/record';
import { runSearch, moreHits } from '@/lib/search/engine';
import { shardKey } from '@/lib/search/index-format';
import { readState } from '@/lib/search/url-state';
import { plantedTeams, serveIndexOf } from '../scripts/eval-search';

// The engine, run in Node over index files the build wrote from the seed teams:
// fetch() reads them from the output folder, as a static server would serve them.
before(async () => {
  await serveIndexOf(loadTeams('content'));
});

const slugs = async (search: string) => (await runSearch(readState(search), 'en')).hits.map((h) => h.href);

test('each kind of query finds its seed team, in the reader language', async () => {
  assert.deepEqual(await slugs('?q=0x81932F45B59FE677'), ['/en/teams/csirt-exodata/']);
  assert.deepEqual(await slugs('?q=817A 1A29 B18B 1D3B DC5B 07B2 0730 B413 1650 D57A'), ['/en/teams/csirt-apixit/']);
  assert.deepEqual(await slugs('?q=incidents@exodata-csirt.fr'), ['/en/teams/csirt-exodata/']);
  assert.deepEqual(await slugs('?q=apix'), ['/en/teams/csirt-apixit/']);
  assert.deepEqual((await slugs('?q=boulogne')).sort(), ['/en/teams/cegedim-cloud-csirt/', '/en/teams/cert-metsys/']);
  assert.deepEqual(await slugs('?q=la reunion'), ['/en/teams/csirt-exodata/']);
});

test('a key ID typed after 0x finds its team at every keystroke, and only through identifiers', async () => {
  const id = '0x81932F45B59FE677';
  // "0x81" also begins CSIRT APIXIT's fingerprint (817A…); from "0x819" only one key does.
  assert.deepEqual((await slugs('?q=0x81')).sort(), ['/en/teams/csirt-apixit/', '/en/teams/csirt-exodata/']);
  for (let n = 5; n <= id.length; n++) assert.deepEqual(await slugs(`?q=${id.slice(0, n)}`), ['/en/teams/csirt-exodata/'], id.slice(0, n));
  assert.equal((await runSearch(readState('?q=0xa'), 'en')).total, 0, 'too short: not searched');
  // "dec" begins words of two seed teams and no seed key: written 0xdec it is a key ID, and finds none.
  assert.equal((await runSearch(readState('?q=dec'), 'en')).total, 2);
  assert.equal((await runSearch(readState('?q=0xdec'), 'en')).total, 0);
});

test('a typo is corrected from the names, and the outcome says so', async () => {
  const outcome = await runSearch(readState('?q=cegedin'), 'en');
  assert.equal(outcome.corrected, 'cegedim');
  assert.deepEqual(outcome.hits.map((h) => h.href), ['/en/teams/cegedim-cloud-csirt/']);
  assert.equal((await runSearch(readState('?q=zzzqqq'), 'en')).total, 0);
});

test('filters combine with each other and with words; counts say what each choice would give', async () => {
  // 24/7 as the public can use it: cegedim's on-call e-mail duty and Pays de la Loire's line (CERT-METSYS and
  // CSIRT APIXIT serve their customers only, so their 24/7 arrangements are not listed as the public's).
  assert.deepEqual((await slugs('?h24=24%2F7')).sort(), ['/en/teams/cegedim-cloud-csirt/', '/en/teams/pays-de-la-loire-cyber-assistance/']);
  assert.deepEqual(await slugs('?type=internal&h24=24%2F7'), ['/en/teams/cegedim-cloud-csirt/']);
  assert.deepEqual(await slugs('?type=commercial&h24=24%2F7'), []);
  assert.deepEqual(await slugs('?q=boulogne&type=internal'), ['/en/teams/cegedim-cloud-csirt/']);
  assert.deepEqual((await runSearch(readState('?type=commercial'), 'en')).counts, {}, 'no counts until the filters are opened');
  const outcome = await runSearch(readState('?type=commercial'), 'en', true);
  assert.equal(outcome.counts.type!.commercial, 3);
  assert.equal(outcome.counts.type!.internal, 1, 'choosing internal instead would give one team');
  assert.equal(outcome.counts.h24?.['24/7'] ?? 0, 0, 'of the commercial teams, none is reachable 24/7 by the public');
  assert.equal((await runSearch(readState('?type=internal'), 'en', true)).counts.h24!['24/7'], 1, 'the internal team is');
  const typed = await runSearch(readState('?q=boulogne&type=internal'), 'en', true);
  assert.equal(typed.counts.type!.commercial, 1, 'boulogne and commercial: CERT-METSYS');
});

test('ranking: an exact identifier first, then names, then the rest; ties alphabetical', async () => {
  const outcome = await runSearch(readState('?q=metsys'), 'en');
  assert.equal(outcome.hits[0].card.slug, 'cert-metsys', 'the name its host was registered under');
  // "csirt" is a whole word of four names: equal scores.
  const csirt = await runSearch(readState('?q=csirt'), 'en');
  const names = csirt.hits.map((h) => h.card.name);
  const firsts = names.filter((_, i) => csirt.hits[i].reasons.includes('name'));
  assert.equal(firsts.length, 4);
  assert.deepEqual(firsts, [...firsts].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })), 'teams named alike come alphabetically');
  assert.deepEqual(names.slice(0, firsts.length), firsts, 'teams named so come before the others');
});

test('recall: stems, joined and split names, local parts, postal codes', async () => {
  assert.deepEqual(await slugs('?q=cyberassistance'), ['/en/teams/pays-de-la-loire-cyber-assistance/']);
  assert.deepEqual(await slugs('?q=exo data'), ['/en/teams/csirt-exodata/']);
  assert.deepEqual(await slugs('?q=csirtapixit'), ['/en/teams/csirt-apixit/']);
  assert.deepEqual(await slugs('?q=incident-csirt-cc'), ['/en/teams/cegedim-cloud-csirt/']);
  assert.deepEqual(await slugs('?q=44966'), ['/en/teams/pays-de-la-loire-cyber-assistance/']);
  assert.ok((await slugs('?q=forensique exodata')).includes('/en/teams/csirt-exodata/'), 'French stem of an English word');
  const address = await runSearch(readState('?q=cert@metsys.fr'), 'en');
  assert.deepEqual(address.hits[0].reasons.slice(0, 2), ['email', 'email-domain']);
});

test('a team named by the query comes before one that only mentions it', async () => {
  const hits = await slugs('?q=metsys');
  assert.equal(hits[0], '/en/teams/cert-metsys/');
});

test('words are indexed whole and in parts, and file keys are safe names', () => {
  assert.deepEqual(indexWords('Saint-Malo'), ['saintmalo', 'saint', 'malo']);
  assert.equal(shardKey('ma'), '31-2p');
  assert.equal(shardKey('cert@metsysfr'), shardKey('@m'), 'an address goes by its domain');
  assert.match(shardKey('Москва'.toLowerCase()), /^[0-9a-z]+-[0-9a-z]+$/);
});

test('at 2,000 teams, a query reads one small term file and the cards of ten results', async () => {
  const big = fs.mkdtempSync(path.join(os.tmpdir(), 'search-big-out-'));
  await writeSearchIndex(plantedTeams(2000), big);
  const termFiles = fs.readdirSync(path.join(big, 'search/terms'));
  const largest = Math.max(...termFiles.map((f) => fs.statSync(path.join(big, 'search/terms', f)).size));
  assert.ok(largest < 200_000, `largest term file ${largest} bytes`);
  fs.rmSync(big, { recursive: true, force: true });
});

test('more hits come in pages of ten', async () => {
  const outcome = await runSearch(readState('?q=csirt'), 'en');
  assert.ok(outcome.total >= 4);
  const more = await moreHits({ ...outcome, hits: outcome.hits.slice(0, 2) });
  assert.deepEqual(more.map((h) => h.href), outcome.hits.slice(2, 12).map((h) => h.href));
});
