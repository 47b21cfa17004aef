/**
 * schema.org JSON-LD of a team, for the team page's
 * `<script type="application/ld+json">` (serialise it with safeJsonForScript).
 *
 * Why: search engines and assistants read a team's incident address, phone,
 * address and hours from the page as structured data instead of guessing.
 * Built from the open data record, so it states only what the profile
 * states: availableLanguage only when the document names languages, an
 * "emergency" contact point only for a line the public may call (an
 * emergency number, or a 24/7 service open to everyone).
 */
import { availabilityClaims, type AvailabilityClaim } from '@/lib/availability';
import 'server-only';
import type { Team } from '@/lib/profile/load';
import type { UiLang } from '@/lib/i18n';
import type { ExportTeam } from './record-schema';
import { teamRecord } from './record';
import { baseUrl } from '@/lib/site-url';

type JsonLd = Record<string, unknown>;

const DAY_URIS = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
} as const;

const ALL_WEEK = { '@type': 'OpeningHoursSpecification', dayOfWeek: Object.values(DAY_URIS), opens: '00:00', closes: '23:59' };

/** Keys whose value is undefined or an empty list are left out. */
function withoutEmptyValues(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function hours(record: ExportTeam): JsonLd[] {
  return (record.hours?.schedule ?? []).map((s) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: s.days.map((d) => DAY_URIS[d]),
    opens: s.open,
    closes: s.close,
  }));
}

function contactPoints(record: ExportTeam, claims: AvailabilityClaim[]): JsonLd[] {
  const email = record.emails.find((e) => e.preferred)!.address;
  const publicPhones = record.phones.filter((p) => p.channel === 'telephone' && p.use !== 'customers-only');
  const availableLanguage = record.languages;
  // The area the team names: its regions when it names some, else its countries; never wider than the listing.
  const areaServed = record.constituency?.regions?.length ? record.constituency.regions : record.constituency?.countries?.map((c) => c.code);
  const points: JsonLd[] = [
    withoutEmptyValues({
      '@type': 'ContactPoint',
      contactType: 'incident reports',
      email,
      telephone: publicPhones.find((p) => p.use !== 'emergency')?.number,
      availableLanguage,
      areaServed,
      hoursAvailable: hours(record),
    }),
  ];
  // 24/7 as the listing states it (lib/availability.ts): schema.org hours cannot carry a condition, so a
  // 24/7 claim with any condition ("except public holidays", "emergencies only") gets no round-the-clock
  // hours, and the team's own words go in the description instead.
  const open24 = claims.filter((c) => c.aroundTheClock && c.published);
  const conditions = [...new Set(open24.flatMap((c) => c.conditions.map((k) => k.quote)))];
  const emergencyPhone = publicPhones.find((p) => p.use === 'emergency') ?? (open24.some((c) => c.channel === 'phone') ? publicPhones[0] : undefined);
  const email24 = open24.some((c) => c.channel === 'email');
  if (emergencyPhone || email24) {
    points.push(
      withoutEmptyValues({
        '@type': 'ContactPoint',
        contactType: 'emergency',
        telephone: emergencyPhone?.number,
        email: email24 ? email : undefined,
        availableLanguage,
        areaServed,
        hoursAvailable: open24.length && conditions.length === 0 ? [ALL_WEEK] : undefined,
        description: conditions.length ? conditions.join(' / ') : undefined,
      }),
    );
  }
  return points;
}

/** The team as a schema.org Organization; `url` is the team's own site when stated, else its page here. */
export function teamJsonLd(team: Team, siteUrl: string, lang: UiLang): JsonLd {
  const record = teamRecord(team, baseUrl(siteUrl));
  const page = record.permalinks[lang];
  const phone = record.phones.find((p) => p.channel === 'telephone' && p.use !== 'customers-only');
  return withoutEmptyValues({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${page}#team`,
    name: record.official_name,
    alternateName: record.short_name,
    url: record.website ?? page,
    mainEntityOfPage: page,
    parentOrganization: record.host_organisation ? { '@type': 'Organization', name: record.host_organisation } : undefined,
    address: withoutEmptyValues({
      '@type': 'PostalAddress',
      streetAddress: record.postal_address,
      addressLocality: record.city,
      addressRegion: record.region,
      addressCountry: record.country.code,
    }),
    email: record.emails.find((e) => e.preferred)!.address,
    telephone: phone?.number,
    faxNumber: record.phones.find((p) => p.channel === 'fax')?.number,
    contactPoint: contactPoints(record, availabilityClaims(team.profile)),
  });
}
