/** Turning structured hours into words; pure functions, shared by pages and tests. */
import { DAYS, type Day } from './profile/vocabulary';
import type { Hours, Profile } from './profile/schema';
import { availabilityClaims } from './availability';
import { CONDITION_CODES } from './profile/vocabulary';

type ConditionCode = (typeof CONDITION_CODES)[number];
import type { Dictionary } from './i18n/fr';

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

/**
 * "Available 24/7 by phone, emergencies only, except public holidays": the one
 * sentence every place that claims round-the-clock service shows (team page,
 * help card, embed card), with every condition the team's document puts on it
 * (lib/availability.ts) and an audience only when the document names one.
 * Null when the team claims no 24/7 service.
 */
export function aroundTheClockSentence(profile: Profile, t: Dictionary): string | null {
  const atc = profile.hours?.around_the_clock;
  if (!atc) return null;
  const claims = availabilityClaims(profile).filter((c) => c.aroundTheClock);
  const parts = [`${t.aroundTheClock} ${atc.channels.map((c) => t.aroundTheClockChannels[c]).join(', ')}`];
  if (atc.audience) parts.push(t.aroundTheClockAudience[atc.audience]);
  const codes = new Set<ConditionCode>(claims.flatMap((c) => c.conditions.map((k) => k.code)).filter((code) => code !== 'preferred-channel'));
  if (atc.except_public_holidays) codes.add('except-public-holidays');
  for (const code of CONDITION_CODES) if (codes.has(code)) parts.push(t.conditionLabels[code]);
  return [...new Set(parts)].join(', ');
}

/** "Mon–Fri 08:00–19:00, except public holidays": the structured schedule in one line, as the build knows it. */
export function scheduleLine(hours: Hours, t: Dictionary): string {
  const runs = hours.schedule.map((s) => `${formatDays(s.days, t.days)} ${s.open}–${s.close}`).join('; ');
  return hours.except_public_holidays ? `${runs}, ${t.exceptHolidays}` : runs;
}
