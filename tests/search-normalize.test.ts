import { test } from 'node:test';
import assert from 'node:assert/strict';
import { domainToken, domainTokens, emailToken, foldForSearch, hostLabels, isTooShort, joinedRuns, keyForms, parseQuery } from '../lib/search/normalize';
import { suggestCorrection } from '../lib/search/typo';
import { matchReasons, type IndexCard } from '../lib/search/match-reasons';

const FPR = 'DCCA FC27 9CDB 3D71 9D98 6088 8193 2F45 B59F E677';
const HEX = 'dccafc279cdb3d719d98608881932f45b59fe677';

test('fold: case, accents, ligatures, whitespace', () => {
  assert.equal(foldForSearch('Sécurité'), 'securite');
  assert.equal(foldForSearch(foldForSearch('Sécurité')), foldForSearch('securite'));
  assert.equal(foldForSearch('  Équipe   de\tRÉPONSE '), 'equipe de reponse');
  assert.equal(foldForSearch('Cœur Æther Straße Trøndelag Łódź'), 'coeur aether strasse trondelag lodz');
  assert.equal(foldForSearch('Ñandú Düsseldorf Île-de-France Göteborg'), 'nandu dusseldorf ile-de-france goteborg');
  assert.equal(foldForSearch('İstanbul'), 'istanbul');
});

test('keyForms from any spelling of a fingerprint', () => {
  const expected = { fingerprint: HEX, longId: '81932f45b59fe677', shortId: 'b59fe677' };
  for (const form of [FPR, HEX, HEX.toUpperCase(), `0x${HEX}`, HEX.match(/../g)!.join(':')]) assert.deepEqual(keyForms(form), expected);
  assert.throws(() => keyForms('81932F45B59FE677'));
});

test('parseQuery: every key form of the issue becomes one compact hex token', () => {
  const cases: [string, string][] = [
    ['0x81932F45B59FE677', '81932f45b59fe677'],
    ['8193 2F45 B59F E677', '81932f45b59fe677'],
    ['81932f45b59fe677', '81932f45b59fe677'],
    [FPR, HEX],
    [HEX.toUpperCase(), HEX],
    [HEX.match(/../g)!.join(':'), HEX],
    ['0xB59FE677', 'b59fe677'],
    ['B59FE677', 'b59fe677'],
    ['dcca fc27 9cdb', 'dccafc279cdb'],
    ['0xdeadbeef', 'deadbeef'],
  ];
  for (const [raw, hex] of cases) assert.deepEqual(parseQuery(raw), { kind: 'key', query: hex, terms: [hex] }, raw);
});

test('parseQuery: a key ID still being typed after 0x is a key prefix, too short until two digits', () => {
  assert.deepEqual(parseQuery('0x'), { kind: 'key', query: '', terms: [] });
  assert.deepEqual(parseQuery('0x8'), { kind: 'key', query: '8', terms: ['8'] });
  assert.deepEqual(parseQuery('0x8193 2F'), { kind: 'key', query: '81932f', terms: ['81932f'] });
  assert.equal(isTooShort(parseQuery('0x')), true);
  assert.equal(isTooShort(parseQuery('0x8')), true);
  assert.equal(isTooShort(parseQuery('0x81')), false);
  assert.equal(parseQuery('0xg1').kind, 'text', 'not hex after 0x');
});

test('parseQuery: what is not a key', () => {
  assert.equal(parseQuery('B59FE67').kind, 'text', 'seven hex digits');
  assert.equal(parseQuery('cafe').kind, 'text');
  assert.equal(parseQuery('deadbeef').kind, 'text', 'hex letters without a digit are a word unless written 0x…');
  assert.equal(parseQuery('facade decade').kind, 'text');
  assert.equal(parseQuery(`${HEX}00`).kind, 'text', 'longer than a v4 fingerprint');
  assert.equal(parseQuery('cert 2600').kind, 'text');
  assert.deepEqual(parseQuery('   '), { kind: 'empty', query: '', terms: [] });
});

test('domains, e-mails and URLs search one domain token', () => {
  assert.equal(domainToken('exodata-csirt.fr'), 'exodatacsirtfr');
  assert.deepEqual(domainTokens('www.cyber.pdl.fr'), ['wwwcyberpdlfr', 'cyberpdlfr', 'pdlfr']);
  const token = { query: 'exodatacsirtfr', terms: ['exodatacsirtfr'] };
  assert.deepEqual(parseQuery('exodata-csirt.fr'), { kind: 'domain', ...token });
  assert.deepEqual(parseQuery('www.exodata-csirt.fr'), { kind: 'domain', ...token });
  assert.deepEqual(parseQuery('https://www.Exodata-CSIRT.fr/contact?x=1'), { kind: 'domain', ...token });
  assert.deepEqual(parseQuery('incidents@exodata-csirt.fr'), { kind: 'email', query: 'incidents@exodatacsirtfr', terms: ['incidents@exodatacsirtfr', 'exodatacsirtfr'] }, 'the address, then its domain');
  assert.deepEqual(parseQuery('Incidents@Exodata-csirt.F'), { kind: 'email', query: 'incidents@exodatacsirtf', terms: ['incidents@exodatacsirtf', 'exodatacsirtf'] }, 'half-typed e-mail');
  assert.equal(emailToken('Incident-CSIRT-cc@cegedim.com'), 'incidentcsirtcc@cegedimcom');
  assert.equal(parseQuery('https://www.exodata-cs').query, 'exodatacs', 'half-typed URL');
  assert.equal(parseQuery('exodata-csirt.f').query, 'exodatacsirtf', 'half-typed domain');
});

test('host labels and joined runs of words', () => {
  assert.deepEqual(hostLabels('www.cert.Exodata-CSIRT.fr'), ['cert', 'exodata-csirt']);
  assert.deepEqual(joinedRuns(['pays', 'de', 'la', 'loire']), ['paysde', 'paysdela', 'paysdelaloire', 'dela', 'delaloire', 'laloire']);
  assert.deepEqual(joinedRuns(['apixit']), []);
});

test('text queries are folded words without punctuation', () => {
  assert.deepEqual(parseQuery('Sécurité  Île-de-France'), { kind: 'text', query: 'securite iledefrance', terms: ['securite', 'iledefrance'] });
  assert.equal(parseQuery('CERT-FR').query, 'certfr');
});

const exodata: IndexCard = {
  slug: 'csirt-exodata',
  name: 'CSIRT EXODATA Cyberdefense',
  nameLang: 'en',
  teamType: 'commercial',
  short: 'CSIRT EXODATA',
  city: 'Sainte-Clotilde',
  region: 'La Réunion',
  email: 'incidents@exodata-csirt.fr',
  emailIsForIncidents: true,
  match: {
    countryNames: 'france',
    fingerprints: [HEX],
    emails: ['incidents@exodata-csirt.fr'],
    webHosts: ['www.exodata.fr'],
    postal: '97490 Sainte-Clotilde',
    constituency: 'organizations located in metropolitan france, overseas territories',
    services: 'crisis management forensics threat intelligence',
  },
};

test('matchReasons says which fields matched', () => {
  const reasons = (q: string) => matchReasons(parseQuery(q), exodata);
  assert.deepEqual(reasons('0x81932F45B59FE677'), ['key-id']);
  assert.deepEqual(reasons('B59FE677'), ['key-id']);
  assert.deepEqual(reasons(FPR), ['fingerprint']);
  assert.deepEqual(reasons('DCCA FC27'), ['fingerprint']);
  assert.deepEqual(reasons('incidents@exodata-csirt.fr'), ['email', 'email-domain']);
  assert.deepEqual(reasons('alerts@exodata-csirt.fr'), ['email-domain'], 'another address of the same domain');
  assert.deepEqual(reasons('incidents'), ['email'], 'a local part');
  assert.deepEqual(reasons('97490'), ['address'], 'a postal code');
  assert.deepEqual(reasons('exo data'), ['email-domain', 'web-domain', 'name', 'short-name'], 'a name typed apart');
  assert.deepEqual(reasons('exodata.fr'), ['web-domain']);
  assert.deepEqual(reasons('https://www.exodata.fr/x'), ['web-domain']);
  assert.deepEqual(reasons('exodata'), ['email-domain', 'web-domain', 'name', 'short-name'], 'host labels are words too');
  assert.deepEqual(reasons('cyberdéf'), ['name']);
  assert.deepEqual(reasons('reunion'), ['region']);
  assert.deepEqual(reasons('clotilde'), ['city', 'address']);
  assert.deepEqual(reasons('sainte-clotilde'), ['city', 'address']);
  assert.deepEqual(reasons('France'), ['country', 'constituency']);
  assert.deepEqual(reasons('forensic'), ['services']);
  assert.deepEqual(reasons('forensique'), ['services'], 'through the stem');
  assert.deepEqual(reasons('c'), [], 'a one-letter term matches whole words only');
  assert.deepEqual(reasons('1234abcd'), []);
});

test('suggestCorrection: one typo, two from 8 letters, none for prefixes', () => {
  const dictionary = ['cert', 'csirt', 'cyberdefense', 'exodata', 'loire', 'pays', 'securite'].sort();
  assert.deepEqual(suggestCorrection(['exodaya'], dictionary), ['exodata']);
  assert.deepEqual(suggestCorrection(['csirt', 'exodaya'], dictionary), ['csirt', 'exodata']);
  assert.deepEqual(suggestCorrection(['cyberdefanse'], dictionary), ['cyberdefense']);
  assert.deepEqual(suggestCorrection(['Sécuriét'], dictionary), ['securite'], 'folded first; 8 letters allow two edits');
  assert.equal(suggestCorrection(['exodxxa'], dictionary), null, 'two edits in a 7-letter word');
  assert.equal(suggestCorrection(['Sécurty'], dictionary), null, 'two edits in a 7-letter word');
  assert.equal(suggestCorrection(['exod', 'csirt'], dictionary), null, 'a prefix is still being typed');
  assert.equal(suggestCorrection(['zz', 'b59fe677'], dictionary), null, 'short words and words with digits are kept');
});
