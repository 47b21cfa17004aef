/**
 * The exports other tools read: Trusted Introducer's teams.json as IntelMQ's
 * lookup expert reads it, FIRST's envelope and fields, the CSV. Checked on the
 * seed teams and on a record in TI's published shape.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadTeams } from '@/lib/profile/load';
import { teamRecord } from '@/lib/exports/record';
import { FIRST_FIELDS, firstEnvelope, tiTeam } from '@/lib/exports/directories';
import { CSV_COLUMNS, teamsCsv } from '@/lib/exports/csv';
import { contactModel } from '@/lib/contact/model';

const SITE = 'https://csirt.example';
const teams = loadTeams(path.resolve('content'));
const records = teams.map((t) => teamRecord(t, SITE));

/**
 * The lookup of IntelMQ's Trusted Introducer expert, written from its documented behaviour
 * (intelmq/bots/experts/trusted_introducer_lookup): for each team, the first address whose usage
 * holds "contact"; each constituency domain (wildcard TLDs skipped, "*." dropped) and AS number
 * maps to it; a name is looked up by its parent domains in turn.
 */
function intelmqLookup(file: unknown) {
  assert.ok(Array.isArray(file), 'TI teams.json is a top-level array');
  const byDomain = new Map<string, string>();
  const byAsn = new Map<number, string>();
  for (const team of file as Record<string, any>[]) {
    if (!('emails' in team)) continue;
    const contact = (team.emails as { address: string; usage: string[] }[]).find((m) => m.usage.includes('contact'))?.address ?? '';
    for (const domain of team.constituency.domains as string[]) {
      if (domain.includes('.*')) continue;
      byDomain.set(domain.replace('*.', ''), contact);
    }
    for (const asn of team.constituency.asns as number[]) byAsn.set(asn, contact);
  }
  const domain = (fqdn: string) => {
    const parts = fqdn.split('.');
    while (parts.length) {
      const hit = byDomain.get(parts.join('.'));
      if (hit !== undefined) return hit;
      parts.shift();
    }
    return null;
  };
  return { byDomain, byAsn, domain, asn: (n: number) => byAsn.get(n) ?? null };
}

/** A record in the shape of Trusted Introducer's published directory (written for this test, not copied). */
const TI_SAMPLE = [
  {
    official_name: 'Example National CERT',
    short_name: 'EX-CERT',
    country: { code: 'XX', name: 'Exampleland' },
    established: '2010-01-01',
    host_organisation: 'Example Registry',
    classification: { code: 'a', name: 'Accredited', since: '2012-01-01' },
    postal_address: '1 Example Street\nExample City',
    constituency: { types: ['National'], asns: [64500, 64501], domains: ['*.example', 'cert.test'], ipranges: ['192.0.2.0/24'], countries: [{ code: 'XX', name: 'Exampleland' }] },
    business_hours: '09:00 to 17:00 Monday to Friday',
    business_hours_timezone: 'Europe/Paris',
    pgp_keys: [{ fingerprint: 'ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D', expires: '2030-01-01' }],
    phones: [{ usage: ['voice'], number: '+00 1 23 45 67', timezone: 'Europe/Paris' }],
    emails: [{ address: 'cert@example', usage: ['contact'] }, { address: 'info@example', usage: [] }],
  },
];

test('TI export: IntelMQ\u2019s lookup reads it exactly as it reads TI\u2019s own records', () => {
  const ours = JSON.parse(JSON.stringify(records.map(tiTeam)));
  const sample = intelmqLookup(TI_SAMPLE);
  assert.equal(sample.domain('www.cert.test'), 'cert@example');
  assert.equal(sample.domain('host.example'), 'cert@example');
  assert.equal(sample.asn(64501), 'cert@example');
  const lookup = intelmqLookup(ours);
  // The seed documents name no domain or AS number as their constituency: nothing maps, and nothing fails.
  assert.equal(lookup.byDomain.size, 0);
  assert.equal(lookup.byAsn.size, 0);
  assert.equal(lookup.domain('www.metsys.fr'), null);
  // Same keys and types as TI's records, lists always present.
  for (const team of ours) {
    assert.deepEqual(Object.keys(team).filter((k) => !['short_name'].includes(k)).sort(), Object.keys(TI_SAMPLE[0]).filter((k) => k !== 'short_name').sort());
    for (const list of ['types', 'asns', 'domains', 'ipranges', 'countries']) assert.ok(Array.isArray(team.constituency[list]), `${team.official_name}: constituency.${list}`);
    assert.equal(team.established, null, 'a profile has no founding date: empty, never guessed');
    assert.equal(team.classification, null, 'TI\u2019s classification is TI\u2019s own');
  }
});

test('TI export: the contact address is the incident address of the contact model, and a limited number carries its conditions', () => {
  const ti = records.map(tiTeam);
  teams.forEach((team, i) => {
    const m = contactModel(team.profile);
    const contact = ti[i].emails.filter((e) => e.usage.includes('contact')).map((e) => e.address);
    assert.deepEqual(contact, m.incident.stated ? [m.incident.address] : [], team.slug);
    if (team.profile.derived.some((d) => d.field === 'country')) assert.equal(ti[i].country, null, `${team.slug}: a derived country is left out`);
  });
  const metsys = ti[teams.findIndex((t) => t.slug === 'cert-metsys')];
  assert.deepEqual(metsys.phones[0].usage, ['voice', 'emergency']);
  assert.match(metsys.phones[0].comments ?? '', /extrême nécessité/, 'the emergencies-only condition, in the team\u2019s words');
});

test('FIRST export: the api.first.org v1 envelope, and only FIRST\u2019s field names, empty ones left out', () => {
  const envelope = JSON.parse(JSON.stringify(firstEnvelope(records)));
  assert.equal(envelope.status, 'OK');
  assert.equal(envelope.total, teams.length);
  assert.equal(envelope.data.length, teams.length);
  assert.match(envelope.licence.url, /etalab\.gouv\.fr/);
  for (const [i, row] of (envelope.data as Record<string, string>[]).entries()) {
    for (const key of Object.keys(row)) assert.ok((FIRST_FIELDS as readonly string[]).includes(key), `${key} is not a FIRST field`);
    for (const value of Object.values(row)) assert.ok(typeof value === 'string' && value.length > 0);
    assert.equal(row['team-full'], records[i].official_name);
    assert.ok(row['last-modified']);
  }
  const metsys = envelope.data[teams.findIndex((t) => t.slug === 'cert-metsys')];
  assert.equal(metsys['phone-emergency'], '+33184190727');
  assert.equal(metsys.phone, undefined, 'its only number is its emergency line, limited to emergencies: not a plain phone');
});

test('CSV: every row parses with a standard parser and agrees with teams.json', () => {
  const csv = teamsCsv(records);
  const rows = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  assert.deepEqual(Object.keys(rows[0]), [...CSV_COLUMNS]);
  assert.equal(rows.length, records.length);
  rows.forEach((row, i) => {
    const r = records[i];
    assert.equal(row.slug, r.slug);
    assert.equal(row.official_name, r.official_name);
    assert.equal(row.incident_email, r.emails.find((e) => e.usage.includes('contact'))?.address ?? '');
    assert.equal(row.pgp_fingerprints, r.pgp_keys.map((k) => k.fingerprint_hex).join(' | '));
    assert.equal(row.business_hours, r.business_hours ?? '', 'a multi-line or quoted text survives the round trip');
    assert.equal(row.region, r.derived?.some((d) => d.field === 'region') ? '' : (r.region ?? ''));
  });
  const metsys = rows.find((r) => r.slug === 'cert-metsys')!;
  assert.equal(metsys.emergency_phone_conditions, 'emergencies-only');
  assert.equal(metsys.around_the_clock, 'on-call phone');
});
