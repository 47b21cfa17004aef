/**
 * Is a team open now? Computed from its structured hours in its own time zone
 * (in the browser, with the reader's clock). Public holidays are not known,
 * so a caller says so next to the answer.
 */
import type { Hours } from './profile/schema';
import { DAYS } from './profile/vocabulary';

type Day = (typeof DAYS)[number];
export type OpenState =
  | { state: 'open'; until: string }
  | { state: 'closed'; opens: { day: Day; time: string; today: boolean } }
  | { state: 'unknown' };

/** Day and HH:MM of an instant in a time zone. */
export function localTime(now: Date, timeZone: string): { day: Day; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: get('weekday').toLowerCase().slice(0, 3) as Day, time: `${get('hour')}:${get('minute')}` };
}

export function openState(hours: Hours, now: Date): OpenState {
  if (hours.schedule.length === 0) return { state: 'unknown' };
  const { day, time } = localTime(now, hours.timezone);
  const today = hours.schedule.filter((s) => s.days.includes(day));
  const current = today.find((s) => s.open <= time && time < s.close);
  if (current) return { state: 'open', until: current.close };
  // The next opening: later today, or the first day after with hours (up to a week on).
  const start = DAYS.indexOf(day);
  for (let offset = 0; offset < 8; offset++) {
    const d = DAYS[(start + offset) % 7];
    const opens = hours.schedule
      .filter((s) => s.days.includes(d) && (offset > 0 || s.open > time))
      .map((s) => s.open)
      .sort()[0];
    if (opens) return { state: 'closed', opens: { day: d, time: opens, today: offset === 0 } };
  }
  return { state: 'unknown' };
}
