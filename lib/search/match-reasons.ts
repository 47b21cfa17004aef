/**
 * Why a team matched a query, said on its result card. Shared by the index
 * build (which writes the fields it reads into each result card) and the
 * browser (which compares them with the parsed query).
 */
import type { CardFacts } from '../contact/card-facts';
import { domainTokens, emailToken, hostLabels, hostOf, keyForms, wordParts, words, type ParsedQuery } from './normalize';
import { reasonTerms } from './query-plan';
import { addressTokens } from './network';

/** Stable codes for why a team matched; the UI translates them (dictionary `search.reasons`). */
const MATCH_REASONS = ['fingerprint', 'key-id', 'email', 'email-domain', 'web-domain', 'constituency-network', 'name', 'short-name', 'city', 'address', 'region', 'country', 'constituency', 'services'] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

/** What a result card carries besides what it shows, for matchReasons. */
export type MatchFields = {
  /** Fingerprints, 40 lowercase hex. */
  fingerprints: string[];
  /** E-mail addresses, folded ("incidents@exodata-csirt.fr"), and web hosts ("www.exodata.fr"). */
  emails: string[];
  webHosts: string[];
  /** The address lines that start with a postal code, as written ("97490 Sainte-Clotilde"). */
  postal?: string;
  /** Country names in French and English, folded ("france"). */
  countryNames: string;
  /** The constituency's domains, AS numbers and ranges as search tokens (lib/search/network.ts), when the document gives them. */
  network?: string[];
  /** Keywords of the constituency and services texts, folded, short. */
  constituency?: string;
  services?: string;
};

/** A result card of the search index: the list card's facts, the short name and the match fields. */
/** One card file of the index (/search/cards/<n>.json, lib/search/index-format.ts): the result cards of consecutive teams. */
export type CardFile = IndexCard[];

export type IndexCard = CardFacts & { short?: string; match: MatchFields };

/** A term matches a word it begins (one-letter terms only whole words), accents and case ignored. */
function textMatches(terms: string[], field: string): boolean {
  const fieldWords = new Set([...words(field), ...wordParts(field)]);
  return terms.some((t) => [...fieldWords].some((w) => (t.length > 1 ? w.startsWith(t) : w === t)));
}

const mailHosts = (card: IndexCard) => card.match.emails.map(hostOf);
const localParts = (card: IndexCard) => card.match.emails.map((a) => a.slice(0, a.lastIndexOf('@')));

const TEXT_FIELDS: [MatchReason, (card: IndexCard) => string | undefined][] = [
  ['email', (c) => localParts(c).join(' ')],
  ['email-domain', (c) => mailHosts(c).flatMap(hostLabels).join(' ')],
  ['web-domain', (c) => c.match.webHosts.flatMap(hostLabels).join(' ')],
  ['name', (c) => c.name],
  ['short-name', (c) => c.short],
  ['city', (c) => c.city],
  ['address', (c) => c.match.postal],
  ['region', (c) => c.region],
  ['country', (c) => c.match.countryNames],
  ['constituency', (c) => c.match.constituency],
  ['services', (c) => c.match.services],
];

/** Which fields of a card the query matched, in MATCH_REASONS order. */
export function matchReasons(q: ParsedQuery, card: IndexCard): MatchReason[] {
  const out = new Set<MatchReason>();
  const [term, domain = term] = q.terms;
  const domainHit = (hosts: string[]) => hosts.some((h) => domainTokens(h).some((d) => d.startsWith(domain)));
  if (q.kind === 'key') {
    for (const fpr of card.match.fingerprints) {
      const k = keyForms(fpr);
      if (k.fingerprint.startsWith(term)) out.add('fingerprint');
      if (k.longId.startsWith(term) || k.shortId.startsWith(term)) out.add('key-id');
    }
  } else if (q.kind === 'asn' || q.kind === 'address') {
    const tokens = q.kind === 'address' ? (addressTokens(q.query) ?? []) : q.terms;
    if (card.match.network?.some((t) => tokens.includes(t))) out.add('constituency-network');
  } else if (q.kind === 'email' || q.kind === 'domain') {
    if (q.kind === 'domain' && card.match.network?.some((t) => q.terms.includes(t))) out.add('constituency-network');
    if (q.kind === 'email' && card.match.emails.some((a) => emailToken(a).startsWith(term))) out.add('email');
    if (domainHit(mailHosts(card))) out.add('email-domain');
    if (domainHit(card.match.webHosts)) out.add('web-domain');
  } else if (q.kind === 'text') {
    const terms = reasonTerms(q);
    for (const [reason, field] of TEXT_FIELDS) {
      const text = field(card);
      if (text && textMatches(terms, text)) out.add(reason);
    }
  }
  return MATCH_REASONS.filter((r) => out.has(r));
}
