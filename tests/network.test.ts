/**
 * Constituency as data: a document's domains, AS numbers and address ranges,
 * found by the importer, held to the document by check:fidelity, exported in
 * TI's constituency lists, and searched: a domain, an AS number or an address
 * typed into the search box finds the team whose constituency holds it, from
 * the index files alone.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addressTokens, asnToken, rangeToken } from '@/lib/search/network';
import { parseQuery } from '@/lib/search/normalize';
import { parseSearch } from '@/lib/search/network';
import { importFile } from '@/lib/import/import-file';
import { loadTeams, type Team } from '@/lib/profile/load';
import { makeTeam } from './fixtures/make-team';
import { networkFaults } from '@/lib/fidelity/claims';
import { teamRecord } from '@/lib/exports/record';
import { tiTeam } from '@/lib/exports/directories';
import { runSearch } from '@/lib/search/engine';
import { readState } from '@/lib/search/url-state';
import { serveIndexOf } from '../scripts/eval-search';

test('an address finds exactly the ranges that hold it, IPv4 and IPv6', () => {
  const holds = (cidr: string, ip: string) => addressTokens(ip)!.includes(rangeToken(cidr)!);
  assert.ok(holds('192.0.2.0/24', '192.0.2.77'));
  assert.ok(holds('198.51.100.0/22', '198.51.103.255'));
  assert.ok(!holds('198.51.100.0/22', '198.51.104.1'));
  assert.ok(holds('2001:db8::/32', '2001:db8:1234::1'));
  assert.ok(!holds('2001:db8::/32', '2001:db9::1'));
  assert.ok(holds('192.0.2.0/24', '::ffff:192.0.2.9'), 'an IPv4-mapped address is its IPv4 address');
  assert.equal(rangeToken('192.0.2.0/33'), null);
  assert.equal(addressTokens('192.0.2'), null);
  assert.equal(addressTokens('88:5D:94:F0:99:02:51:63:DA:55:FB:E9:DE:2F:24:B1:2C:CD:89:AF'), null, 'a fingerprint written with colons is not an address');
  assert.equal(asnToken('AS64500'), 'as64500');
  assert.equal(asnToken('asn 64500'), 'as64500');
  assert.equal(asnToken('as0'), null);
  assert.deepEqual([parseSearch('192.0.2.7').kind, parseSearch('AS 64500').kind, parseSearch('www.sub.example.fr').kind], ['address', 'asn', 'domain']);
  assert.equal(parseQuery('192.0.2.7').kind, 'text', 'the search box reads it as words; the engine as an address');
  assert.deepEqual(parseQuery('www.sub.example.fr').terms.length, 2, 'the domain and its parents (sub.example.fr, example.fr)');
});

const NETWORK_SENTENCE = 'Le CSIRT-RESEAU traite les incidents du domaine *.reseau.test et du domaine campus.example, de l\'AS64500 et des plages 192.0.2.0/24 et 2001:db8::/32.';

test('the importer finds the domains, AS numbers and ranges of the constituency section, with their sentence', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'network-'));
  const file = path.join(dir, 'doc.txt');
  const text = fs.readFileSync('tests/fixtures/import/spanish.txt', 'utf8').replace('• Las administraciones públicas de la Comunidad de Madrid.', `• Las administraciones públicas de la Comunidad de Madrid.\n\n${NETWORK_SENTENCE}`);
  fs.writeFileSync(file, text);
  const result = await importFile({ file, outDir: dir });
  const c = (result.data as { constituency: Record<string, unknown> }).constituency;
  assert.deepEqual(c.domains, ['*.reseau.test', 'campus.example']);
  assert.deepEqual(c.asns, [64500]);
  assert.deepEqual(c.ipranges, ['192.0.2.0/24', '2001:db8::/32']);
  assert.equal(c.network_as_written, NETWORK_SENTENCE);
});

const team = (slug: string, constituency: Record<string, unknown>): Team =>
  makeTeam(
    slug,
    { name: { official: `Network ${slug}` }, constituency: { customers_only: false, as_written: 'Our constituency.', ...constituency }, document: { lang: 'fr', last_updated: '2025-01-01', signed: false } },
    '## 1. Document\n',
  );
const RESEAU = team('csirt-reseau', { domains: ['*.reseau.test', 'campus.example'], asns: [64500], ipranges: ['192.0.2.0/24', '2001:db8::/32'], network_as_written: NETWORK_SENTENCE });

test('check:fidelity holds each domain, AS number and range to the document, and asks for the sentence', () => {
  assert.deepEqual(networkFaults(RESEAU.profile, `Préambule. ${NETWORK_SENTENCE}`), []);
  const faults = networkFaults(RESEAU.profile, 'Le CSIRT-RESEAU traite les incidents du domaine campus.example.').map((f) => f.field);
  assert.deepEqual(faults, ['constituency.domains[0]', 'constituency.asns[0]', 'constituency.ipranges[0]', 'constituency.ipranges[1]']);
  const unquoted = team('csirt-nu', { asns: [64500] });
  assert.deepEqual(networkFaults(unquoted.profile, 'AS64500').map((f) => f.field), ['constituency.network_as_written']);
  assert.throws(() => team('bad', { ipranges: ['192.0.2.0/99'] }), /CIDR/);
});

test('TI export: IntelMQ\u2019s lookup finds the team by its constituency domains and AS numbers', () => {
  const ti = tiTeam(teamRecord(RESEAU, 'https://csirt.example'));
  assert.deepEqual(ti.constituency.domains, ['*.reseau.test', 'campus.example']);
  assert.deepEqual(ti.constituency.asns, [64500]);
  assert.deepEqual(ti.constituency.ipranges, ['192.0.2.0/24', '2001:db8::/32']);
});

before(async () => {
  await serveIndexOf([...loadTeams(path.resolve('content')), RESEAU]);
});

test('the search answers "who handles this domain, AS number or address" from the index', async () => {
  const slugs = async (q: string) => (await runSearch(readState(`?q=${encodeURIComponent(q)}`), 'en')).hits.map((h) => h.href);
  const reseau = ['/en/teams/csirt-reseau/'];
  assert.deepEqual(await slugs('www.lab.reseau.test'), reseau, 'a name under a wildcard domain');
  assert.deepEqual(await slugs('campus.example'), reseau);
  assert.deepEqual(await slugs('AS64500'), reseau);
  assert.deepEqual(await slugs('192.0.2.200'), reseau);
  assert.deepEqual(await slugs('2001:db8:ffff::7'), reseau);
  assert.deepEqual(await slugs('198.51.100.1'), [], 'an address no range holds finds nobody');
  assert.deepEqual(await slugs('AS64501'), []);
  const outcome = await runSearch(readState('?q=192.0.2.200'), 'en');
  assert.deepEqual(outcome.hits[0].reasons, ['constituency-network']);
});
