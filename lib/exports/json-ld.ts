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
import 'server-only';
import type { Team } from '@/lib/profile/load';
import type { Lang } from '@/lib/i18n';
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

function contactPoints(record: ExportTeam): JsonLd[] {
  const email = record.emails.find((e) => e.preferred)!.address;
  const publicPhones = record.phones.filter((p) => p.channel === 'telephone' && p.use !== 'customers-only');
  const availableLanguage = record.languages;
  const areaServed = record.constituency?.countries?.map((c) => c.code);
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
  const roundTheClock = record.hours?.around_the_clock;
  const open24 = roundTheClock?.audience === 'everyone' ? roundTheClock.channels : [];
  const emergencyPhone = publicPhones.find((p) => p.use === 'emergency') ?? (open24.includes('phone') ? publicPhones[0] : undefined);
  if (emergencyPhone || open24.includes('email')) {
    points.push(
      withoutEmptyValues({
        '@type': 'ContactPoint',
        contactType: 'emergency',
        telephone: emergencyPhone?.number,
        email: open24.includes('email') ? email : undefined,
        availableLanguage,
        areaServed,
        hoursAvailable: open24.length ? [ALL_WEEK] : undefined,
      }),
    );
  }
  return points;
}

/** The team as a schema.org Organization; `url` is the team's own site when stated, else its page here. */
export function teamJsonLd(team: Team, siteUrl: string, lang: Lang): JsonLd {
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
    contactPoint: contactPoints(record),
  });
}
