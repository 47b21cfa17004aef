/**
 * Is a team open now? Computed from its structured hours in its own time zone
 * (in the browser, with the reader's clock). When the team says it closes on
 * public holidays, the dates the build listed for its country (lib/contact/holidays.ts)
 * count as closed days.
 */
import type { OpenHours } from './model';
import { DAYS, type Day } from '@/lib/profile/vocabulary';

export type OpenState =
  | { state: 'open'; until: string }
  | { state: 'around-the-clock' }
  | { state: 'closed'; opens: { day: Day; time: string; today: boolean }; holiday: boolean }
  | { state: 'unknown' };

/** Day, date (YYYY-MM-DD) and HH:MM of an instant in a time zone. */
export function localTime(now: Date, timeZone: string): { day: Day; time: string; date: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: get('weekday').toLowerCase().slice(0, 3) as Day, time: `${get('hour')}:${get('minute')}`, date: `${get('year')}-${get('month')}-${get('day')}` };
}

/** The calendar date `n` days after a YYYY-MM-DD date. */
function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/**
 * The state of the office hours (no channel), or of one line: a line the
 * team's 24/7 arrangement covers is always open, but on a public holiday when
 * the team says that arrangement stops on them. Office hours close on a
 * public holiday only when the team says they do. Each rule is the one the
 * contact model (lib/contact/model.ts) scoped to that line.
 */
export function openState(hours: OpenHours, now: Date, holidays: readonly string[] = [], channel?: 'phone' | 'email'): OpenState {
  const { day, time, date } = localTime(now, hours.timezone);
  const atc = hours.aroundTheClock;
  if (channel && atc && !(atc.closedOnHolidays && holidays.includes(date))) return { state: 'around-the-clock' };
  if (hours.schedule.length === 0) return { state: 'unknown' };
  const closedOn = (d: string) => hours.closedOnHolidays && holidays.includes(d);
  const today = closedOn(date) ? [] : hours.schedule.filter((s) => s.days.includes(day));
  const current = today.find((s) => s.open <= time && time < s.close);
  if (current) return { state: 'open', until: current.close };
  // The next opening: later today, or the first day after with hours and no holiday (up to three weeks on).
  const start = DAYS.indexOf(day);
  for (let offset = 0; offset < 22; offset++) {
    const d = DAYS[(start + offset) % 7];
    if (closedOn(addDays(date, offset))) continue;
    const opens = hours.schedule
      .filter((s) => s.days.includes(d) && (offset > 0 || s.open > time))
      .map((s) => s.open)
      .sort()[0];
    if (opens) return { state: 'closed', opens: { day: d, time: opens, today: offset === 0 }, holiday: !!closedOn(date) };
  }
  return { state: 'unknown' };
}

/** Minutes a time zone is ahead of UTC at an instant (Réunion: 240). */
export function zoneOffsetMinutes(now: Date, timeZone: string): number {
  const { date, time } = localTime(now, timeZone);
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return Math.round((Date.UTC(y, m - 1, d, h, min) - Math.floor(now.getTime() / 60_000) * 60_000) / 60_000);
}

/** A team's HH:MM in the reader's time zone ("19:00" Réunion time is "16:00" in Paris in winter); null when both zones agree now. */
export function inReaderZone(time: string, now: Date, teamZone: string, readerZone: string): string | null {
  const diff = zoneOffsetMinutes(now, teamZone) - zoneOffsetMinutes(now, readerZone);
  if (diff === 0) return null;
  const [h, m] = time.split(':').map(Number);
  const total = (((h * 60 + m - diff) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
