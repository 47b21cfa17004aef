/**
 * The contact model's claims in words, from words a page passes in (a
 * dictionary, or the few strings an island receives): the one way every
 * surface says "24/7" or what limits a number, so a condition is named once
 * and travels with what it limits. Pure and browser-safe.
 */
import { CONDITION_CODES, DAYS, type ConditionCode, type Day } from '@/lib/profile/vocabulary';
import type { AroundTheClockClaim, OfficeHours, StatedCondition } from './model';
import { aroundTheClockCodes } from './model';

/** What these functions need of a dictionary (a Dictionary fits). */
export type ClaimWords = {
  conditionLabels: Record<ConditionCode, string>;
  contact: { atcBadge: Record<AroundTheClockClaim['kind'], string>; atcSentence: Record<AroundTheClockClaim['kind'], string>; atcChannels: Record<'phone' | 'email', string> };
};


/** Codes in the vocabulary's order, each once. */
const ordered = (codes: readonly ConditionCode[]) => CONDITION_CODES.filter((c) => codes.includes(c));

/** The codes a short 24/7 claim must carry to stay true: audience and every limiting condition (delays aside). */
export function badgeCodes(claim: AroundTheClockClaim): LimitingCode[] {
  return ordered(aroundTheClockCodes(claim)).filter(isLimiting);
}

export { badgeText, type BadgeWords } from './badge';
import { isLimiting, type LimitingCode } from './badge';

/**
 * "On-call duty 24/7 by phone, emergencies only": the 24/7 claim in one
 * sentence, with the channels the team names (none when it names none) and
 * each of its own conditions once; office-hours conditions are not its own.
 */
export function aroundTheClockSentence(claim: AroundTheClockClaim, w: ClaimWords): string {
  const head = [w.contact.atcSentence[claim.kind], ...claim.channels.map((c) => w.contact.atcChannels[c])].join(' ');
  return [head, ...ordered(aroundTheClockCodes(claim)).map((c) => w.conditionLabels[c])].join(', ');
}

/** The labels of a line's conditions ("emergencies only"), each once, in the vocabulary's order. */
export function conditionWords(conditions: readonly StatedCondition[], w: Pick<ClaimWords, 'conditionLabels'>, omit: readonly ConditionCode[] = ['preferred-channel']): string[] {
  return ordered(conditions.map((c) => c.code).filter((c) => !omit.includes(c))).map((c) => w.conditionLabels[c]);
}

/** ["mon","tue","wed","fri"] -> [["mon","wed"],["fri","fri"]]: runs of consecutive days. */
function dayRuns(days: readonly Day[]): [Day, Day][] {
  const sorted = [...new Set(days)].sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
  const runs: [Day, Day][] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && DAYS.indexOf(day) === DAYS.indexOf(last[1]) + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/** Days in words: "Mon–Fri", "lun.–ven., dim.". */
export function formatDays(days: readonly Day[], names: Record<Day, string>): string {
  return dayRuns(days)
    .map(([from, to]) => (from === to ? names[from] : `${names[from]}–${names[to]}`))
    .join(', ');
}

/** "Mon–Fri 08:00–19:00, except public holidays": the office hours in one line, with their own holiday rule only. */
export function scheduleLine(hours: OfficeHours, w: Pick<ClaimWords, 'conditionLabels'> & { days: Record<Day, string> }): string {
  const runs = hours.schedule.map((s) => `${formatDays(s.days, w.days)} ${s.open}–${s.close}`).join('; ');
  return hours.closedOnHolidays ? `${runs}, ${w.conditionLabels['except-public-holidays']}` : runs;
}
