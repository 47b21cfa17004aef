/**
 * schema.org JSON-LD of a team, for the team page's
 * `<script type="application/ld+json">` (serialise it with safeJsonForScript).
 *
 * Why: search engines and assistants read a team's incident address, phone,
 * address and hours from the page as structured data instead of guessing.
 * Built from the open data record, so it states only what the profile
 * states (through the contact model, lib/contact/model.ts): availableLanguage
 * only when the document names languages, an "emergency" contact point only
 * for a line the public may use, with its own conditions' words.
 */
import { contactModel, type ContactModel } from '@/lib/contact/model';
import 'server-only';
import type { Team } from '@/lib/profile/load';
import type { UiLang } from '@/lib/i18n';
import type { ExportTeam } from './record-schema';
import { teamRecord } from './record';
import { statedSeat } from './record-facts';
import { baseUrl } from '@/lib/site/url';

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

/**
 * The contact points, from the contact model. schema.org hours carry neither a
 * time zone nor a condition, so no hoursAvailable is given for office hours
 * (the team's own words go in the description), and round-the-clock hours
 * only for a 24/7 claim with no condition at all. An "emergency" point only
 * for a line the public may use: a 24/7 claim of a team not limited to its
 * customers, or an emergency number anyone may call; its description holds
 * only its own conditions' words, never the office hours'.
 */
function contactPoints(record: ExportTeam, model: ContactModel): JsonLd[] {
  const availableLanguage = record.languages;
  // The area the team names: its regions when it names some, else its countries; never wider than the listing.
  const areaServed = record.constituency?.regions?.length ? record.constituency.regions : record.constituency?.countries?.map((c) => c.code);
  const plainNumber = model.phone.numbers.find((n) => n.anyoneMayCall && n.role !== 'emergency' && n.conditions.length === 0);
  const office = model.officeHours;
  const points: JsonLd[] = [
    withoutEmptyValues({
      '@type': 'ContactPoint',
      // "incident reports" only for an address the team gives for them.
      contactType: model.incident.stated ? 'incident reports' : 'general enquiries',
      email: model.incident.address,
      telephone: plainNumber?.e164,
      availableLanguage,
      areaServed,
      description: office?.quote,
    }),
  ];
  const atc = model.aroundTheClock?.publicReach ? model.aroundTheClock : undefined;
  const teamForAll = !record.constituency?.customers_only;
  const emergencyPhone = teamForAll ? (model.phone.numbers.find((n) => n.anyoneMayCall && n.aroundTheClock) ?? model.phone.numbers.find((n) => n.anyoneMayCall && n.role === 'emergency')) : undefined;
  const email24 = !!atc?.channels.includes('email');
  if (emergencyPhone || email24) {
    const quotes = [
      ...(atc ? [atc.quote, ...atc.audienceConditions.map((c) => c.quote), ...atc.conditions.map((c) => c.quote)] : []),
      ...(emergencyPhone ? [...(emergencyPhone.note ? [emergencyPhone.note] : []), ...emergencyPhone.conditions.map((c) => c.quote)] : []),
    ];
    const unconditioned = !!atc && atc.kind === 'service' && atc.conditions.length === 0 && atc.audienceConditions.length === 0 && (emergencyPhone?.conditions.length ?? 0) === 0;
    points.push(
      withoutEmptyValues({
        '@type': 'ContactPoint',
        contactType: 'emergency',
        telephone: emergencyPhone?.e164,
        email: email24 ? model.incident.address : undefined,
        availableLanguage,
        areaServed,
        hoursAvailable: unconditioned && (emergencyPhone?.aroundTheClock || email24) ? [ALL_WEEK] : undefined,
        description: quotes.length ? [...new Set(quotes)].join(' / ') : undefined,
      }),
    );
  }
  return points;
}

/** The team as a schema.org Organization; `url` is the team's own site when stated, else its page here. */
export function teamJsonLd(team: Team, siteUrl: string, lang: UiLang): JsonLd {
  const record = teamRecord(team, baseUrl(siteUrl));
  const page = record.permalinks[lang];
  const model = contactModel(team.profile);
  const phone = model.phone.numbers.find((n) => n.anyoneMayCall && n.conditions.length === 0);
  // A region or country the directory derived is not the team's: left out of the address it states.
  const seat = statedSeat(record);
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
      addressRegion: seat.region,
      addressCountry: seat.country?.code,
    }),
    email: model.incident.address,
    telephone: phone?.e164,
    faxNumber: record.phones.find((p) => p.channel === 'fax')?.number,
    contactPoint: contactPoints(record, model),
  });
}
