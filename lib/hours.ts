/** Turning structured hours into words; pure functions, shared by pages and tests. */
import { DAYS } from './profile/vocabulary';

type Day = (typeof DAYS)[number];

/** ["mon","tue","wed","fri"] -> [["mon","wed"],["fri","fri"]]: runs of consecutive days. */
export function dayRuns(days: readonly Day[]): [Day, Day][] {
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
