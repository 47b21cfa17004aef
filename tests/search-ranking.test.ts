import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTeams } from '@/lib/profile/load';
import { runSearch } from '@/lib/search/engine';
import { readState } from '@/lib/search/url-state';
import { readingsOf } from '@/lib/search/query-plan';
import { parseQuery } from '@/lib/search/normalize';
import { stemsOf } from '@/lib/search/stem';
import { serveIndexOf } from '../scripts/eval-search';

test('equal scores come in the alphabetical order of names, not of slugs', async () => {
  // The Pays de la Loire team renamed so that its name comes first and its slug last.
  const teams = loadTeams('content').map((t) =>
    t.slug === 'pays-de-la-loire-cyber-assistance' ? { ...t, profile: { ...t.profile, name: { official: 'Agence CSIRT Loire' } } } : t,
  );
  await serveIndexOf(teams);
  const hits = (await runSearch(readState('?q=csirt'), 'en')).hits.filter((h) => h.reasons.includes('name')).map((h) => h.card.name);
  assert.deepEqual(hits, ['Agence CSIRT Loire', 'cegedim.cloud CSIRT', 'CSIRT APIXIT', 'CSIRT EXODATA Cyberdefense']);
});

test('stems: French and English, only those that differ and are long enough', () => {
  assert.ok(stemsOf('services').includes('servic'));
  assert.ok(stemsOf('hopitaux').includes('hopital'));
  assert.ok(stemsOf('universities').includes('univers'));
  assert.deepEqual(stemsOf('pays'), [], '"pay" is too short to search by');
  assert.deepEqual(stemsOf('b59fe677'), [], 'no stems of words with digits');
  for (const w of ['securite', 'forensique', 'collectivites']) assert.ok(!stemsOf(w).includes(w));
});

test('readings: the words, their stems, joined, without stop words, cut after one', () => {
  const words = (q: string) => readingsOf(parseQuery(q)).map((r) => r.slots.map((slot) => slot.map((f) => f.word).join('|')).join(' '));
  assert.deepEqual(words('exo data'), ['exo data', 'exodata'], 'as typed, then joined (without stems: they would cut it anywhere)');
  assert.ok(words('services').includes('services|servic'));
  assert.ok(words('crisis management').includes('crisis|cris|crisi'), 'the reading without the stop word');
  assert.ok(words('csirtapixit').includes('csirt apixit|apix'));
  assert.ok(words('pays de la loire').includes('paysde la loire|loir'));
  assert.deepEqual(words('0x81932F45B59FE677'), ['81932f45b59fe677']);
  assert.deepEqual(words('cert@metsys.fr'), ['cert@metsysfr|metsysfr'], 'the address or its domain');
  assert.deepEqual(readingsOf(parseQuery(' ')), []);
  const stopless = readingsOf(parseQuery('crisis management')).find((r) => r.slots.length === 1 && r.slots[0][0].word === 'crisis');
  assert.equal(stopless?.per, 2, 'a reading without a stop word counts it as missed');
});
