/**
 * The dates a profile states, and nothing else.
 *
 * Why: every date in the open data (feed entries and the feed's own
 * `updated`, sitemap `lastmod`, vCard `REV`, `last_modified` in teams.json)
 * comes from here, never from the clock, so building the same content twice
 * gives the same bytes, and a feed reader never sees an old change as new.
 */
import 'server-only';
import type { Profile } from '@/lib/profile/schema';

export type ChangeKind = 'added' | 'updated' | 'key-changed' | 'document';

export type DatedChange = { kind: ChangeKind; date: string };

/** Latest of ISO dates (YYYY-MM-DD compares as text), undefined for none. */
export function latestOf(dates: readonly (string | undefined)[]): string | undefined {
  return dates.filter((d): d is string => !!d).reduce<string | undefined>((max, d) => (!max || d > max ? d : max), undefined);
}

/** The latest date the profile states: listing dates and the document's last update. */
export function latestDate(profile: Profile): string {
  const { listing, document } = profile;
  return latestOf([listing?.added, listing?.updated, listing?.key_changed, document.last_updated]) ?? document.last_updated;
}

/**
 * The changes of one listing, oldest first: added, updated, key changed, and
 * the document's last update when no other entry already covers it (a
 * document older than the listing was part of the team's arrival, and a
 * document dated like a listing update is that update).
 */
export function listingChanges(profile: Profile): DatedChange[] {
  const { listing, document } = profile;
  const changes: DatedChange[] = [];
  if (listing?.added) changes.push({ kind: 'added', date: listing.added });
  if (listing?.updated) changes.push({ kind: 'updated', date: listing.updated });
  if (listing?.key_changed) changes.push({ kind: 'key-changed', date: listing.key_changed });
  const covered = (listing?.added && document.last_updated <= listing.added) || document.last_updated === listing?.updated;
  if (!covered) changes.push({ kind: 'document', date: document.last_updated });
  return changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A stated day as an RFC 3339 date-time (midnight UTC), for Atom. */
export function atomDateTime(date: string): string {
  return `${date}T00:00:00Z`;
}

/** A stated day as a vCard timestamp (RFC 6350 REV): 20261122T000000Z. */
export function vcardTimestamp(date: string): string {
  return `${date.replace(/-/g, '')}T000000Z`;
}
