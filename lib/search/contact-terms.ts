/**
 * Build time: the words a team is reached by, beyond its names: e-mail
 * addresses (whole, and their local parts), the labels of its web and e-mail
 * hosts, the postal code and town of its address. record.ts weighs them.
 */
import type { Team } from '../profile/load';
import { STOP_WORDS } from './stop-words';
import { domainToken, domainTokens, emailToken, foldForSearch, hostLabels, hostOf, wordParts, words } from './normalize';
import { asnToken } from './network';
import { rangeToken } from './network';

const mailHostsOf = (team: Team) => [...new Set(team.profile.emails.map((e) => hostOf(e.address)))];
export const webHostsOf = (team: Team) => (team.profile.website ? [foldForSearch(new URL(team.profile.website).hostname)] : []);

/** Every address of the team, folded, in profile order. */
export const emailsOf = (team: Team) => [...new Set(team.profile.emails.map((e) => foldForSearch(e.address)))];

/** Labels under which anyone can register a name ("gouv" in cert.ssi.gouv.fr, "co" in x.co.uk). */
const PUBLIC_SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'go', 'gob', 'gouv', 'gov', 'govt', 'net', 'or', 'org']);

/** The name a host was registered under, without punctuation: "cert.metsys.fr" -> "metsys", "www.exodata-csirt.fr" -> "exodatacsirt". */
export function registeredName(host: string): string | undefined {
  const labels = hostLabels(host);
  const i = labels.length - 1 - (labels.length > 1 && PUBLIC_SECOND_LEVEL.has(labels[labels.length - 1]) ? 1 : 0);
  return labels[i]?.replace(/[^\p{L}\p{N}]/gu, '') || undefined;
}

/** The constituency's domains (a wildcard as its domain), AS numbers and address ranges, as the tokens a query makes of them. */
export function networkTokens(team: Team): string[] {
  const c = team.profile.constituency;
  if (!c) return [];
  return [
    ...c.domains.map((d) => domainToken(d.replace(/^\*\./, ''))),
    ...c.asns.map((n) => asnToken(`as${n}`)!),
    ...c.ipranges.flatMap((r) => rangeToken(r) ?? []),
  ];
}

/**
 * Identifiers: each address as one token ("cert@metsysfr"), each domain and parent domain,
 * and the name each host was registered under ("metsys", "paysdelaloire"), which a peer
 * types for the domain.
 */
export function contactIdentifiers(team: Team): string[] {
  const hosts = [...mailHostsOf(team), ...webHostsOf(team)];
  const names = hosts.flatMap((h) => registeredName(h) ?? []);
  return [...new Set([...emailsOf(team).map(emailToken), ...hosts.flatMap(domainTokens), ...names, ...networkTokens(team)])];
}

/**
 * A word written joined, cut into known words ("paysdelaloire" -> pays, de, la, loire;
 * "cyberassistance" -> cyber, assistance), or [] when it is not made of them.
 * The fewest pieces win, so a long known word is kept whole.
 */
export function splitJoined(word: string, known: ReadonlySet<string>): string[] {
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - 30); start < end; start++) {
      const piece = word.slice(start, end);
      const before = best[start];
      if (before && piece.length >= 2 && known.has(piece) && (!best[end] || before.length + 1 < best[end]!.length)) best[end] = [...before, piece];
    }
  }
  const pieces = best[word.length];
  return pieces && pieces.length > 1 ? pieces : [];
}

/**
 * Local parts and host labels as words ("incident-csirt-cc" -> incidentcsirtcc, incident, cc),
 * and those written joined cut into the words of the team's names and places (`known`);
 * not the stop words ("incidents@", "cert.", "-csirt"), which nearly every team has.
 */
export function contactWords(team: Team, known: ReadonlySet<string>): string[] {
  const locals = emailsOf(team).map((a) => a.slice(0, a.lastIndexOf('@')));
  const labels = [...mailHostsOf(team), ...webHostsOf(team)].flatMap(hostLabels);
  const out = new Set<string>();
  for (const part of [...locals, ...labels]) {
    const pieces = [...words(part), ...wordParts(part)].filter((w) => w.length >= 2);
    for (const w of pieces) for (const word of [w, ...splitJoined(w, known)]) if (!STOP_WORDS.has(word)) out.add(word);
  }
  return [...out];
}

/** Words of address lines that are a town, not a delivery detail. */
const NOT_A_TOWN = new Set(['cedex', 'bp', 'cs']);

/** A postal code of 4 or 5 digits followed by a town, at the start of a line or after a comma or space. */
const POSTAL = /(?:^|[\s,])((?:[A-Z]{1,2}-)?\d{4,5}\s+\p{L}.*)$/u;

/** The postal code and town of each address line that has one ("97490 Sainte-Clotilde", "35360 Montauban de Bretagne"), as written. */
export function postalLines(team: Team): string[] {
  return (team.profile.address ?? '').split('\n').flatMap((l) => POSTAL.exec(l.trim())?.[1] ?? []);
}

/** Postal codes and the town words after them: "44966 Nantes Cedex 9" -> 44966, nantes; "Sainte-Clotilde" whole and in parts. */
export function postalWords(team: Team): string[] {
  const out = new Set<string>();
  for (const line of postalLines(team)) {
    for (const w of [...words(line), ...wordParts(line)])
      if (/^\d{4,5}$/.test(w) || (/^\p{L}{2,}$/u.test(w) && !NOT_A_TOWN.has(w))) out.add(w);
  }
  return [...out];
}
