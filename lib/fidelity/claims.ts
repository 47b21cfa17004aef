/**
 * No claim without the team's words: an audience, a holiday exception or a
 * phone reserved to customers is stated only when a condition carries the
 * sentence that states it; and every provenance `section` names a heading of
 * the body (by its number, or by its words when the team does not number).
 */
import type { Condition, Profile } from '@/lib/profile/schema';
import { bodyHeadings } from './headings';
import { findSectionHeading } from '@/lib/section-anchor';

export type ClaimFault = { field: string; message: string };

const has = (conditions: Condition[], code: Condition['code'], scope?: Condition['applies_to'][number]) =>
  conditions.some((c) => c.code === code && (!scope || c.applies_to.includes(scope)));

/** Claims of the profile that no condition (with its quote) supports. */
export function unsupportedClaims(profile: Profile): ClaimFault[] {
  const out: ClaimFault[] = [];
  const c = profile.conditions;
  const atc = profile.hours?.around_the_clock;
  if (atc?.audience === 'customers' && !has(c, 'customers-only', 'around-the-clock'))
    out.push({ field: 'hours.around_the_clock.audience', message: 'says the 24/7 service is for customers, but no customers-only condition applying to around-the-clock quotes the document' });
  if (atc?.audience === 'everyone' && !has(c, 'open-to-all', 'around-the-clock'))
    out.push({ field: 'hours.around_the_clock.audience', message: 'says the 24/7 service is for everyone, but no open-to-all condition applying to around-the-clock quotes the document' });
  if (atc?.except_public_holidays && !has(c, 'except-public-holidays', 'around-the-clock'))
    out.push({ field: 'hours.around_the_clock.except_public_holidays', message: 'excludes public holidays from the 24/7 service, but no except-public-holidays condition applying to around-the-clock quotes the document' });
  if (profile.hours?.except_public_holidays && !has(c, 'except-public-holidays'))
    out.push({ field: 'hours.except_public_holidays', message: 'excludes public holidays, but no except-public-holidays condition quotes the document' });
  profile.telephone?.numbers.forEach((n, i) => {
    if (n.use === 'customers-only' && !has(c, 'customers-only', 'phone'))
      out.push({ field: `telephone.numbers[${i}].use`, message: 'reserves the number to customers, but no customers-only condition applying to phone quotes the document' });
  });
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
