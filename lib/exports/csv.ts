/**
 * data/teams.csv: the facts of teams.json, one row per team, for spreadsheets
 * and open-data portals (RFC 4180, UTF-8 with a header row, written by
 * csv-stringify). Lists are joined with " | "; a value the directory derived
 * is left out; conditions travel as their codes beside the claim they limit.
 */
import 'server-only';
import { stringify } from 'csv-stringify/sync';
import type { ExportTeam } from './record-schema';
import { contactAddress, statedSeat } from './record-facts';

export const CSV_COLUMNS = [
  'slug',
  'official_name',
  'short_name',
  'team_type',
  'country',
  'region',
  'city',
  'website',
  'incident_email',
  'other_emails',
  'phone',
  'phone_conditions',
  'emergency_phone',
  'emergency_phone_conditions',
  'around_the_clock',
  'around_the_clock_conditions',
  'timezone',
  'business_hours',
  'pgp_fingerprints',
  'constituency_tags',
  'customers_only',
  'languages',
  'last_modified',
  'page_fr',
  'page_en',
  'json',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;
const join = (list: readonly string[] | undefined) => (list ?? []).join(' | ');

export function csvRow(r: ExportTeam): Row {
  const seat = statedSeat(r);
  const incident = contactAddress(r);
  const phones = r.phones.filter((p) => p.channel === 'telephone');
  const phone = phones.find((p) => !p.usage.includes('emergency'));
  const emergency = phones.find((p) => p.usage.includes('emergency'));
  const atc = r.hours?.around_the_clock;
  const atcConditions = (r.conditions ?? []).filter((c) => c.applies_to.includes('around-the-clock')).map((c) => c.code);
  return {
    slug: r.slug,
    official_name: r.official_name,
    short_name: r.short_name ?? '',
    team_type: r.team_type,
    country: seat.country?.code ?? '',
    region: seat.region ?? '',
    city: r.city ?? '',
    website: r.website ?? '',
    incident_email: incident?.address ?? '',
    other_emails: join(r.emails.filter((e) => e !== incident).map((e) => e.address)),
    phone: phone?.number ?? '',
    phone_conditions: join(phone?.conditions),
    emergency_phone: emergency?.number ?? '',
    emergency_phone_conditions: join(emergency?.conditions),
    around_the_clock: atc ? [atc.kind, ...atc.channels].join(' ') : '',
    around_the_clock_conditions: join([...new Set(atcConditions)]),
    timezone: r.hours?.timezone ?? '',
    business_hours: r.business_hours ?? '',
    pgp_fingerprints: join(r.pgp_keys.map((k) => k.fingerprint_hex)),
    constituency_tags: join(r.constituency?.tags),
    customers_only: r.constituency ? String(r.constituency.customers_only) : '',
    languages: join(r.languages),
    last_modified: r.last_modified,
    page_fr: r.permalinks.fr,
    page_en: r.permalinks.en,
    json: r.links.json,
  };
}

export function teamsCsv(records: readonly ExportTeam[]): string {
  return stringify(records.map(csvRow), { header: true, columns: [...CSV_COLUMNS], record_delimiter: '\r\n' });
}
