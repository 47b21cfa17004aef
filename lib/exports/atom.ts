/**
 * The change feeds: Atom feeds (RFC 4287) of listing changes: teams added,
 * listings updated, keys changed, RFC 2350 documents updated. One per UI
 * language (fr/feed.xml, en/feed.xml, each announced in its pages' head), and
 * feed.xml, the English one at the address it always had.
 *
 * Why: partners follow new teams and key changes without scraping pages.
 * Every date is a date the profile states (dates.ts), the feed's `updated`
 * is the latest entry's, and entry ids are the team permalink plus kind and
 * date, so the same content always gives the same feed and a reader never
 * sees an old change twice. Written by hand rather than with a feed package:
 * profile text is untrusted, and each value here goes through one escaper.
 */
import 'server-only';
import type { Team } from '@/lib/profile/load';
import { atomDateTime, latestOf, listingChanges, type ChangeKind } from './dates';
import type { ExportTeam } from './record-schema';
import { otherUiLang, type UiLang } from '@/lib/i18n/ui-lang';
import { absolute } from '@/lib/site/url';
import { XML_DECLARATION, xmlAttrs, xmlElement } from './xml';
import { DATA_LICENCE } from './licence';
import { statedSeat } from './record-facts';

export type FeedEntry = { id: string; kind: ChangeKind; date: string; record: ExportTeam };

type FeedText = {
  colon: string;
  title: string;
  subtitle: string;
  author: string;
  kinds: Record<ChangeKind, string>;
  incident: string;
  email: string;
  fingerprint: string;
  document: (version: string | undefined, date: string) => string;
};

/** The feed's words in each UI language (build-time only: no page ships them). */
const FEED_TEXT: Record<UiLang, FeedText> = {
  en: {
    colon: ': ',
    title: 'CSIRT directory: listing changes',
    subtitle: 'Teams added, listings and RFC 2350 documents updated, keys changed. Dates are the ones the listings state.',
    author: 'CSIRT directory',
    kinds: { added: 'New team', updated: 'Listing updated', 'key-changed': 'Key changed', document: 'RFC 2350 document updated' },
    incident: 'Incident reports',
    email: 'E-mail',
    fingerprint: 'OpenPGP key fingerprint',
    document: (version, date) => `Document${version ? ` version ${version}` : ''} of ${date}.`,
  },
  fr: {
    colon: ' : ',
    title: 'Annuaire des CSIRT : changements des fiches',
    subtitle: 'Équipes ajoutées, fiches et documents RFC 2350 mis à jour, clés changées. Les dates sont celles que donnent les fiches.',
    author: 'Annuaire des CSIRT',
    kinds: { added: 'Nouvelle équipe', updated: 'Fiche mise à jour', 'key-changed': 'Clé changée', document: 'Document RFC 2350 mis à jour' },
    incident: 'Signalement d’incident',
    email: 'E-mail',
    fingerprint: 'Empreinte de la clé OpenPGP',
    document: (version, date) => `Document${version ? ` version ${version}` : ''} du ${date}.`,
  },
};

const countryNames = (lang: UiLang) => new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });

function summary(entry: FeedEntry, lang: UiLang): string {
  const r = entry.record;
  const t = FEED_TEXT[lang];
  const { colon } = t;
  const preferred = r.emails.find((e) => e.preferred);
  // "Incident reports" only for an address the team gives for them (the contact model's incident address).
  const label = preferred?.usage.includes('contact') ? t.incident : t.email;
  // A country the directory derived (from a phone prefix) is not stated as the team's.
  const country = statedSeat(r).country;
  const seat = country ? [countryNames(lang).of(country.code) ?? country.name] : [];
  const parts = [`${r.official_name} (${[r.team_type, ...seat].join(', ')}).`, `${label}${colon}${preferred?.address}.`];
  if (entry.kind === 'key-changed' || entry.kind === 'added') {
    for (const key of r.pgp_keys) parts.push(`${t.fingerprint}${colon}${key.fingerprint}.`);
  }
  if (entry.kind === 'document') parts.push(t.document(r.document.version, r.document.last_updated));
  return parts.join(' ');
}

/** Every change of every team, newest first; ties by team name, then kind. */
export function feedEntries(teams: readonly Team[], records: ReadonlyMap<string, ExportTeam>, lang: UiLang): FeedEntry[] {
  const order: ChangeKind[] = ['added', 'updated', 'key-changed', 'document'];
  return teams
    .flatMap((team) => {
      const record = records.get(team.slug)!;
      return listingChanges(team.profile).map((c) => ({ ...c, record, id: `${record.permalinks[lang]}#${c.kind}-${c.date}` }));
    })
    .sort(
      (a, b) =>
        (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
        a.record.official_name.localeCompare(b.record.official_name, 'fr', { sensitivity: 'base' }) ||
        order.indexOf(a.kind) - order.indexOf(b.kind),
    );
}

function entryXml(entry: FeedEntry, lang: UiLang): string {
  const r = entry.record;
  const kind = FEED_TEXT[lang].kinds[entry.kind];
  const other = otherUiLang(lang);
  const updated = atomDateTime(entry.date);
  return [
    '  <entry>',
    `    ${xmlElement('id', entry.id)}`,
    `    ${xmlElement('title', `${kind}${FEED_TEXT[lang].colon}${r.official_name}`, { type: 'text' })}`,
    `    ${xmlElement('updated', updated)}`,
    `    ${xmlElement('published', updated)}`,
    `    <link${xmlAttrs({ rel: 'alternate', type: 'text/html', hreflang: lang, href: r.permalinks[lang] })}/>`,
    `    <link${xmlAttrs({ rel: 'alternate', type: 'text/html', hreflang: other, href: r.permalinks[other] })}/>`,
    `    <link${xmlAttrs({ rel: 'related', type: 'application/json', href: r.links.json })}/>`,
    `    <category${xmlAttrs({ term: entry.kind, label: kind })}/>`,
    `    ${xmlElement('summary', summary(entry, lang), { type: 'text' })}`,
    '  </entry>',
  ].join('\n');
}

/** The feed at `path` (relative to the site root) for the teams, with their records keyed by slug, written in `lang`. */
export function atomFeed(teams: readonly Team[], records: ReadonlyMap<string, ExportTeam>, base: string, lang: UiLang, path: string): string {
  const t = FEED_TEXT[lang];
  const entries = feedEntries(teams, records, lang);
  // An empty directory has no date to give: the epoch keeps the feed valid and stable.
  const updated = atomDateTime(latestOf(entries.map((e) => e.date)) ?? '1970-01-01');
  const other = otherUiLang(lang);
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  ${xmlElement('id', absolute(base, path))}`,
    `  ${xmlElement('title', t.title, { type: 'text' })}`,
    `  ${xmlElement('subtitle', t.subtitle, { type: 'text' })}`,
    `  ${xmlElement('rights', `${DATA_LICENCE.name}: ${DATA_LICENCE.url}`, { type: 'text' })}`,
    `  ${xmlElement('updated', updated)}`,
    `  <link${xmlAttrs({ rel: 'self', type: 'application/atom+xml', href: absolute(base, path) })}/>`,
    `  <link${xmlAttrs({ rel: 'alternate', type: 'text/html', hreflang: lang, href: absolute(base, `${lang}/`) })}/>`,
    `  <link${xmlAttrs({ rel: 'alternate', type: 'text/html', hreflang: other, href: absolute(base, `${other}/`) })}/>`,
    `  <author>${xmlElement('name', t.author)}${xmlElement('uri', absolute(base, ''))}</author>`,
    ...entries.map((entry) => entryXml(entry, lang)),
    '</feed>',
    '',
  ].join('\n');
}
