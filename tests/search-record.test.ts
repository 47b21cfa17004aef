import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadTeams } from '../lib/profile/load';
import { dictionaryWords, indexCard, indexTerms, servicesText } from '../lib/search/record';
import { filterValues } from '../lib/search/filter-values';
import { matchReasons } from '../lib/search/match-reasons';
import { parseQuery } from '../lib/search/normalize';
import { IDENTIFIER_FLAG, WEIGHT } from '../lib/search/index-format';
import { cardFacts } from '../lib/contact/card-facts';
import { registeredName, splitJoined } from '../lib/search/contact-terms';

const teams = loadTeams(path.resolve('content'));
const exodata = teams.find((t) => t.slug === 'csirt-exodata')!;
const pdl = teams.find((t) => t.slug === 'pays-de-la-loire-cyber-assistance')!;

test('the EXODATA index terms: key forms and domains as identifiers, places, folded keywords', () => {
  const terms = indexTerms(exodata);
  for (const w of ['dccafc279cdb3d719d98608881932f45b59fe677', '81932f45b59fe677', 'b59fe677', 'exodatacsirtfr', 'wwwexodatafr', 'exodatafr', 'incidents@exodatacsirtfr'])
    assert.equal(terms.get(w), WEIGHT.identifier | IDENTIFIER_FLAG, w);
  for (const w of ['exodata', 'exodatacsirt']) assert.ok(terms.get(w)! & IDENTIFIER_FLAG, `${w}: the name a host was registered under`);
  for (const w of ['sainteclotilde', 'sainte', 'clotilde', 'reunion', 'france', '97490']) assert.equal(terms.get(w), WEIGHT.address, w);
  assert.equal(terms.get('incidents'), undefined, 'a local part that is a stop word is left out');
  for (const w of ['cyberdefense', 'exodatacyberdefense']) assert.equal(terms.get(w), WEIGHT.name, w);
  assert.equal(terms.get('csirtexodata'), undefined, 'no name run starts with a stop word (the query cuts such a word instead)');
  assert.equal(terms.get('exodata'), WEIGHT.name | IDENTIFIER_FLAG, 'a name word and the registered name of www.exodata.fr');
  for (const w of ['forensics', 'sante', 'health']) assert.equal(terms.get(w), WEIGHT.text, w);
  for (const w of terms.keys()) assert.equal(w, w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), `${w} is folded`);
});

test('Pays de la Loire: the joined host and local part, the postal code and town, stems of the prose', () => {
  const terms = indexTerms(pdl);
  for (const w of ['loirecyber', 'loirecyberassistance']) assert.equal(terms.get(w), WEIGHT.name, w);
  assert.equal(terms.get('cyberassistance'), WEIGHT.address, 'the local part; no name run starts with a stop word');
  assert.equal(terms.get('paysdelaloire'), WEIGHT.name | IDENTIFIER_FLAG, 'a name run and the registered name of the host');
  assert.equal(terms.get('cyberassistance@paysdelaloirefr'), WEIGHT.identifier | IDENTIFIER_FLAG);
  for (const w of ['44966', 'nantes']) assert.equal(terms.get(w), WEIGHT.address, w);
  assert.ok(!terms.has('cedex'), 'a delivery detail is not a town');
  const cegedim = indexTerms(teams.find((t) => t.slug === 'cegedim-cloud-csirt')!);
  for (const w of ['incidentcsirtcc', 'cc', 'contactcsirtcc', '92100']) assert.equal(cegedim.get(w), WEIGHT.address, w);
  for (const w of ['contact', 'csirt']) assert.notEqual(cegedim.get(w), WEIGHT.address, `${w}: a stop word is no address word`);
});

test('splitJoined cuts a joined word into known words, or leaves it', () => {
  const known = new Set(['pays', 'de', 'la', 'loire', 'cyber', 'assistance', 'paysdelaloire']);
  assert.deepEqual(splitJoined('cyberassistance', known), ['cyber', 'assistance']);
  assert.deepEqual(splitJoined('paysdelaloirecyber', known), ['paysdelaloire', 'cyber'], 'the fewest pieces');
  assert.deepEqual(splitJoined('cyberassist', known), []);
  assert.deepEqual(splitJoined('loire', known), [], 'one piece is not a split');
});

test('registeredName: the label a host was registered under', () => {
  assert.equal(registeredName('cert.metsys.fr'), 'metsys');
  assert.equal(registeredName('www.exodata-csirt.fr'), 'exodatacsirt');
  assert.equal(registeredName('cert.ssi.gouv.fr'), 'ssi');
  assert.equal(registeredName('x.co.uk'), 'x');
  assert.equal(registeredName('localhost'), undefined);
});

test('the result card is the list card plus the match fields, with no packed strings', () => {
  const card = indexCard(exodata);
  const { short, match, ...listed } = card;
  assert.deepEqual(listed, cardFacts(exodata), 'the list and the index show the same facts');
  assert.equal(short, 'CSIRT EXODATA');
  assert.deepEqual(match.fingerprints, ['dccafc279cdb3d719d98608881932f45b59fe677']);
  assert.deepEqual(match.emails, ['incidents@exodata-csirt.fr']);
  assert.deepEqual(match.webHosts, ['www.exodata.fr']);
  assert.equal(match.postal, '97490 Sainte-Clotilde');
  assert.equal(card.email, 'incidents@exodata-csirt.fr');
  assert.equal(card.nameLang, 'en');
  assert.equal(card.aroundTheClock, undefined, 'EXODATA claims nothing round the clock');
  assert.deepEqual(indexCard(pdl).aroundTheClock, { kind: 'service', codes: ['except-public-holidays'] }, 'the 24/7 claim travels with its holiday exception');
  assert.equal(card.regionDerived, true, 'EXODATA\'s region is derived from its postal code');
});

test('filter values under the filters\u2019 own names; a candidacy is not counted as a membership', () => {
  assert.deepEqual(filterValues(exodata.profile), {
    country: ['FR'],
    region: ['La Réunion'],
    type: ['commercial'],
    for: ['large-companies', 'smes', 'mid-size-companies', 'local-authorities', 'health'],
    member: ['Cyber Campus of Nouvelle Aquitaine'],
  });
  assert.deepEqual(filterValues(pdl.profile).h24, ['24/7']);
  const apixit = teams.find((t) => t.slug === 'csirt-apixit')!;
  const candidacies = apixit.profile.memberships.filter((m) => m.status === 'candidate').map((m) => m.organisation);
  assert.ok(candidacies.length > 0, 'the fixture has a candidacy');
  for (const org of candidacies) assert.ok(!(filterValues(apixit.profile).member ?? []).includes(org), org);
  for (const t of teams) if (t.profile.constituency?.customers_only) assert.ok(filterValues(t.profile).for?.includes('customers-only'), t.slug);
});

test('the card gives the reasons of the issue examples', () => {
  const card = indexCard(exodata);
  assert.deepEqual(matchReasons(parseQuery('0x81932F45B59FE677'), card), ['key-id']);
  assert.deepEqual(matchReasons(parseQuery('8193 2F45 B59F E677'), card), ['key-id']);
  assert.deepEqual(matchReasons(parseQuery('DCCA FC27 9CDB 3D71 9D98 6088 8193 2F45 B59F E677'), card), ['fingerprint']);
  assert.deepEqual(matchReasons(parseQuery('exodata-csirt.fr'), card), ['email-domain']);
  assert.deepEqual(matchReasons(parseQuery('incidents@exodata-csirt.fr'), card), ['email', 'email-domain']);
  assert.deepEqual(matchReasons(parseQuery('Réunion'), card), ['region']);
});

test('services section found in French bodies, and cards stay small', () => {
  for (const t of teams) {
    assert.ok(servicesText(t.withheldBody ?? t.body).length > 100, t.slug);
    assert.ok(servicesText(t.withheldBody ?? t.body).length <= 1500, t.slug);
    assert.ok(JSON.stringify(indexCard(t)).length < 1500, `${t.slug} card stays small`);
  }
});

test('dictionaryWords: sorted, unique, folded name words', () => {
  const words = dictionaryWords(teams);
  assert.deepEqual(words, [...new Set(words)].sort());
  for (const w of ['exodata', 'csirt', 'cyberdefense', 'loire']) assert.ok(words.includes(w), w);
  assert.ok(words.every((w) => w === w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
});
