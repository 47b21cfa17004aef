/**
 * The directory in the shapes incident-handling tools already read:
 * - data/ti/teams.json: Trusted Introducer's directory format (a top-level
 *   array; TI's field names and vocabularies; constituency.{types, asns,
 *   domains, ipranges, countries} always arrays), as IntelMQ's Trusted
 *   Introducer lookup expert reads it (the address whose usage holds
 *   "contact", then the constituency's domains and AS numbers);
 * - data/first/teams.json: the api.first.org v1 envelope around the public
 *   fields of FIRST's teams records.
 * Every value comes from the open data record, itself made from the contact
 * model; a field these formats have and a profile cannot fill is empty (null
 * or []), never guessed; a value the directory derived is left out.
 */
import 'server-only';
import type { ExportTeam } from './record-schema';
import { DATA_LICENCE } from './licence';
import { contactAddress, phoneConditionWords, statedSeat } from './record-facts';

/**
 * TI's constituency types for what a profile states: only values of TI's own vocabulary, as its
 * published records spell them; a team type with no TI equivalent gives none (never a guess).
 */
const TI_TYPES: Partial<Record<ExportTeam['team_type'], string>> = {
  national: 'National',
  academic: 'Research & Education',
  commercial: 'Commercial Organisation',
};


export type TiTeam = {
  official_name: string;
  short_name: string | null;
  country: { code: string; name: string } | null;
  established: null;
  host_organisation: string | null;
  classification: null;
  postal_address: string | null;
  constituency: { types: string[]; asns: number[]; domains: string[]; ipranges: string[]; countries: { code: string; name: string }[] };
  business_hours: string | null;
  business_hours_timezone: string | null;
  pgp_keys: { fingerprint: string; expires: string | null }[];
  phones: { usage: string[]; number: string; timezone: string | null; comments?: string }[];
  emails: { address: string; usage: string[] }[];
};

/** One team in TI's format. `established` and `classification` are TI's own facts: a profile has neither. */
export function tiTeam(r: ExportTeam): TiTeam {
  return {
    official_name: r.official_name,
    short_name: r.short_name ?? null,
    country: statedSeat(r).country ?? null,
    established: null,
    host_organisation: r.host_organisation ?? null,
    classification: null,
    postal_address: r.postal_address ?? null,
    constituency: {
      types: [...(TI_TYPES[r.team_type] ? [TI_TYPES[r.team_type]!] : []), ...(r.constituency?.customers_only ? ['Service Provider Customer Base'] : [])],
      asns: r.constituency?.asns ?? [],
      domains: r.constituency?.domains ?? [],
      ipranges: r.constituency?.ipranges ?? [],
      countries: r.constituency?.countries ?? [],
    },
    business_hours: r.business_hours ?? null,
    business_hours_timezone: r.business_hours_timezone ?? null,
    pgp_keys: r.pgp_keys.map((k) => ({ fingerprint: k.fingerprint, expires: k.expires ?? null })),
    phones: r.phones.map((p) => {
      // A condition on calls ("emergencies only") travels with the number, in the team's words.
      const comments = [p.comments, ...phoneConditionWords(r, p)].filter((x): x is string => !!x);
      return { usage: p.usage, number: p.display, timezone: p.timezone ?? null, ...(comments.length && { comments: [...new Set(comments)].join(' / ') }) };
    }),
    emails: r.emails.map((e) => ({ address: e.address, usage: e.usage })),
  };
}

/** The FIRST (api.first.org v1) field names this export fills, in their order. */
export const FIRST_FIELDS = ['team', 'team-full', 'host', 'country', 'website', 'email', 'phone', 'phone-emergency', 'timezone', 'operating-hours', 'constituency', 'pgp-fingerprint', 'pgp-id', 'last-modified'] as const;
export type FirstTeam = Partial<Record<(typeof FIRST_FIELDS)[number], string>>;

/** One team with FIRST's field names; empty values are left out, as api.first.org does. */
export function firstTeam(r: ExportTeam): FirstTeam {
  const phones = r.phones.filter((p) => p.channel === 'telephone' && p.use !== 'customers-only');
  const key = r.pgp_keys[0];
  const values: FirstTeam = {
    team: r.short_name ?? r.official_name,
    'team-full': r.official_name,
    host: r.host_organisation,
    country: statedSeat(r).country?.code,
    website: r.website,
    email: (contactAddress(r) ?? r.emails.find((e) => e.preferred))?.address,
    // The listed number only when the team puts no condition on calls to it; the emergency line with its own.
    phone: phones.find((p) => !p.usage.includes('emergency') && !p.conditions)?.number,
    'phone-emergency': phones.find((p) => p.usage.includes('emergency'))?.number,
    timezone: r.business_hours_timezone,
    'operating-hours': r.business_hours,
    constituency: r.constituency?.as_written,
    'pgp-fingerprint': key?.fingerprint_hex,
    'pgp-id': key?.key_id,
    'last-modified': r.last_modified,
  };
  return Object.fromEntries(FIRST_FIELDS.flatMap((f) => (values[f] ? [[f, values[f]]] : []))) as FirstTeam;
}

/** The api.first.org v1 envelope, with the licence of the data beside it. */
export function firstEnvelope(records: readonly ExportTeam[]) {
  return { status: 'OK', 'status-code': 200, version: 1, access: 'public', licence: DATA_LICENCE, total: records.length, offset: 0, limit: records.length, data: records.map(firstTeam) };
}
