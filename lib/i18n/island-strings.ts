/**
 * The strings each client island renders, picked from a dictionary by the
 * server component that renders the island and passed to it as props.
 * Islands import only these types (erased at build), never a dictionary.
 */
import type { Dictionary } from './fr';

/** The labels of a list card (components/team-card-view.tsx), server list and search results alike. */
export function cardLabels(t: Dictionary) {
  // A card names only conditions that limit a claim (delays and the preferred channel never reach it: lib/contact/say.ts).
  const { 'first-reply-delay': _reply, 'intervention-delay': _intervention, 'preferred-channel': _preferred, ...conditionLabels } = t.conditionLabels;
  return { teamTypes: t.teamTypes, atcBadge: t.contact.atcBadge, conditionLabels, incidentEmail: t.incidentEmail, email: t.emails, derived: t.contact.derivedShort, colon: t.colon, callTeam: t.callTeam };
}
export type CardLabels = ReturnType<typeof cardLabels>;

/** The home page search and its filters (components/search/*). */
export function searchStrings(t: Dictionary) {
  return { ...t.search, colon: t.colon, teamTypes: t.teamTypes, constituencyTags: t.constituencyTags, card: cardLabels(t), helpCta: t.helpCta, browseList: t.browseList };
}
export type SearchStrings = ReturnType<typeof searchStrings>;

/** "Open now until 19:00" (components/help/open-now.client.tsx). */
export function openNowStrings(t: Dictionary) {
  return {
    openUntil: t.openUntil,
    closedOpens: t.closedOpens,
    today: t.today,
    fullDays: t.fullDays,
    holidaysCaveat: t.holidaysCaveat,
    forYou: t.forYou,
    holidayToday: t.holidayToday,
    callClosed: t.callClosed,
    callOpen247: t.callOpen247,
  };
}
export type OpenNowStrings = ReturnType<typeof openNowStrings>;

/** The report composer (components/report/report-composer.client.tsx). */
export function reportStrings(t: Dictionary) {
  return t.report;
}
export type ReportStrings = ReturnType<typeof reportStrings>;

/** A key's status computed when the page is viewed (components/team/key-status-now.client.tsx). */
export function keyStatusStrings(t: Dictionary) {
  return { revoked: t.keyRevoked, expired: t.keyExpired, expiresInDays: t.keyExpiresInDays, statusNow: t.keyStatusNow };
}
export type KeyStatusStrings = ReturnType<typeof keyStatusStrings>;
