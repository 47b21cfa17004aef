/**
 * The change feed (feed.xml): an Atom feed (RFC 4287) of listing changes:
 * teams added, listings updated, keys changed, RFC 2350 documents updated.
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
import { OPEN_DATA_PATHS, absolute } from '@/lib/site-url';
import { XML_DECLARATION, xmlAttrs, xmlElement } from './xml';

export type FeedEntry = { id: string; kind: ChangeKind; date: string; record: ExportTeam };

const TITLES: Record<ChangeKind, (name: string) => string> = {
  added: (name) => `New team: ${name}`,
  updated: (name) => `Listing updated: ${name}`,
  'key-changed': (name) => `Key changed: ${name}`,
  document: (name) => `RFC 2350 document updated: ${name}`,
};

function summary(entry: FeedEntry): string {
  const r = entry.record;
  const email = r.emails.find((e) => e.preferred)?.address;
  const parts = [`${r.official_name} (${r.team_type}, ${r.country.name}).`, `Incident reports: ${email}.`];
  if (entry.kind === 'key-changed' || entry.kind === 'added') {
    for (const key of r.pgp_keys) parts.push(`OpenPGP key fingerprint: ${key.fingerprint}.`);
  }
  if (entry.kind === 'document') parts.push(`Document${r.document.version ? ` version ${r.document.version}` : ''} of ${r.document.last_updated}.`);
  return parts.join(' ');
}

/** Every change of every team, newest first; ties by team name, then kind. */
export function feedEntries(teams: readonly Team[], records: ReadonlyMap<string, ExportTeam>): FeedEntry[] {
  const order: ChangeKind[] = ['added', 'updated', 'key-changed', 'document'];
  return teams
    .flatMap((team) => {
      const record = records.get(team.slug)!;
      return listingChanges(team.profile).map((c) => ({ ...c, record, id: `${record.permalinks.en}#${c.kind}-${c.date}` }));
    })
    .sort(
      (a, b) =>
        (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
        a.record.official_name.localeCompare(b.record.official_name, 'fr', { sensitivity: 'base' }) ||
        order.indexOf(a.kind) - order.indexOf(b.kind),
    );
}

function entryXml(entry: FeedEntry): string {
  const r = entry.record;
  const updated = atomDateTime(entry.date);
  return [
    '  <entry>',
    `    ${xmlElement('id', entry.id)}`,
    `    ${xmlElement('title', TITLES[entry.kind](r.official_name), { type: 'text' })}`,
    `    ${xmlElement('updated', updated)}`,
    `    ${xmlElement('published', updated)}`,
    `    <link${xmlAttrs({ rel: 'alternate', type: 'text/html', hreflang: 'en', href: r.permalinks.en })}/>`,
    `    <link${xmlAttrs({ rel: 'alternate', type: 'text/html', hreflang: 'fr', href: r.permalinks.fr })}/>`,
    `    <link${xmlAttrs({ rel: 'related', type: 'application/json', href: r.links.json })}/>`,
    `    <category${xmlAttrs({ term: entry.kind, label: TITLES[entry.kind]('').replace(/: $/, '') })}/>`,
    `    ${xmlElement('summary', summary(entry), { type: 'text' })}`,
    '  </entry>',
  ].join('\n');
}

/** feed.xml for the teams, with their records keyed by slug. */
export function atomFeed(teams: readonly Team[], records: ReadonlyMap<string, ExportTeam>, base: string): string {
  const entries = feedEntries(teams, records);
  // An empty directory has no date to give: the epoch keeps the feed valid and stable.
  const updated = atomDateTime(latestOf(entries.map((e) => e.date)) ?? '1970-01-01');
  return [
    XML_DECLARATION,
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${xmlElement('id', absolute(base, OPEN_DATA_PATHS.feed))}`,
    `  ${xmlElement('title', 'CSIRT directory: listing changes', { type: 'text' })}`,
    `  ${xmlElement('subtitle', 'Teams added, listings and RFC 2350 documents updated, keys changed. Dates are the ones the listings state.', { type: 'text' })}`,
    `  ${xmlElement('updated', updated)}`,
    `  <link${xmlAttrs({ rel: 'self', type: 'application/atom+xml', href: absolute(base, OPEN_DATA_PATHS.feed) })}/>`,
    `  <link${xmlAttrs({ rel: 'alternate', type: 'text/html', hreflang: 'en', href: absolute(base, 'en/') })}/>`,
    `  <link${xmlAttrs({ rel: 'alternate', type: 'text/html', hreflang: 'fr', href: absolute(base, 'fr/') })}/>`,
    `  <author>${xmlElement('name', 'CSIRT directory')}${xmlElement('uri', absolute(base, ''))}</author>`,
    ...entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
