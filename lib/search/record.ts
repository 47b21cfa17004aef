/**
 * Build time: what the search index holds of one team (write-index.ts turns
 * these into the index files): its result card, its words with their weights,
 * computed straight from the profile.
 */
import type { Team } from '../profile/load';
import { dict } from '../i18n';
import { cardFacts } from '../contact/card-facts';
import { foldForSearch, joinedRuns, keyForms, wordParts, words } from './normalize';
import type { IndexCard } from './match-reasons';
import { IDENTIFIER_FLAG, MIN_WORD, WEIGHT } from './index-format';
import { contactIdentifiers, contactWords, emailsOf, postalLines, postalWords, webHostsOf, networkTokens } from './contact-terms';
import { stemsOf } from './stem';
import { STOP_WORDS } from './stop-words';

const SERVICES_CHARS = 1500;
const MEMO_CHARS = 160;
/** At most this many distinct words of the services text are indexed. */
const SERVICE_WORDS = 40;

/** Distinct folded words of some texts, in order, without stop words, one-or-two-letter words and numbers, none already in `seen`. */
function keywords(texts: (string | undefined)[], seen: Set<string>, max = Infinity): string[] {
  const out: string[] = [];
  for (const w of texts.flatMap((t) => (t ? words(t) : []))) {
    if (out.length >= max) break;
    if (w.length < 3 || /^\d+$/.test(w) || STOP_WORDS.has(w) || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

const displayNames = { fr: new Intl.DisplayNames(['fr'], { type: 'region' }), en: new Intl.DisplayNames(['en'], { type: 'region' }) };

/** The country's name in French and English ("Allemagne Germany"), deduplicated. */
export function countryNames(code: string): string[] {
  return [...new Set([displayNames.fr.of(code), displayNames.en.of(code)].filter((n): n is string => !!n))];
}

/** Markdown to plain text, enough for indexing: links keep their text, syntax goes. */
function plain(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, text.lastIndexOf(' ', max));
}

/** Text of the body's "Services" section (level-2 heading naming services), plain, cut at a word. */
export function servicesText(body: string, max = SERVICES_CHARS): string {
  const sections = body.split(/^(?=## )/m);
  const section = sections.find((s) => /^## [^\n]*services/i.test(s));
  if (!section) return '';
  return cut(plain(section.replace(/^## [^\n]*\n/, '')), max);
}

/** The words of a text as the index holds them: whole words without punctuation ("saintmalo") and their parts ("saint", "malo"). */
export function indexWords(text: string): string[] {
  const out = new Set<string>();
  for (const w of [...words(text), ...wordParts(text)]) if ([...w].length >= MIN_WORD) out.add(w);
  return [...out];
}

/** Stems a query stem would not find by prefix, per word: the same words recur in thousands of teams. */
const extraStems = new Map<string, string[]>();

/** Words and those of their stems that a query stem would not find by prefix ("nationaux" -> "national"). */
function withStems(list: string[]): string[] {
  const stems = (w: string) => {
    if (!extraStems.has(w)) extraStems.set(w, stemsOf(w).filter((s) => !w.startsWith(s)));
    return extraStems.get(w)!;
  };
  return [...list, ...list.flatMap(stems)];
}


/** The result card of a team: what the list card shows, plus what matchReasons reads. */
export function indexCard(team: Team): IndexCard {
  const p = team.profile;
  const services = servicesText(team.withheldBody ?? team.body);
  return {
    ...cardFacts(team),
    ...(p.name.short && { short: p.name.short }),
    match: {
      fingerprints: p.pgp_keys.map((k) => keyForms(k.fingerprint).fingerprint),
      emails: emailsOf(team),
      webHosts: webHostsOf(team),
      ...(networkTokens(team).length && { network: networkTokens(team) }),
      countryNames: foldForSearch(countryNames(p.country).join(' ')),
      ...(postalLines(team).length && { postal: postalLines(team).join(', ') }),
      // Keywords without stop words, as indexed.
      ...(p.constituency && { constituency: cut(keywords([p.constituency.as_written], new Set()).join(' '), MEMO_CHARS) }),
      ...(services && { services: cut(keywords([services], new Set()).filter((w) => w.length > 3).join(' '), MEMO_CHARS * 2) }),
    },
  };
}

/**
 * Each word of a team with its weight (WEIGHT): names (and their adjacent words
 * joined), identifiers (key forms, addresses, domains), address words (places,
 * postal code, local parts and host labels), and the rest (host organisation,
 * constituency and services keywords, the team type and constituency labels in
 * both languages). Words come with their French and English stems. The value is
 * the weight, plus IDENTIFIER_FLAG for identifiers (the mark of a posting).
 */
export function indexTerms(team: Team): Map<string, number> {
  const p = team.profile;
  const weights = new Map<string, number>();
  const add = (list: string[], weight: number) => {
    for (const w of list) if ((weights.get(w) ?? -1) < weight) weights.set(w, weight);
  };
  const names = [p.name.official, p.name.short].filter((n): n is string => !!n);
  const keys = p.pgp_keys.flatMap((k) => Object.values(keyForms(k.fingerprint)));
  const identifiers = contactIdentifiers(team);
  const places = [p.city, p.region, ...countryNames(p.country)].filter((n): n is string => !!n);
  const tags = p.constituency?.tags ?? [];
  const labels = (['fr', 'en'] as const).flatMap((l) => [dict(l).teamTypes[p.team_type], ...tags.map((t) => dict(l).constituencyTags[t])]);
  const served = [...(p.constituency?.regions ?? []), ...(p.constituency?.countries ?? []).flatMap(countryNames)];
  // Prose is indexed as a deduplicated keyword set, without the words already named above.
  const named = foldForSearch([...names, p.host_organisation, ...places, ...served].filter(Boolean).join(' '));
  const seen = new Set([...named.split(' '), ...words(named), ...identifiers, ...keys]);
  const prose = [...keywords([p.constituency?.as_written, ...labels], seen), ...keywords([servicesText(team.withheldBody ?? team.body)], seen, SERVICE_WORDS)];
  const nameWords = indexWords(names.join(' '));
  const known = new Set([...nameWords, ...indexWords(named)]);
  add(withStems(indexWords([named, ...prose].join(' '))), WEIGHT.text);
  const placeRuns = [p.city, p.region].flatMap((place) => (place ? joinedRuns(wordParts(place)) : []));
  add(withStems([...indexWords(places.join(' ')), ...placeRuns, ...postalWords(team), ...contactWords(team, known)]), WEIGHT.address);
  add([...keys, ...identifiers], WEIGHT.identifier);
  add(withStems([...nameWords, ...names.flatMap((n) => joinedRuns(wordParts(n), 4, STOP_WORDS))]), WEIGHT.name);
  for (const w of [...keys, ...identifiers]) weights.set(w, weights.get(w)! | IDENTIFIER_FLAG);
  return weights;
}

/** Sorted unique folded words of every name and short name: the typo-correction dictionary. */
export function dictionaryWords(teams: readonly Team[]): string[] {
  const all = new Set<string>();
  for (const t of teams) {
    const names = `${t.profile.name.official} ${t.profile.name.short ?? ''}`;
    // Whole words ("cegedimcloud") and their parts ("cegedim", "cloud"), as the index has both.
    for (const w of [...words(names), ...wordParts(names)]) if (w.length > 1) all.add(w);
  }
  return [...all].sort();
}
