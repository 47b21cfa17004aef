/**
 * An Atom feed (RFC 4287) of listed keys that expire within the next 60 days,
 * for peers who want to know before a key lapses. Written at build time from
 * the key facts; revoked and already-expired keys are left out. Each entry is
 * dated the day the key entered the 60-day window, so a rebuild on another
 * day gives the same entries and a reader never sees one twice.
 * Reuses the change feed's XML helpers (lib/exports/xml.ts) and URLs.
 */
import 'server-only';
import type { KeyFacts } from '@/lib/pgp/key-facts';
import { absolute, teamPermalink } from '@/lib/site/url';
import { XML_DECLARATION, xmlAttrs, xmlElement } from '@/lib/exports/xml';
import { formatFingerprint } from '@/lib/keys/fingerprint';

export const EXPIRING_FEED_PATH = 'keys-expiring.xml';
export const EXPIRING_WINDOW_DAYS = 60;
const DAY_MS = 24 * 3600 * 1000;

export type TeamKeyFacts = { slug: string; name: string; key: Pick<KeyFacts, 'fingerprint' | 'expires' | 'revoked'> };

export type ExpiringEntry = TeamKeyFacts & { expires: string; since: string };

/** Keys expiring after `now` and within the window, soonest first (then by name). */
export function expiringKeys(keys: readonly TeamKeyFacts[], now: Date): ExpiringEntry[] {
  const end = now.getTime() + EXPIRING_WINDOW_DAYS * DAY_MS;
  return keys
    .filter((k) => k.key.expires && !k.key.revoked)
    .map((k) => ({ ...k, expires: k.key.expires!, since: new Date(Date.parse(k.key.expires!) - EXPIRING_WINDOW_DAYS * DAY_MS).toISOString() }))
    .filter((k) => Date.parse(k.expires) > now.getTime() && Date.parse(k.expires) <= end)
    .sort((a, b) => a.expires.localeCompare(b.expires) || a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }));
}

function entryXml(entry: ExpiringEntry, base: string): string {
  const page = teamPermalink('en', entry.slug, base);
  const day = entry.expires.slice(0, 10);
  return [
    '  <entry>',
    `    ${xmlElement('id', `${page}#key-expires-${entry.key.fingerprint}-${day}`)}`,
    `    ${xmlElement('title', `Key expires on ${day}: ${entry.name}`, { type: 'text' })}`,
    `    ${xmlElement('updated', entry.since)}`,
    `    <link${xmlAttrs({ rel: 'alternate', type: 'text/html', hreflang: 'en', href: page })}/>`,
    `    <link${xmlAttrs({ rel: 'alternate', type: 'text/html', hreflang: 'fr', href: teamPermalink('fr', entry.slug, base) })}/>`,
    `    ${xmlElement('summary', `The OpenPGP key ${formatFingerprint(entry.key.fingerprint)} of ${entry.name} expires on ${entry.expires}.`, { type: 'text' })}`,
    '  </entry>',
  ].join('\n');
}

/** The feed's XML for `keys` as of `now`; `base` is the site's base URL (lib/site-url baseUrl). */
export function expiringKeysFeed(keys: readonly TeamKeyFacts[], now: Date, base: string): string {
  const entries = expiringKeys(keys, now);
  const updated = entries.map((e) => e.since).sort().at(-1) ?? '1970-01-01T00:00:00.000Z';
  return [
    XML_DECLARATION,
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${xmlElement('id', absolute(base, EXPIRING_FEED_PATH))}`,
    `  ${xmlElement('title', `CSIRT directory: keys expiring within ${EXPIRING_WINDOW_DAYS} days`, { type: 'text' })}`,
    `  ${xmlElement('updated', updated)}`,
    `  <link${xmlAttrs({ rel: 'self', type: 'application/atom+xml', href: absolute(base, EXPIRING_FEED_PATH) })}/>`,
    `  <author>${xmlElement('name', 'CSIRT directory')}${xmlElement('uri', absolute(base, ''))}</author>`,
    ...entries.map((e) => entryXml(e, base)),
    '</feed>',
    '',
  ].join('\n');
}
