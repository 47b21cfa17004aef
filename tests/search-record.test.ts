import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadTeams } from '../lib/profile/load';
import { dictionaryWords, searchRecord, servicesText } from '../lib/search/record';
import { matchReasons, parseQuery } from '../lib/search/normalize';

const teams = loadTeams(path.resolve('content'));
const exodata = teams.find((t) => t.slug === 'csirt-exodata')!;

test('the EXODATA record: url, key forms, domains, folded text', () => {
  const r = searchRecord(exodata, 'fr');
  assert.equal(r.url, '/fr/teams/csirt-exodata/');
  assert.equal(r.language, 'fr');
  const words = new Set(r.content.split(' '));
  for (const w of ['dccafc279cdb3d719d98608881932f45b59fe677', '81932f45b59fe677', 'b59fe677', 'exodatacsirtfr', 'wwwexodatafr', 'exodatafr', 'sainte-clotilde', 'reunion', 'france', 'forensics', 'sante', 'health'])
    assert.ok(words.has(w), w);
  assert.equal(r.content, r.content.toLowerCase());
  assert.doesNotMatch(r.content, /[éèô]/);
  assert.equal(r.meta.fpr, 'dccafc279cdb3d719d98608881932f45b59fe677');
  assert.equal(r.meta.mail, 'exodata-csirt.fr');
  assert.equal(r.meta.web, 'www.exodata.fr');
  assert.equal(r.meta.email, 'incidents@exodata-csirt.fr');
  assert.equal(r.meta.title, 'CSIRT EXODATA Cyberdefense');
  assert.equal(r.meta.country, 'FR');
  assert.equal(r.meta.lang, 'en');
  assert.equal(r.meta.h24, undefined);
  assert.deepEqual(r.filters, {
    country: ['FR'],
    region: ['La Réunion'],
    team_type: ['commercial'],
    constituency: ['large-companies', 'smes', 'mid-size-companies', 'local-authorities', 'health'],
    membership: ['Cyber Campus of Nouvelle Aquitaine'],
  });
  assert.equal(searchRecord(exodata, 'en').url, '/en/teams/csirt-exodata/');
  assert.equal(searchRecord(exodata, 'en').content, r.content, 'the same text in both UI languages');
});

test('record meta gives the reasons of the issue examples', () => {
  const meta = searchRecord(exodata, 'en').meta;
  assert.deepEqual(matchReasons(parseQuery('0x81932F45B59FE677'), meta), ['key-id']);
  assert.deepEqual(matchReasons(parseQuery('8193 2F45 B59F E677'), meta), ['key-id']);
  assert.deepEqual(matchReasons(parseQuery('DCCA FC27 9CDB 3D71 9D98 6088 8193 2F45 B59F E677'), meta), ['fingerprint']);
  assert.deepEqual(matchReasons(parseQuery('exodata-csirt.fr'), meta), ['email-domain']);
  assert.deepEqual(matchReasons(parseQuery('Réunion'), meta), ['region']);
});

test('24/7 and customers-only filters; services section found in French bodies', () => {
  const pdl = teams.find((t) => t.slug === 'pays-de-la-loire-cyber-assistance')!;
  const r = searchRecord(pdl, 'fr');
  assert.deepEqual(r.filters.availability, ['24/7']);
  assert.equal(r.meta.h24, '1');
  for (const t of teams) {
    assert.ok(servicesText(t.body).length > 100, t.slug);
    assert.ok(servicesText(t.body).length <= 1500, t.slug);
    const rec = searchRecord(t, 'fr');
    if (t.profile.constituency?.customers_only) assert.ok(rec.filters.constituency.includes('customers-only'), t.slug);
    assert.ok(JSON.stringify(rec.meta).length < 1500, `${t.slug} meta stays small`);
  }
});

test('dictionaryWords: sorted, unique, folded name words', () => {
  const words = dictionaryWords(teams);
  assert.deepEqual(words, [...new Set(words)].sort());
  for (const w of ['exodata', 'csirt', 'cyberdefense', 'loire']) assert.ok(words.includes(w), w);
  assert.ok(words.every((w) => w === w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
});
