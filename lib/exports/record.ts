/**
 * One team as an open data record (the entries of data/teams.json).
 *
 * Why: this is the one mapping from a profile (plus the key facts the build
 * read from key.asc) to the published field names; the vCard, the feed and
 * the JSON-LD are written from the record, so all of them say the same thing.
 * Facts the profile does not state are left out (no empty strings or nulls
 * standing for "unknown"), and every record is checked against the published
 * schema before it is written.
 */
import 'server-only';
import type { Team } from '@/lib/profile/load';
import type { TeamKeys } from '@/lib/profile/keys';
import type { Phone } from '@/lib/profile/schema';
import { formatFingerprint, keyIdsOf } from '@/lib/keys/fingerprint';
import { contactModel } from '@/lib/contact/model';
import { latestDate } from './dates';
import { exportTeamSchema, type ExportTeam } from './record-schema';
import { OPEN_DATA_PATHS, absolute, teamFileUrl, teamPermalink } from '@/lib/site/url';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** {code, name} with the English name from the platform's CLDR data ("FR" -> "France"). */
export function country(code: string): { code: string; name: string } {
  return { code, name: regionNames.of(code) ?? code };
}

/** The list, or undefined when it is empty: an empty list states nothing. */
const nonEmpty = <T>(list: readonly T[] | undefined): T[] | undefined => (list && list.length ? [...list] : undefined);

function phones(team: Team): ExportTeam['phones'] {
  const { fax, hours } = team.profile;
  const model = contactModel(team.profile);
  const telephone = model.phone.numbers.map((n) => ({
    number: n.e164,
    display: n.display,
    usage: n.role === 'emergency' ? ['voice' as const, 'emergency' as const] : ['voice' as const],
    channel: 'telephone' as const,
    use: n.role,
    timezone: hours?.timezone,
    comments: n.note,
    section: n.section,
    conditions: n.conditions.length ? n.conditions.map((c) => c.code) : undefined,
    around_the_clock: n.aroundTheClock || undefined,
  }));
  const faxes = (fax?.numbers ?? []).map((p: Phone) => ({
    number: p.e164,
    display: p.display,
    usage: ['fax' as const],
    channel: 'fax' as const,
    use: p.use,
    timezone: hours?.timezone,
    comments: p.note,
    section: p.section,
  }));
  return [...telephone, ...faxes];
}

function pgpKeys(team: Team, base: string, keys: TeamKeys | undefined): ExportTeam['pgp_keys'] {
  const held = new Map((keys?.keys ?? []).map((k) => [k.fingerprint, k]));
  return team.profile.pgp_keys.map((key) => {
    const facts = held.get(key.fingerprint);
    return {
      fingerprint: formatFingerprint(key.fingerprint),
      fingerprint_hex: key.fingerprint,
      key_id: key.key_id,
      long_key_id: keyIdsOf(key.fingerprint).longId,
      user_id: key.user_id,
      section: key.section,
      urls: nonEmpty(key.urls),
      location_note: key.location_note,
      expires: facts?.expires ?? undefined,
      key_file:
        facts && keys?.files.key
          ? {
              url: teamFileUrl(base, team.slug, keys.files.key),
              created: facts.created,
              expires: facts.expires,
              algorithm: facts.algorithmLabel,
              user_ids: facts.userIds,
              revoked: facts.revoked ? { date: facts.revoked.date, reason: facts.revoked.reason } : undefined,
            }
          : undefined,
    };
  });
}

/**
 * The record of one team. `base` is the public base URL without a trailing
 * slash; `keys` is what the build read from the team folder (without it, the
 * record has no key file facts and no file list).
 */
export function teamRecord(team: Team, base: string, keys?: TeamKeys): ExportTeam {
  const p = team.profile;
  // The first entry with the incident address: the one to write to first.
  const preferred = p.emails.findIndex((e) => e.address === contactModel(p).incident.address);
  const files = keys?.files.documents.map((d) => ({
    name: d.name,
    url: teamFileUrl(base, team.slug, d.name),
    signatures: d.signatures.map((s) => teamFileUrl(base, team.slug, s)),
  }));
  // `source` (the seed file an importer read) is the directory's own bookkeeping, not a fact about the team.
  const { source: _source, ...document } = p.document;
  const record = {
    slug: team.slug,
    official_name: p.name.official,
    short_name: p.name.short,
    team_type: p.team_type,
    country: country(p.country),
    region: p.region,
    city: p.city,
    host_organisation: p.host_organisation,
    website: p.website,
    postal_address: p.address,
    emails: p.emails.map((e, i) => ({
      address: e.address,
      usage: e.uses.includes('incident-reports') ? ['contact' as const] : [],
      uses: e.uses,
      preferred: i === preferred,
      comments: e.note,
      section: e.section,
    })),
    phones: phones(team),
    telephone: p.telephone && { status: p.telephone.status, note: p.telephone.note },
    fax: p.fax && { status: p.fax.status, note: p.fax.note },
    other_channels: p.other_channels,
    pgp_keys: pgpKeys(team, base, keys),
    business_hours: p.hours?.as_written,
    business_hours_timezone: p.hours?.timezone,
    hours: p.hours && { ...p.hours, schedule: nonEmpty(p.hours.schedule) },
    urgent_subject: p.urgent_subject,
    members: p.members,
    constituency: p.constituency && {
      ...p.constituency,
      tags: nonEmpty(p.constituency.tags),
      countries: nonEmpty(p.constituency.countries.map(country)),
      regions: nonEmpty(p.constituency.regions),
      domains: nonEmpty(p.constituency.domains),
      asns: nonEmpty(p.constituency.asns),
      ipranges: nonEmpty(p.constituency.ipranges),
    },
    memberships: nonEmpty(p.memberships),
    conditions: nonEmpty(p.conditions),
    requirements: nonEmpty(p.requirements),
    derived: nonEmpty(p.derived),
    sections: p.sections,
    checked_against: p.checked_against,
    languages: nonEmpty(p.languages),
    tlp: p.tlp,
    reporting: p.reporting && { ...p.reporting, checklist: nonEmpty(p.reporting.checklist) },
    listing: p.listing,
    document: {
      ...document,
      locations: nonEmpty(document.locations),
      signed: (files ?? []).some((f) => f.signatures.length > 0),
      says_signed: document.signed,
    },
    last_modified: latestDate(p),
    permalinks: { fr: teamPermalink('fr', team.slug, base), en: teamPermalink('en', team.slug, base) },
    links: {
      json: absolute(base, OPEN_DATA_PATHS.teamJson(team.slug)),
      vcard: absolute(base, OPEN_DATA_PATHS.teamVcard(team.slug)),
      key: keys?.files.key && keys.keys?.length ? teamFileUrl(base, team.slug, keys.files.key) : undefined,
    },
    files,
  };
  // Parsing also drops the keys left undefined above and puts the fields in the schema's order.
  return exportTeamSchema.parse(record);
}
