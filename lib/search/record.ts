/**
 * One search record per team (build time only; write-index.ts turns the
 * records into the index files).
 *
 * content: folded searchable text (see normalize.ts), never shown.
 * meta:    what a result card and matchReasons need; fetched with the result cards, so kept short.
 * filters: stable codes the UI translates (region as written, memberships by name).
 */
import type { Team } from '../profile/load';
import { dict, type Lang } from '../i18n';
import { domainTokens, fold, hostOf, keyForms, words, type ReasonFields } from './normalize';

export type SearchRecord = {
  url: string;
  content: string;
  language: Lang;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
};

/** Meta keys: ReasonFields plus the result card's own facts. */
export type SearchMeta = ReasonFields & {
  title: string;
  country: string;
  type: string;
  /** "1" when the team is reachable 24/7 in some way. */
  h24?: string;
  /** The incident-report e-mail address. */
  email: string;
  /** Language of the team's own text (document.lang), for the name's lang attribute. */
  lang: string;
};

const SERVICES_CHARS = 1500;
const MEMO_CHARS = 160;
/** At most this many distinct words of the services text go into the content. */
const SERVICE_WORDS = 40;

/**
 * Words nearly every team's constituency or services text has (and grammar words): left out of
 * those texts in the content: a word that every team has finds nothing in particular, and every
 * hit costs the search time and the index bytes. Names, short names
 * and the host organisation keep them, so "securite" or "csirt" still finds the teams named so.
 */
export const STOP_WORDS = new Set(
  (
    'csirt cert csirts certs soc cyber cybersecurite cybersecurity securite security securise incident incidents equipe equipes team teams ' +
    'reponse response gestion management analyse analysis traitement handling service services support accompagnement ' +
    'organisations organisation organizations organization situees situes located based clients customers membres members ' +
    'les des aux dans pour par sur avec une est sont the and for with our their from into its that this all any '
  )
    .trim()
    .split(/\s+/),
);

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

/** Text of the body's "Services" section (level-2 heading naming services), plain, cut at a word. */
export function servicesText(body: string, max = SERVICES_CHARS): string {
  const sections = body.split(/^(?=## )/m);
  const section = sections.find((s) => /^## [^\n]*services/i.test(s));
  if (!section) return '';
  const text = plain(section.replace(/^## [^\n]*\n/, ''));
  return text.length <= max ? text : text.slice(0, text.lastIndexOf(' ', max));
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, text.lastIndexOf(' ', max));
}

export function searchRecord(team: Team, lang: Lang): SearchRecord {
  const p = team.profile;
  const keys = p.pgp_keys.map((k) => keyForms(k.fingerprint));
  const mailHosts = [...new Set(p.emails.map((e) => hostOf(e.address)))];
  const webHosts = p.website ? [fold(new URL(p.website).hostname)] : [];
  const domains = [...new Set([...mailHosts, ...webHosts].flatMap(domainTokens))];
  const countries = countryNames(p.country);
  const h24 = !!p.hours?.around_the_clock;
  const services = servicesText(team.body);
  const tags = p.constituency?.tags ?? [];
  const labels = (['fr', 'en'] as const).flatMap((l) => [dict(l).teamTypes[p.team_type], ...tags.map((t) => dict(l).constituencyTags[t])]);
  // Names, places, domains and keys as written (folded); the constituency and services prose as a
  // deduplicated keyword set: one word location per word and record, not one per occurrence.
  const exact = fold(
    [p.name.official, p.name.short, p.host_organisation, ...domains, ...keys.flatMap((k) => [k.fingerprint, k.longId, k.shortId]), p.city, p.region, ...countries, ...(p.constituency?.regions ?? [])]
      .filter(Boolean)
      .join(' '),
  );
  const seen = new Set([...exact.split(' '), ...words(exact)]);
  const content = [exact, ...keywords([p.constituency?.as_written, ...labels], seen), ...keywords([services], seen, SERVICE_WORDS)].join(' ');
  const incident = p.emails.find((e) => e.uses.includes('incident-reports')) ?? p.emails[0];
  const meta: SearchMeta = {
    title: p.name.official,
    ...(p.name.short && { short: p.name.short }),
    ...(p.city && { city: p.city }),
    ...(p.region && { region: p.region }),
    country: p.country,
    countryNames: fold(countries.join(' ')),
    type: p.team_type,
    ...(h24 && { h24: '1' }),
    email: incident.address,
    lang: p.document.lang,
    ...(keys.length && { fpr: keys.map((k) => k.fingerprint).join(' ') }),
    mail: mailHosts.join(' '),
    ...(webHosts.length && { web: webHosts.join(' ') }),
    // Keywords without stop words, as in the content: matchReasons reads them.
    ...(p.constituency && { constituency: cut(keywords([p.constituency.as_written], new Set()).join(' '), MEMO_CHARS) }),
    ...(services && { services: cut(keywords([services], new Set()).filter((w) => w.length > 3).join(' '), MEMO_CHARS * 2) }),
  };
  const filters: Record<string, string[]> = {
    country: [p.country],
    ...(p.region && { region: [p.region] }),
    team_type: [p.team_type],
    constituency: [...tags, ...(p.constituency?.customers_only ? ['customers-only'] : [])],
    availability: h24 ? ['24/7'] : [],
    language: p.languages ?? [],
    membership: [...new Set(p.memberships.map((m) => m.organisation))],
  };
  for (const key of Object.keys(filters)) if (!filters[key].length) delete filters[key];
  return { url: `/${lang}/teams/${team.slug}/`, content, language: lang, meta: meta as Record<string, string>, filters };
}

/** Sorted unique folded words of every name and short name: the typo-correction dictionary. */
export function dictionaryWords(teams: readonly Team[]): string[] {
  const all = new Set<string>();
  for (const t of teams) {
    const names = `${t.profile.name.official} ${t.profile.name.short ?? ''}`;
    // Whole words ("cegedimcloud") and their parts ("cegedim", "cloud"), as the index has both.
    for (const w of [...words(names), ...fold(names).split(/[^\p{L}\p{N}]+/u)]) if (w.length > 1) all.add(w);
  }
  return [...all].sort();
}
