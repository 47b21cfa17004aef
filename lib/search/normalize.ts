/**
 * Search text normalisation, shared by the index build (Node) and the search
 * box (browser): pure functions, no DOM, no dependency.
 *
 * The index holds folded words (foldForSearch) and one compact token per domain and per
 * key form; parseQuery turns what a person types into the same shapes, so both
 * sides always agree whatever the engine's own tokenizer does.
 */
import { keyIdsOf, normalizeHex } from '../keys/fingerprint';
import { MIN_WORD } from './index-format';
import { fold } from '../text/fold';

/** Lowercase, no diacritics, ligatures spelt out, single spaces: "Cœur  SÉCURITÉ" -> "coeur securite" (the project's one fold). */
export const foldForSearch = fold;

/** Folded words with their punctuation removed ("saint-malo" -> "saintmalo"), the form the engine indexes whole. */
export function words(text: string): string[] {
  return foldForSearch(text)
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

/** The folded parts of a text between punctuation and spaces: "CERT-METSYS" -> cert, metsys. */
export function wordParts(text: string): string[] {
  return foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export type KeyForms = { fingerprint: string; longId: string; shortId: string };

/** Any spelling of a v4 fingerprint ("DCCA FC27 …", "0xdcca…", "DC:CA:…") -> 40 lowercase hex and its 16/8-digit key IDs. */
export function keyForms(fingerprint: string): KeyForms {
  const hex = normalizeHex(fingerprint).toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(hex)) throw new Error(`not a 40-hex fingerprint: ${fingerprint}`);
  const { longId, shortId } = keyIdsOf(hex);
  return { fingerprint: hex, longId: longId.toLowerCase(), shortId: shortId.toLowerCase() };
}

/**
 * One word per domain: dots and hyphens dropped ("www.exodata-csirt.fr" -> "wwwexodatacsirtfr").
 * The index holds this token for every domain and parent domain, and the query side makes
 * the same token, so it prefix-matches while a domain is typed.
 */
export function domainToken(domain: string): string {
  return foldForSearch(domain)
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/[^a-z0-9]/g, '');
}

/** A domain and each parent with at least two labels: "www.cyber.pdl.fr" -> its tokens and those of cyber.pdl.fr, pdl.fr. */
export function domainTokens(domain: string): string[] {
  const labels = foldForSearch(domain).split('.').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(domainToken(labels.slice(i).join('.')));
  return out;
}

/** Labels of a host that name something: without "www" and the top-level domain ("cert.exodata-csirt.fr" -> "cert", "exodata-csirt"). */
export function hostLabels(host: string): string[] {
  return foldForSearch(host).split('.').slice(0, -1).filter((l) => l && l !== 'www');
}

/**
 * One token per e-mail address: the local part without punctuation, "@", the domain token
 * ("incident-csirt@cegedim.com" -> "incidentcsirt@cegedimcom"). The "@" keeps it apart
 * from text words, which never hold one.
 */
export function emailToken(address: string): string {
  const v = foldForSearch(address);
  const at = v.lastIndexOf('@');
  return `${v.slice(0, at).replace(/[^\p{L}\p{N}]/gu, '')}@${domainToken(v.slice(at + 1))}`;
}

/**
 * Adjacent words joined, two to `maxRun` at a time: ["pays", "de", "la", "loire"] ->
 * "paysde", "paysdela", "paysdelaloire", "dela", … So a name written apart is found
 * when typed joined, and a query typed apart can be tried joined. No run starts with a
 * word of `notFirst` (the index leaves out "csirtapixit": nearly every name starts so,
 * and the query splits such a word instead, query-plan.ts).
 */
export function joinedRuns(list: readonly string[], maxRun = 4, notFirst: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    if (notFirst.has(list[i])) continue;
    for (let n = 2; n <= maxRun && i + n <= list.length; n++) out.push(list.slice(i, i + n).join(''));
  }
  return out;
}

/** The host of an e-mail address or URL, lowercase, without "www.": "https://www.x.fr/a" -> "x.fr". */
export function hostOf(value: string): string {
  const v = foldForSearch(value);
  const host = v.includes('@') && !v.includes('/') ? v.slice(v.lastIndexOf('@') + 1) : v.replace(/^[a-z]+:\/\//, '').replace(/[/?#:].*$/, '');
  return host.replace(/^www\./, '');
}

export type QueryKind = 'empty' | 'key' | 'email' | 'domain' | 'asn' | 'address' | 'text';
/**
 * kind, the string to give the engine, and the terms: one hex token (key), the address token
 * then the domain token (email: either may match), one domain token (domain), folded words (text:
 * all must match).
 */
export type ParsedQuery = { kind: QueryKind; query: string; terms: string[] };

const EMAIL = /^[^\s@]+@([^\s@]+)$/;
const DOMAIN = /^(?:[a-z]+:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(?:[/?#]\S*)?$/;

/**
 * Key-like: hex groups separated only by spaces or colons, at most 40 digits once
 * compacted. Written with 0x, any number of digits is a key, still being typed
 * below 8 ("0x", "0x81", "0x8193 2f": the digits so far, maybe none). Without
 * 0x, 8 digits or more with at least one decimal digit. So "8193 2F45 B59F E677"
 * and "0xDEADBEEF" are keys, but "deadbeef", "cafe" or "facade" are words (an
 * 8-digit key ID without a digit is about 1 in 2,500).
 */
function keyHex(v: string): string | null {
  const prefixed = v.startsWith('0x');
  const body = prefixed ? v.slice(2) : v;
  if (!/^(?:[0-9a-f]+(?:[\s:]+[0-9a-f]+)*)?$/.test(body)) return null;
  const hex = body.replace(/[\s:]/g, '');
  if (hex.length > 40) return null;
  return prefixed || (hex.length >= 8 && /\d/.test(hex)) ? hex : null;
}

export function parseQuery(raw: string): ParsedQuery {
  const v = foldForSearch(raw);
  if (!v) return { kind: 'empty', query: '', terms: [] };
  const hex = keyHex(v);
  if (hex !== null) return { kind: 'key', query: hex, terms: hex ? [hex] : [] };
  // An e-mail, even half typed ("incidents@exodata-cs"): the address first, then its domain.
  const email = EMAIL.exec(v);
  const mailDomain = email && domainToken(hostOf(email[1]));
  if (mailDomain) {
    const address = emailToken(v);
    return { kind: 'email', query: address, terms: [address, mailDomain] };
  }
  const domain = DOMAIN.exec(v);
  if (domain) {
    // The domain, then each parent: a name under a constituency's domain finds the team that serves it.
    const tokens = domainTokens(hostOf(domain[1]));
    return { kind: 'domain', query: tokens[0], terms: tokens };
  }
  // A domain or URL still being typed ("https://www.exodata-cs") becomes the same prefix token.
  const terms = words(v.replace(/^[a-z]+:\/\//, '').replace(/(^|\s)www\./g, '$1'));
  return { kind: terms.length ? 'text' : 'empty', query: terms.join(' '), terms };
}

/**
 * A query too short to search: one letter, or "0x" and one digit, matches nearly
 * every team and says nothing about which one is wanted.
 */
export function isTooShort(parsed: ParsedQuery): boolean {
  return (parsed.kind === 'text' || parsed.kind === 'key') && parsed.query.length < MIN_WORD;
}
