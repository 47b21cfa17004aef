/**
 * The open data files (lib/exports): teams.json and its schema, per-team JSON
 * and vCards, the Atom feed, the sitemap, robots.txt, JSON-LD. Run against
 * the real content folder and the fixture teams (which hold keys), and read
 * back with independent parsers: ajv (JSON Schema 2020-12), ical.js (vCard),
 * @rowanmanning/feed-parser (Atom), fast-xml-parser (sitemap).
 */
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadTeams, type Team } from '@/lib/profile/load';
import { teamKeys, type TeamKeys } from '@/lib/profile/keys';
import { profileSchema } from '@/lib/profile/schema';
import { PROFILE_LIMITS, SLUG_PATTERN } from '@/lib/profile/rules';
import { z } from 'zod';
import { exportTeamSchema } from '@/lib/exports/record-schema';
import { LOCAL_SITE_URL, MISSING_SITE_URL, feedAlternate, resolveSiteUrl, siteUrl } from '@/lib/site/url';
import { servedValue } from '@/components/copy-button.client';
import { openDataFiles, safeJsonForScript, teamJsonLd, teamRecord, type ExportFile, type ExportTeam } from '@/lib/exports';
import { teamVcard } from '@/lib/exports/vcard';
import { atomFeed } from '@/lib/exports/atom';
import { foldVcardLine } from '@/lib/exports/vcard-format';
import { makeTeam } from './fixtures/make-team';

const SITE = 'https://csirt.example.org';
/** Key expiry and revocation are judged at this moment, as BUILD_NOW pins it for fixture sites. */
const KEYS_NOW = new Date('2026-06-01T00:00:00Z');

type Built = { teams: Team[]; keys: Map<string, TeamKeys>; files: ExportFile[]; byPath: Map<string, string> };

async function build(dir: string): Promise<Built> {
  const teams = loadTeams(path.resolve(dir));
  const keys = new Map<string, TeamKeys>();
  for (const team of teams) keys.set(team.slug, await teamKeys(team, KEYS_NOW));
  const files = await openDataFiles(teams, { siteUrl: SITE, keys });
  const byPath = new Map(files.map((f) => [f.path, typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content)]));
  return { teams, keys, files, byPath };
}

const real = build('content');
const fixtures = build('e2e/fixtures/content');
const SETS = [
  ['real content', real],
  ['fixture content', fixtures],
] as const;

function file(built: Built, name: string): string {
  const content = built.byPath.get(name);
  assert.ok(content !== undefined, `missing ${name}`);
  return content;
}

function validator(built: Built) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const schema = JSON.parse(file(built, 'data/teams.schema.json'));
  ajv.addSchema(schema);
  return {
    all: ajv.getSchema(schema.$id)!,
    team: ajv.getSchema(`${schema.$id}#/$defs/team`)!,
  };
}

// --- teams.json and its schema -------------------------------------------------

for (const [label, load] of SETS) {
  test(`${label}: teams.json and every per-team JSON validate against teams.schema.json`, async () => {
    const built = await load;
    const { all, team } = validator(built);
    const data = JSON.parse(file(built, 'data/teams.json'));
    assert.ok(all(data), JSON.stringify(all.errors, null, 2));
    assert.equal(data.version, 1);
    assert.equal(data.$schema, `${SITE}/data/teams.schema.json`);
    assert.deepEqual(
      data.teams.map((t: ExportTeam) => t.slug),
      built.teams.map((t) => t.slug),
    );
    for (const entry of data.teams) {
      const single = JSON.parse(file(built, `data/teams/${entry.slug}.json`));
      assert.ok(team(single), `${entry.slug}: ${JSON.stringify(team.errors, null, 2)}`);
      assert.deepEqual(single, entry, `${entry.slug}.json is the same record as in teams.json`);
    }
  });
}

test('the schema describes every property, and rejects records that break it', async () => {
  const built = await real;
  const schema = JSON.parse(file(built, 'data/teams.schema.json'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const missing: string[] = [];
  const walk = (node: Record<string, any>, where: string) => {
    for (const [key, child] of Object.entries<Record<string, any>>(node.properties ?? {})) {
      if (!child.description) missing.push(`${where}${key}`);
      walk(child, `${where}${key}.`);
      if (child.items) walk(child.items, `${where}${key}[].`);
    }
  };
  walk(schema, '');
  walk(schema.$defs.team, 'team.');
  assert.deepEqual(missing, []);

  const { team } = validator(built);
  const good = JSON.parse(file(built, 'data/teams/cert-metsys.json'));
  assert.equal(team(good), true);
  assert.equal(team({ ...good, unknown_field: 1 }), false, 'unknown fields are refused');
  assert.equal(team({ ...good, pgp_keys: [{ ...good.pgp_keys[0], fingerprint: '8CDC80D4' }] }), false, 'fingerprints are in groups of four');
  assert.equal(team({ ...good, listing: { added: '2026-02-30' } }), false, 'dates are real ISO dates');
  assert.equal(team({ ...good, emails: [] }), false, 'a team has an e-mail address');
});

test('CERT-METSYS: its facts under Trusted Introducer names, and nothing the profile does not state', async () => {
  const built = await real;
  const record = JSON.parse(file(built, 'data/teams/cert-metsys.json'));
  assert.equal(record.official_name, 'CERT-METSYS');
  assert.equal('short_name' in record, false);
  assert.equal('languages' in record, false);
  assert.deepEqual(record.country, { code: 'FR', name: 'France' });
  assert.equal(record.host_organisation, 'METSYS S.A.');
  assert.match(record.postal_address, /^CERT-METSYS\nMETSYS - Ile-de-France/);
  assert.deepEqual(record.emails, [
    { address: 'cert@metsys.fr', usage: ['contact'], uses: ['incident-reports', 'general', 'document-updates'], preferred: true, section: '2.7' },
  ]);
  assert.equal(record.phones[0].section, '2.4', 'each fact carries the section of the document that states it');
  assert.equal(record.pgp_keys[0].section, '2.8');
  assert.equal(record.phones.length, 1);
  assert.equal(record.phones[0].number, '+33184190727');
  assert.equal(record.phones[0].display, '+33 1 84 19 07 27');
  // Its only number is its on-call line for extreme necessity (§ 2.11): an emergency line, with that condition beside it.
  assert.deepEqual(record.phones[0].usage, ['voice', 'emergency']);
  assert.deepEqual(record.phones[0].conditions, ['emergencies-only']);
  assert.equal(record.phones[0].around_the_clock, true);
  assert.deepEqual(record.requirements.map((r: { code: string }) => r.code), ['encrypt-sensitive', 'call-only-in-emergency', 'report-contents', 'customers-use-contract-channel', 'outside-constituency']);
  assert.equal('derived' in record, false, 'CERT-METSYS states its region and country');
  assert.equal(record.phones[0].timezone, 'Europe/Paris');
  assert.deepEqual(record.fax, { status: 'none', note: 'Non disponible.' });
  assert.equal(record.pgp_keys[0].fingerprint, '8CDC 80D4 C6A1 FE43 3183 5A2C 6653 2197 C325 800B');
  assert.equal(record.pgp_keys[0].key_id, '0xC325800B');
  assert.equal('key_file' in record.pgp_keys[0], false, 'the directory does not hold this key');
  assert.equal(record.business_hours_timezone, 'Europe/Paris');
  assert.deepEqual(record.hours.schedule, [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '18:00' }]);
  assert.equal(record.reporting.checklist.length, 5);
  assert.deepEqual(record.constituency.countries, [{ code: 'FR', name: 'France' }]);
  assert.deepEqual(record.listing, { added: '2026-11-22' });
  assert.equal(record.document.last_updated, '2023-03-20');
  assert.equal('source' in record.document, false, 'the importer seed file is not published');
  assert.equal(record.last_modified, '2026-11-22');
  assert.deepEqual(record.permalinks, { fr: `${SITE}/fr/teams/cert-metsys/`, en: `${SITE}/en/teams/cert-metsys/` });
  assert.deepEqual(record.links, { json: `${SITE}/data/teams/cert-metsys.json`, vcard: `${SITE}/data/teams/cert-metsys.vcf` });
  assert.equal(JSON.parse(file(built, 'data/teams.json')).last_modified, '2026-11-22');
});

test('fixture teams: the key the directory holds, with its facts, and the signed files', async () => {
  const built = await fixtures;
  const signed = JSON.parse(file(built, 'data/teams/test-signed-team.json'));
  assert.equal(signed.links.key, `${SITE}/files/test-signed-team/key.asc`);
  assert.deepEqual(signed.pgp_keys[0].key_file, {
    url: `${SITE}/files/test-signed-team/key.asc`,
    created: '2024-01-01T00:00:00.000Z',
    expires: '2099-01-01T00:00:00.000Z',
    algorithm: 'EdDSA Ed25519',
    user_ids: ['Test Signed Team <cert@test-signed-team.example>'],
  });
  assert.equal(signed.pgp_keys[0].expires, '2099-01-01T00:00:00.000Z');
  assert.deepEqual(
    signed.files.find((f: { name: string }) => f.name === 'rfc2350.txt'),
    { name: 'rfc2350.txt', url: `${SITE}/files/test-signed-team/rfc2350.txt`, signatures: [`${SITE}/files/test-signed-team/rfc2350.txt.asc`] },
  );
  const revoked = JSON.parse(file(built, 'data/teams/test-revoked-team.json'));
  assert.ok(revoked.pgp_keys[0].key_file.revoked?.date, 'a revocation in key.asc is published');
  const keyless = JSON.parse(file(built, 'data/teams/test-keyless-team.json'));
  assert.equal('key' in keyless.links, false);
  assert.equal('key_file' in keyless.pgp_keys[0], false);
});

// --- vCards ----------------------------------------------------------------------

type Prop = { name: string; params: Record<string, unknown>; value: unknown };

function readVcard(text: string): Prop[] {
  const [kind, props] = ICAL.parse(text) as unknown as [string, [string, Record<string, unknown>, string, ...unknown[]][]];
  assert.equal(kind, 'vcard');
  return props.map(([name, params, , ...values]) => ({ name, params, value: values.length === 1 ? values[0] : values }));
}
const values = (props: Prop[], name: string) => props.filter((p) => p.name === name).map((p) => p.value);

for (const [label, load] of SETS) {
  test(`${label}: every vCard parses, with FN, preferred incident EMAIL, TEL and KEY`, async () => {
    const built = await load;
    for (const team of built.teams) {
      const text = file(built, `data/teams/${team.slug}.vcf`);
      assert.match(text, /^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
      assert.ok(text.endsWith('END:VCARD\r\n'));
      assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'CRLF line ends only');
      for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `line over 75 octets: ${line}`);
      const props = readVcard(text);
      const p = team.profile;
      assert.deepEqual(values(props, 'fn'), [p.name.official]);
      assert.deepEqual(values(props, 'kind'), ['org']);
      const incident = (p.emails.find((e) => e.uses.includes('incident-reports')) ?? p.emails[0]).address;
      assert.deepEqual(
        props.filter((x) => x.name === 'email' && x.params.pref === '1').map((x) => x.value),
        [incident],
      );
      assert.deepEqual(values(props, 'email'), p.emails.map((e) => e.address));
      assert.deepEqual(values(props, 'tel'), [...(p.telephone?.numbers ?? []), ...(p.fax?.numbers ?? [])].map((n) => `tel:${n.e164}`));
      const held = built.keys.get(team.slug)?.files.key;
      assert.deepEqual(values(props, 'key'), held ? [`${SITE}/files/${team.slug}/key.asc`] : []);
      for (const k of p.pgp_keys) assert.match(String(values(props, 'note')[0]), new RegExp(k.fingerprint.replace(/(.{4})(?=.)/g, '$1 ')));
    }
  });
}

test('CERT-METSYS vCard: tel:+33184190727, cert@metsys.fr, address, URLs, REV and TZ from the profile', async () => {
  const props = readVcard(file(await real, 'data/teams/cert-metsys.vcf'));
  const tel = props.find((p) => p.name === 'tel')!;
  assert.equal(tel.value, 'tel:+33184190727');
  assert.deepEqual(tel.params.type, ['work', 'voice']);
  assert.equal(tel.params.pref, undefined, 'a number the team limits to emergencies is not the preferred one');
  assert.match(String(values(props, 'note')[0]), /\+33 1 84 19 07 27: En cas d'extrême nécessité.*\(emergencies-only\)/s, 'the NOTE says when it may be called');
  assert.deepEqual(values(props, 'email'), ['cert@metsys.fr']);
  assert.deepEqual(values(props, 'org'), [['METSYS S.A.', 'CERT-METSYS']]);
  const adr = props.find((p) => p.name === 'adr')!;
  assert.deepEqual(adr.value, ['', '', "CERT-METSYS\nMETSYS - Ile-de-France - Boulogne-Billancourt\n121 Rue d'Aguesseau\n92100 Boulogne-Billancourt", '', '', '', 'France']);
  assert.equal(adr.params.label, "CERT-METSYS\nMETSYS - Ile-de-France - Boulogne-Billancourt\n121 Rue d'Aguesseau\n92100 Boulogne-Billancourt\nFrance");
  assert.deepEqual(values(props, 'url'), ['https://www.metsys.fr/expertises/managed-services/cert/', `${SITE}/fr/teams/cert-metsys/`]);
  assert.deepEqual(values(props, 'rev'), ['2026-11-22T00:00:00Z']);
  assert.deepEqual(values(props, 'tz'), ['Europe/Paris']);
  assert.deepEqual(values(props, 'key'), []);
  assert.deepEqual(values(props, 'lang'), [], 'the profile states no languages');
});

test('vCard text is escaped and folded at 75 octets without splitting a character', () => {
  const hostile = 'Équipe, «sécurité»; C:\\temp\nligne 2 — 🛡️ ' + 'é'.repeat(60);
  const team = makeTeam('hostile-team', {
    name: { official: hostile, short: 'A;B,C' },
    languages: ['fr', 'en'],
    address: '1 rue "Quote", ^caret\n75001 Paris\nFRANCE',
    hours: { timezone: 'Europe/Paris' },
    telephone: { status: 'public', numbers: [{ e164: '+33100000000', display: '01 00 00 00 00', use: 'customers-only' }] },
    fax: { status: 'public', numbers: [{ e164: '+33100000001', display: '01 00 00 00 01', use: 'main' }] },
  });
  const text = teamVcard(teamRecord(team, SITE));
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `line over 75 octets: ${line}`);
  assert.ok(!text.includes('\uFFFD'));
  const props = readVcard(text);
  assert.deepEqual(values(props, 'fn'), [hostile]);
  assert.deepEqual(values(props, 'nickname'), ['A;B,C']);
  assert.deepEqual(values(props, 'lang'), ['fr', 'en']);
  const adr = props.find((p) => p.name === 'adr')!;
  assert.equal(adr.params.label, '1 rue "Quote", ^caret\n75001 Paris\nFrance', 'the last line naming the country moves to the country component');
  assert.deepEqual(adr.value, ['', '', '1 rue "Quote", ^caret\n75001 Paris', '', '', '', 'France']);
  const tels = props.filter((p) => p.name === 'tel');
  assert.deepEqual(tels.map((t) => [t.value, t.params.type, t.params.pref]), [
    ['tel:+33100000000', ['work', 'voice'], undefined],
    ['tel:+33100000001', ['work', 'fax'], undefined],
  ], 'a customers-only number or a fax is never the preferred one');
  assert.equal(foldVcardLine('a'.repeat(75)), 'a'.repeat(75));
  assert.equal(foldVcardLine('a'.repeat(76)), `${'a'.repeat(75)}\r\n a`);
  assert.equal(foldVcardLine(`${'a'.repeat(74)}é`), `${'a'.repeat(74)}\r\n é`, 'a two-octet character that would end at octet 76 moves to the next line');
});

// --- Atom feed ---------------------------------------------------------------------

const midnight = (date: string) => new Date(`${date}T00:00:00Z`).getTime();

for (const [label, load] of SETS) {
  test(`${label}: the feed has one "added" entry per team, dated as the profiles say`, async () => {
    const built = await load;
    const feed = parseFeed(file(built, 'feed.xml'));
    assert.equal(feed.items.length, built.teams.length);
    for (const team of built.teams) {
      const item = feed.items.find((i) => i.id === `${SITE}/en/teams/${team.slug}/#added-${team.profile.listing!.added}`);
      assert.ok(item, `entry for ${team.slug}`);
      assert.equal(item.title, `New team: ${team.profile.name.official}`);
      assert.equal(item.updated?.getTime(), midnight(team.profile.listing!.added));
      assert.equal(item.url, `${SITE}/en/teams/${team.slug}/`);
    }
    const latest = built.teams.map((t) => t.profile.listing!.added).sort().at(-1)!;
    assert.equal(feed.updated?.getTime(), midnight(latest));
  });
}

test('feed: updates, key changes and later documents are entries of their own, newest first', () => {
  const teams = [
    makeTeam('alpha', { listing: { added: '2024-01-10', updated: '2024-05-02', key_changed: '2024-03-03' }, document: { lang: 'fr', last_updated: '2024-04-04', signed: true } }),
    makeTeam('beta', { listing: { added: '2024-02-01', updated: '2024-06-06' }, document: { lang: 'en', last_updated: '2024-06-06', signed: true } }),
    makeTeam('gamma', { document: { lang: 'en', last_updated: '2023-12-24', signed: false } }),
  ];
  const records = new Map(teams.map((t) => [t.slug, teamRecord(t, SITE)]));
  const feed = parseFeed(atomFeed(teams, records, SITE, 'en', 'feed.xml'));
  assert.deepEqual(
    feed.items.map((i) => [i.id?.replace(`${SITE}/en/teams/`, ''), i.updated?.toISOString().slice(0, 10)]),
    [
      ['beta/#updated-2024-06-06', '2024-06-06'],
      ['alpha/#updated-2024-05-02', '2024-05-02'],
      ['alpha/#document-2024-04-04', '2024-04-04'],
      ['alpha/#key-changed-2024-03-03', '2024-03-03'],
      ['beta/#added-2024-02-01', '2024-02-01'],
      ['alpha/#added-2024-01-10', '2024-01-10'],
      ['gamma/#document-2023-12-24', '2023-12-24'],
    ],
  );
  assert.equal(feed.updated?.toISOString(), '2024-06-06T00:00:00.000Z');
});

test('feed: hostile profile text stays text and the XML stays well-formed', () => {
  const name = '</title><script>alert(1)</script> & "AT\u0001&T\uFFFF"';
  const team = makeTeam('hostile', { name: { official: name }, listing: { added: '2025-02-02' } });
  const xml = atomFeed([team], new Map([[team.slug, teamRecord(team, SITE)]]), SITE, 'en', 'feed.xml');
  assert.equal(XMLValidator.validate(xml), true);
  assert.doesNotMatch(xml, /<script>/);
  assert.equal(parseFeed(xml).items[0].title, 'New team: </title><script>alert(1)</script> & "AT&T"', 'characters XML cannot hold are dropped');
});

test('the output does not change with the clock: no build date anywhere', async () => {
  const built = await real;
  const again = async (now: number) => {
    mock.timers.enable({ apis: ['Date'], now });
    try {
      return await openDataFiles(built.teams, { siteUrl: SITE, keys: built.keys });
    } finally {
      mock.timers.reset();
    }
  };
  const a = await again(Date.UTC(2030, 0, 1));
  const b = await again(Date.UTC(2041, 6, 15, 13, 37));
  assert.deepEqual(a, b);
  assert.deepEqual(a, built.files);
  const stated = new Set(built.teams.flatMap((t) => [t.profile.listing?.added, t.profile.listing?.updated, t.profile.listing?.key_changed, t.profile.document.last_updated]));
  for (const name of ['feed.xml', 'sitemap.xml', ...built.teams.map((t) => `data/teams/${t.slug}.vcf`)]) {
    const text = file(built, name);
    const dates = [...text.matchAll(/\b(\d{4})-?(\d{2})-?(\d{2})(?:T\d{2}:?\d{2}:?\d{2}Z)\b|<(?:lastmod|updated)>(\d{4})-(\d{2})-(\d{2})/g)].map((m) =>
      m[1] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[4]}-${m[5]}-${m[6]}`,
    );
    assert.ok(dates.length > 0, `${name} has dates`);
    for (const date of dates) assert.ok(stated.has(date), `${name}: ${date} is not a date the profiles state`);
  }
});

// --- sitemap and robots.txt ----------------------------------------------------------

for (const [label, load] of SETS) {
  test(`${label}: the sitemap is well-formed and lists every page in both languages with hreflang`, async () => {
    const built = await load;
    const xml = file(built, 'sitemap.xml');
    assert.equal(XMLValidator.validate(xml), true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(xml);
    const urls: { loc: string; lastmod?: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] = parsed.urlset.url;
    const byLoc = new Map(urls.map((u) => [u.loc, u]));
    for (const page of ['', 'help/', 'verify/']) for (const lang of ['fr', 'en']) assert.ok(byLoc.has(`${SITE}/${lang}/${page}`), `${lang}/${page}`);
    assert.ok(byLoc.has(`${SITE}/`));
    for (const team of built.teams) {
      for (const lang of ['fr', 'en']) {
        const url = byLoc.get(`${SITE}/${lang}/teams/${team.slug}/`);
        assert.ok(url, `${lang} page of ${team.slug}`);
        assert.equal(url.lastmod, team.profile.listing!.added);
        assert.deepEqual(
          url['xhtml:link']!.map((l) => [l['@_hreflang'], l['@_href']]),
          [
            ['fr', `${SITE}/fr/teams/${team.slug}/`],
            ['en', `${SITE}/en/teams/${team.slug}/`],
          ],
        );
      }
    }
    assert.equal(urls.length, 1 + 6 + 2 * built.teams.length);
    assert.equal(file(built, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
  });
}

test('openDataFiles: paths and content types; siteUrl is normalised or refused', async () => {
  const built = await real;
  const types = Object.fromEntries(built.files.map((f) => [f.path, f.contentType]));
  assert.equal(types['data/teams.json'], 'application/json; charset=utf-8');
  assert.equal(types['data/teams/cert-metsys.vcf'], 'text/vcard; charset=utf-8');
  assert.equal(types['feed.xml'], 'application/atom+xml; charset=utf-8');
  assert.equal(types['fr/feed.xml'], 'application/atom+xml; charset=utf-8');
  assert.equal(types['data/ti/teams.json'], 'application/json; charset=utf-8');
  assert.equal(types['data/first/teams.json'], 'application/json; charset=utf-8');
  assert.equal(types['data/teams.csv'], 'text/csv; charset=utf-8; header=present');
  // teams.json, its schema, the TI, FIRST and CSV shapes; a JSON and a vCard per team; three feeds, sitemap, robots.txt.
  assert.equal(built.files.length, 5 + 2 * built.teams.length + 5);
  const slash = await openDataFiles(built.teams, { siteUrl: `${SITE}/`, keys: built.keys });
  assert.deepEqual(slash, built.files);
  await assert.rejects(openDataFiles(built.teams, { siteUrl: '/relative', keys: built.keys }), /absolute URL/);
  await assert.rejects(openDataFiles(built.teams, { siteUrl: 'ftp://x.example', keys: built.keys }), /http\(s\)/);
});

// --- JSON-LD ------------------------------------------------------------------------------

test('JSON-LD: CERT-METSYS as a schema.org Organization with its incident contact point', async () => {
  const team = (await real).teams.find((t) => t.slug === 'cert-metsys')!;
  const ld = teamJsonLd(team, SITE, 'en') as Record<string, any>;
  assert.equal(ld['@context'], 'https://schema.org');
  assert.equal(ld['@type'], 'Organization');
  assert.equal(ld.name, 'CERT-METSYS');
  assert.equal('alternateName' in ld, false);
  assert.equal(ld.url, 'https://www.metsys.fr/expertises/managed-services/cert/');
  assert.equal(ld.mainEntityOfPage, `${SITE}/en/teams/cert-metsys/`);
  assert.equal(ld.email, 'cert@metsys.fr');
  assert.equal(ld.telephone, undefined, 'its only number is for extreme necessity: not the organisation\'s telephone');
  assert.deepEqual(ld.address, {
    '@type': 'PostalAddress',
    streetAddress: team.profile.address,
    addressLocality: 'Boulogne-Billancourt',
    addressRegion: 'Île-de-France',
    addressCountry: 'FR',
  });
  assert.equal(ld.contactPoint.length, 1, 'a team that serves only its customers gets no public emergency contact point');
  const incident = ld.contactPoint[0];
  assert.equal(incident.contactType, 'incident reports');
  assert.equal(incident.email, 'cert@metsys.fr');
  assert.equal('availableLanguage' in incident, false, 'the profile states no languages');
  assert.equal(incident.hoursAvailable, undefined, 'schema.org hours carry neither the time zone nor the holiday exception');
  assert.match(incident.description, /excepté les jours fériés français/, 'the hours in the team\'s own words');
});

test('JSON-LD: a 24/7 line is an emergency contact point with the team\u2019s own conditions, never unconditional round-the-clock hours; the area is the region; stated languages are given', async () => {
  const team = (await real).teams.find((t) => t.slug === 'pays-de-la-loire-cyber-assistance')!;
  const ld = teamJsonLd(team, SITE, 'fr') as Record<string, any>;
  assert.equal(ld.alternateName, 'Pays de la Loire Cyber Assistance');
  assert.equal(ld.url, `${SITE}/fr/teams/pays-de-la-loire-cyber-assistance/`, 'no website stated: the page is the URL');
  const emergency = ld.contactPoint.find((c: { contactType: string }) => c.contactType === 'emergency');
  assert.equal(emergency.telephone, '+33800100200');
  assert.equal(emergency.hoursAvailable, undefined, 'the line closes on public holidays: no 24/7 hours without that condition');
  assert.match(emergency.description, /férié/i, 'the condition in the team\u2019s words');
  assert.deepEqual(emergency.areaServed, ['Pays de la Loire'], 'the region, not the whole country');
  const withLanguages = teamJsonLd(makeTeam('polyglot', { languages: ['fr', 'en'] }), SITE, 'en') as Record<string, any>;
  assert.deepEqual(withLanguages.contactPoint[0].availableLanguage, ['fr', 'en']);
});

test('safeJsonForScript: hostile text cannot close the script element', () => {
  const hostile = '</script><script>alert(1)</script>';
  const out = safeJsonForScript({ name: hostile, sep: 'a\u2028b\u2029c', amp: 'x&y', comment: '<!-- -->' });
  assert.doesNotMatch(out, /[<>&\u2028\u2029]/);
  assert.match(out, /\\u003c\/script\\u003e\\u003cscript\\u003ealert\(1\)\\u003c\/script\\u003e/);
  assert.match(out, /a\\u2028b\\u2029c/);
  assert.deepEqual(JSON.parse(out), { name: hostile, sep: 'a\u2028b\u2029c', amp: 'x&y', comment: '<!-- -->' });
  const ld = teamJsonLd(makeTeam('evil', { name: { official: hostile } }), SITE, 'en');
  const script = safeJsonForScript(ld);
  assert.equal(script.includes('</script'), false);
  assert.equal(JSON.parse(script).name, hostile);
  assert.throws(() => safeJsonForScript(undefined), TypeError);
});

// --- one source for each rule, and fields that read on their own ---------------------------

/** The JSON Schema node at a dotted path ("phones[].number"), through properties and array items. */
function nodeAt(root: Record<string, any>, where: string): Record<string, any> {
  let node = root;
  for (const part of where.split('.')) {
    const [key, ...arrays] = part.split('[]');
    node = node.properties?.[key] ?? node.anyOf?.find((n: Record<string, any>) => n.properties)?.properties?.[key];
    assert.ok(node, `no ${where} in the schema (at ${part})`);
    for (let i = 0; i < arrays.length; i++) node = node.items;
  }
  return node;
}

test('the export schema takes its patterns, vocabularies and limits from the profile schema', async () => {
  const team = JSON.parse(file(await real, 'data/teams.schema.json')).$defs.team;
  const profile = z.toJSONSchema(profileSchema, { io: 'output', unrepresentable: 'any' }) as Record<string, any>;
  const same: [string, string][] = [
    ['phones[].number', 'telephone.numbers[].e164'],
    ['phones[].use', 'telephone.numbers[].use'],
    ['hours.schedule[].open', 'hours.schedule[].open'],
    ['hours.schedule[].days', 'hours.schedule[].days'],
    ['hours.timezone', 'hours.timezone'],
    ['business_hours_timezone', 'hours.timezone'],
    ['telephone.status', 'telephone.status'],
    ['country.code', 'country'],
    ['team_type', 'team_type'],
    ['emails[].uses', 'emails[].uses'],
    ['emails[].address', 'emails[].address'],
    ['pgp_keys[].key_id', 'pgp_keys[].key_id'],
    ['pgp_keys[].fingerprint_hex', 'pgp_keys[].fingerprint'],
    ['document.lang', 'document.lang'],
    ['listing.added', 'listing.added'],
    ['official_name', 'name.official'],
    ['postal_address', 'address'],
    ['constituency.tags', 'constituency.tags'],
    ['memberships[].status', 'memberships[].status'],
  ];
  const rule = (node: Record<string, any>) => ({ pattern: node.pattern, enum: node.enum ?? node.items?.enum, format: node.format, maxLength: node.maxLength, maxItems: node.maxItems });
  for (const [exported, stated] of same) assert.deepEqual(rule(nodeAt(team, exported)), rule(nodeAt(profile, stated)), `${exported} follows the profile's ${stated}`);
  assert.equal(nodeAt(team, 'official_name').maxLength, PROFILE_LIMITS.name);
  assert.equal(nodeAt(team, 'slug').pattern, SLUG_PATTERN.source);
  assert.ok(nodeAt(team, 'hours.schedule[].open').pattern, 'the HH:MM pattern is published');
});

test('look-alike fields say how they differ: TI vocabularies, repeated time zone and hours, key IDs, signatures', async () => {
  const team = JSON.parse(file(await real, 'data/teams.schema.json')).$defs.team;
  const pairs: [string, string, string][] = [
    ['emails[].usage', 'emails[].uses', 'uses'],
    ['emails[].uses', 'emails[].usage', 'usage'],
    ['phones[].usage', 'phones[].use', 'use'],
    ['phones[].use', 'phones[].usage', 'usage'],
    ['business_hours', 'hours.as_written', 'hours.as_written'],
    ['business_hours_timezone', 'hours.timezone', 'hours.timezone'],
    ['phones[].timezone', 'hours.timezone', 'hours.timezone'],
    ['pgp_keys[].long_key_id', 'pgp_keys[].key_id', 'key_id'],
    ['document.signed', 'document.says_signed', 'says_signed'],
    ['document.says_signed', 'document.signed', 'signed'],
  ];
  for (const [field, other, named] of pairs) {
    nodeAt(team, other);
    assert.match(nodeAt(team, field).description, new RegExp(`\\b${named.replace(/[.[\]]/g, '\\$&')}\\b`), `${field} names ${named}`);
  }
});

for (const [label, load] of SETS) {
  test(`${label}: each key has its long key ID, and document.signed matches the signatures listed`, async () => {
    const built = await load;
    for (const record of JSON.parse(file(built, 'data/teams.json')).teams as ExportTeam[]) {
      for (const key of record.pgp_keys) {
        assert.equal(key.long_key_id, key.fingerprint_hex.slice(-16), `${record.slug}: long key ID`);
        if (key.key_id) assert.ok(key.long_key_id.endsWith(key.key_id.replace(/^0x/i, '').replace(/\s/g, '').toUpperCase().slice(-16)), `${record.slug}: printed ${key.key_id}`);
      }
      const listed = (record.files ?? []).some((f) => f.signatures.length > 0);
      assert.equal(record.document.signed, listed, `${record.slug}: signed is ${record.document.signed}, signatures listed: ${listed}`);
    }
  });
}

test('document.signed: a signature held here, not the claim; the schema refuses a record that contradicts its files', async () => {
  const metsys = JSON.parse(file(await real, 'data/teams/cert-metsys.json'));
  assert.equal(metsys.pgp_keys[0].long_key_id, '66532197C325800B');
  assert.deepEqual([metsys.document.signed, metsys.document.says_signed], [false, true], 'the document says it is signed; no signature is published here');
  const signed = JSON.parse(file(await fixtures, 'data/teams/test-signed-team.json'));
  assert.deepEqual([signed.document.signed, signed.document.says_signed], [true, true]);
  const claim = exportTeamSchema.safeParse({ ...metsys, document: { ...metsys.document, signed: true } });
  assert.equal(claim.success, false);
  assert.match(claim.error!.issues[0].message, /document\.signed must be true exactly when files\[\] lists a signature/);
});

test('feeds in each UI language: fr/feed.xml in French, en/feed.xml in English, each announced by its pages', async () => {
  const built = await fixtures;
  const fr = parseFeed(file(built, 'fr/feed.xml'));
  const en = parseFeed(file(built, 'en/feed.xml'));
  assert.match(file(built, 'fr/feed.xml'), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="fr">/);
  assert.equal(fr.title, 'Annuaire des CSIRT : changements des fiches');
  assert.equal(fr.items.length, built.teams.length);
  for (const team of built.teams) {
    const item = fr.items.find((i) => i.id === `${SITE}/fr/teams/${team.slug}/#added-${team.profile.listing!.added}`);
    assert.ok(item, `French entry for ${team.slug}`);
    assert.equal(item.title, `Nouvelle équipe : ${team.profile.name.official}`);
    assert.equal(item.url, `${SITE}/fr/teams/${team.slug}/`);
    assert.match(item.description ?? '', /Signalement d’incident : \S+@/);
  }
  assert.deepEqual(en.items.map((i) => [i.id, i.title]), parseFeed(file(built, 'feed.xml')).items.map((i) => [i.id, i.title]), 'en/feed.xml says what feed.xml says');
  assert.equal(en.self, `${SITE}/en/feed.xml`);
  for (const lang of ['fr', 'en'] as const) {
    const href = feedAlternate(lang)['application/atom+xml'];
    assert.equal(href, `/${lang}/feed.xml`);
    assert.ok(built.byPath.has(href.slice(1)), `${href} is a published file`);
  }
});

test('SITE_URL: a build for publishing stops without it; a local build and the dev server use the local address', () => {
  assert.throws(() => resolveSiteUrl(undefined, false), (error: Error) => error.message === MISSING_SITE_URL);
  assert.match(MISSING_SITE_URL, /SITE_URL is not set.*SITE_URL=https:\/\/your\.domain npm run build.*--local/s);
  assert.equal(resolveSiteUrl(undefined, true), LOCAL_SITE_URL);
  assert.equal(resolveSiteUrl('', true), LOCAL_SITE_URL);
  assert.equal(resolveSiteUrl('https://csirt.example.org/dir/', false), 'https://csirt.example.org/dir');
  assert.throws(() => resolveSiteUrl('csirt.example.org', true), /absolute URL/);
  const saved = { SITE_URL: process.env.SITE_URL, NODE_ENV: process.env.NODE_ENV };
  const env = process.env as Record<string, string | undefined>;
  try {
    delete env.SITE_URL;
    env.NODE_ENV = 'production';
    assert.throws(() => siteUrl(), /SITE_URL is not set/, 'next build without SITE_URL stops');
    env.NODE_ENV = 'development';
    assert.equal(siteUrl(), LOCAL_SITE_URL);
    env.SITE_URL = 'https://csirt.example.org';
    env.NODE_ENV = 'production';
    assert.equal(siteUrl(), 'https://csirt.example.org');
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
  }
});

test('copy buttons copy the addresses of the origin the page is served from', () => {
  const snippet = `<iframe src="${SITE}/embed/en/cert-metsys/" title="x" width="380" height="240"></iframe>`;
  assert.equal(servedValue(snippet, SITE, 'https://mirror.example'), '<iframe src="https://mirror.example/embed/en/cert-metsys/" title="x" width="380" height="240"></iframe>');
  assert.equal(servedValue(`${SITE}/dir/fr/teams/a/`, `${SITE}/dir`, 'http://127.0.0.1:4000'), 'http://127.0.0.1:4000/dir/fr/teams/a/', 'only the origin changes');
  assert.equal(servedValue('plain text', undefined, 'https://mirror.example'), 'plain text');
});
