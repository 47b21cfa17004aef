/**
 * No claim without the team's words: an audience, a holiday exception, a
 * phone role, a kind of 24/7 arrangement or a requirement is stated only when
 * a condition or requirement carries words that state it; a country or region
 * the document does not name is declared derived; and every provenance
 * `section` names a heading of the body (by its number, or by its words when
 * the team does not number).
 */
import type { Condition, Profile } from '@/lib/profile/schema';
import { bodyHeadings } from './headings';
import { findSectionHeading } from '@/lib/text/section-anchor';
import { foldForSearch } from '@/lib/search/normalize';

export type ClaimFault = { field: string; message: string };

const has = (conditions: Condition[], code: Condition['code'], scope?: Condition['applies_to'][number]) =>
  conditions.some((c) => c.code === code && (!scope || c.applies_to.includes(scope)));

/** Words that must be in a quote for its code to be what it says (folded: no accents, lower case). */
const WORDS = {
  onCall: /astreinte|on[- ]call|permanence|duty/,
  qualification: /qualif|permanence/,
  phone: /telephon|phone|numero|number|appel|(?<!on[- ])\bcall|\+\d/,
  email: /mail|courriel|@/,
  holidays: /ferie|holiday/,
  encrypt: /chiffr|crypt|pgp|gpg/,
  emergency: /urgen|emergenc|necessite|critical|critique/,
  mainly: /principalement|mainly|mostly|primarily|essentiellement|notamment/,
  including: /notamment|including|in particular|such as|en particulier|comme/,
} as const;

/** Requirement codes whose quote must use these words. */
const REQUIREMENT_WORDS: Partial<Record<Profile['requirements'][number]['code'], RegExp[]>> = {
  'encrypt-sensitive': [WORDS.encrypt],
  'encryption-encouraged': [WORDS.encrypt],
  'plain-allowed-for-non-sensitive': [/clair|plain|unencrypted|non chiffr|sans chiffr|non sensible|non-sensible|not sensitive|non-sensitive/],
  'call-only-in-emergency': [WORDS.emergency, WORDS.phone],
};

/**
 * Claims of the profile (and of the contact model made from it) that no
 * condition or requirement with the team's words supports: an audience, a
 * holiday exception, a phone role, a kind of 24/7 arrangement, a channel of
 * it, a requirement, a qualifier of the constituency.
 */
export function unsupportedClaims(profile: Profile): ClaimFault[] {
  const out: ClaimFault[] = [];
  const c = profile.conditions;
  const fault = (field: string, message: string) => out.push({ field, message });
  const atc = profile.hours?.around_the_clock;
  if (atc) {
    const words = foldForSearch(atc.as_written);
    if (atc.kind === 'on-call' && !WORDS.onCall.test(words)) fault('hours.around_the_clock.kind', 'says the 24/7 arrangement is an on-call duty, but its words name none');
    if (atc.kind === 'qualification' && !has(c, 'intervention-delay', 'around-the-clock'))
      fault('hours.around_the_clock.kind', 'says only requests are qualified 24/7, but no intervention-delay condition applying to around-the-clock quotes the document');
    for (const channel of atc.channels)
      if (!WORDS[channel].test(words)) fault('hours.around_the_clock.channels', `names ${channel} for the 24/7 arrangement, but its words do not name that channel`);
  }
  c.forEach((k, i) => {
    const words = foldForSearch(k.as_written);
    if (k.code === 'except-public-holidays' && !WORDS.holidays.test(words)) fault(`conditions[${i}]`, 'is an except-public-holidays condition whose words name no public holiday');
    if (k.code === 'except-public-holidays' && k.applies_to.includes('around-the-clock') && !atc)
      fault(`conditions[${i}].applies_to`, 'excludes public holidays from a 24/7 arrangement the profile does not describe');
    if ((k.code === 'emergencies-only' || k.code === 'critical-incidents-only') && !WORDS.emergency.test(words)) fault(`conditions[${i}]`, `is a ${k.code} condition whose words name no emergency or critical incident`);
  });
  profile.telephone?.numbers.forEach((n, i) => {
    if (n.use === 'customers-only' && !has(c, 'customers-only', 'phone'))
      fault(`telephone.numbers[${i}].use`, 'reserves the number to customers, but no customers-only condition applying to phone quotes the document');
    if (n.use === 'emergency' && !n.note && !c.some((k) => k.applies_to.includes('phone') && k.code !== 'customers-only') && !atc?.channels.includes('phone'))
      fault(`telephone.numbers[${i}].use`, 'calls the number an emergency line, but neither its note, a condition applying to phone, nor a 24/7 arrangement by phone quotes the document');
  });
  profile.requirements.forEach((r, i) => {
    const words = foldForSearch(r.as_written);
    for (const re of REQUIREMENT_WORDS[r.code] ?? []) if (!re.test(words)) fault(`requirements[${i}]`, `is a ${r.code} requirement whose words do not say so`);
  });
  const q = profile.constituency?.tags_qualifier;
  if (q && !WORDS[q].test(foldForSearch(profile.constituency!.as_written)))
    fault('constituency.tags_qualifier', `qualifies the constituency as "${q}", but constituency.as_written has no such word`);
  return out;
}

/** Whether the document names the field's value: the region's name, the country's name in French or English. */
function namedInDocument(profile: Profile, field: 'country' | 'region', document: string): boolean {
  // A city named after its region ("Montauban de Bretagne") does not name the region.
  const text = profile.city ? foldForSearch(document).split(foldForSearch(profile.city)).join(' ') : foldForSearch(document);
  if (field === 'region') return !profile.region || text.includes(foldForSearch(profile.region));
  const names = ['fr', 'en'].map((l) => new Intl.DisplayNames([l], { type: 'region' }).of(profile.country) ?? '');
  return names.some((n) => n && text.includes(foldForSearch(n)));
}

/**
 * The derived layer: a seat country or region the document does not name is
 * declared in `derived` (with what it was derived from), so pages label it and
 * exports leave it out; and a field declared derived is one the document does
 * not name after all.
 */
export function derivedFaults(profile: Profile, document: string): ClaimFault[] {
  const out: ClaimFault[] = [];
  const declared = new Set(profile.derived.map((d) => d.field));
  for (const field of ['country', 'region'] as const) {
    const named = namedInDocument(profile, field, document);
    if (!named && !declared.has(field)) out.push({ field, message: `"${profile[field]}" is not named in the document: declare it in derived (from what it was derived), or leave it out` });
    if (named && declared.has(field)) out.push({ field: 'derived', message: `declares ${field} derived, but the document names "${profile[field]}"` });
  }
  return out;
}

/**
 * The constituency's domains, AS numbers and address ranges are the
 * document's: each occurs in it (a domain without its "*.", an AS number as
 * written, "AS64500" or "64500"), and the sentences that give them are quoted.
 */
export function networkFaults(profile: Profile, document: string): ClaimFault[] {
  const c = profile.constituency;
  if (!c) return [];
  const out: ClaimFault[] = [];
  const text = document.toLowerCase();
  c.domains.forEach((d, i) => {
    if (!text.includes(d.replace(/^\*\./, ''))) out.push({ field: `constituency.domains[${i}]`, message: `domain ${d} does not occur in the document` });
  });
  c.asns.forEach((n, i) => {
    if (!new RegExp(`(^|\\D)${n}(\\D|$)`).test(text)) out.push({ field: `constituency.asns[${i}]`, message: `AS number ${n} does not occur in the document` });
  });
  c.ipranges.forEach((r, i) => {
    if (!text.includes(r.toLowerCase())) out.push({ field: `constituency.ipranges[${i}]`, message: `address range ${r} does not occur in the document` });
  });
  if ((c.domains.length || c.asns.length || c.ipranges.length) && !c.network_as_written)
    out.push({ field: 'constituency.network_as_written', message: 'gives domains, AS numbers or address ranges without the sentences of the document that give them' });
  return out;
}

/** Every `section` value of the profile, with its field path. */
export function sectionRefs(profile: Profile): { field: string; value: string }[] {
  const refs: { field: string; value: string }[] = [];
  const add = (field: string, value: string | undefined) => value !== undefined && refs.push({ field, value });
  profile.emails.forEach((e, i) => add(`emails[${i}].section`, e.section));
  for (const ch of ['telephone', 'fax'] as const) {
    add(`${ch}.section`, profile[ch]?.section);
    profile[ch]?.numbers.forEach((n, i) => add(`${ch}.numbers[${i}].section`, n.section));
  }
  profile.pgp_keys.forEach((k, i) => add(`pgp_keys[${i}].section`, k.section));
  profile.conditions.forEach((k, i) => add(`conditions[${i}].section`, k.section));
  profile.requirements.forEach((k, i) => add(`requirements[${i}].section`, k.section));
  add('hours.around_the_clock.section', profile.hours?.around_the_clock?.section);
  for (const [key, value] of Object.entries(profile.sections ?? {})) add(`sections.${key}`, value);
  return refs;
}

/** `section` values that name no heading of the body. */
export function danglingSections(profile: Profile, body: string): ClaimFault[] {
  const headings = bodyHeadings(body);
  return sectionRefs(profile)
    .filter(({ value }) => !findSectionHeading(headings, value))
    .map(({ field, value }) => ({ field, message: `names section "${value}", which is not a heading of the profile body (by number or by its words)` }));
}
