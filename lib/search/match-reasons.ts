/**
 * Why a team matched a query, said on its result card. Shared by the index
 * build (which writes the fields it reads into each result card) and the
 * browser (which compares them with the parsed query).
 */
import type { CardFacts } from '../team-card';
import { domainTokens, foldForSearch, keyForms, words, type ParsedQuery } from './normalize';

/** Stable codes for why a team matched; the UI translates them. */
const MATCH_REASONS = ['fingerprint', 'key-id', 'email-domain', 'web-domain', 'name', 'short-name', 'city', 'region', 'country', 'constituency', 'services'] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

/** What a result card carries besides what it shows, for matchReasons. */
export type MatchFields = {
  /** Fingerprints, 40 lowercase hex. */
  fingerprints: string[];
  /** E-mail and web hosts ("exodata-csirt.fr", "www.exodata.fr"). */
  mailHosts: string[];
  webHosts: string[];
  /** Country names in French and English, folded ("france"). */
  countryNames: string;
  /** Keywords of the constituency and services texts, folded, short. */
  constituency?: string;
  services?: string;
};

/** A result card of the search index: the list card's facts, the short name and the match fields. */
export type IndexCard = CardFacts & { short?: string; match: MatchFields };

/** A term matches a word it begins (one-letter terms only whole words), accents and case ignored. */
function textMatches(terms: string[], field: string): boolean {
  const fieldWords = new Set([...words(field), ...foldForSearch(field).split(/[^\p{L}\p{N}]+/u).filter(Boolean)]);
  return terms.some((t) => [...fieldWords].some((w) => (t.length > 1 ? w.startsWith(t) : w === t)));
}

const TEXT_FIELDS: [MatchReason, (card: IndexCard) => string | undefined][] = [
  ['name', (c) => c.name],
  ['short-name', (c) => c.short],
  ['city', (c) => c.city],
  ['region', (c) => c.region],
  ['country', (c) => c.match.countryNames],
  ['constituency', (c) => c.match.constituency],
  ['services', (c) => c.match.services],
];

/** Which fields of a card the query matched, in MATCH_REASONS order. */
export function matchReasons(q: ParsedQuery, card: IndexCard): MatchReason[] {
  const out = new Set<MatchReason>();
  const [term] = q.terms;
  if (q.kind === 'key') {
    for (const fpr of card.match.fingerprints) {
      const k = keyForms(fpr);
      if (k.fingerprint.startsWith(term)) out.add('fingerprint');
      if (k.longId.startsWith(term) || k.shortId.startsWith(term)) out.add('key-id');
    }
  } else if (q.kind === 'email' || q.kind === 'domain') {
    const hit = (hosts: string[]) => hosts.some((h) => domainTokens(h).some((d) => d.startsWith(term)));
    if (hit(card.match.mailHosts)) out.add('email-domain');
    if (hit(card.match.webHosts)) out.add('web-domain');
  }
  if (q.kind !== 'empty') {
    for (const [reason, field] of TEXT_FIELDS) {
      const text = field(card);
      if (text && textMatches(q.terms, text)) out.add(reason);
    }
  }
  return MATCH_REASONS.filter((r) => out.has(r));
}
