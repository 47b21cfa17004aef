/**
 * Build time: the public holidays of a team's country (and of its region,
 * where the country has regional ones, such as La Réunion's 20 December), from
 * the maintained date-holidays library. Pages hand the dates to the "open now"
 * islands, so the browser needs no holiday data of its own; the site is
 * rebuilt daily, and the list covers the next 400 days.
 */
import Holidays from 'date-holidays';

import { letters } from '@/lib/text/fold';

/** The library's code of the region whose name contains the team's region ("La Réunion" → "RE"), if any. */
function regionCode(country: string, region?: string): string | undefined {
  if (!region) return undefined;
  const states = new Holidays().getStates(country) ?? {};
  const wanted = letters(region);
  return Object.entries(states).find(([, name]) => letters(String(name)).endsWith(wanted))?.[0];
}

export type PublicHoliday = { date: string; name: string };

const cache = new Map<string, PublicHoliday[]>();

/** Public holidays (type "public") from `from` for `days` days, as YYYY-MM-DD dates of the country's calendar; computed once per country, region and day. */
export function publicHolidays(country: string, region: string | undefined, from: Date, days = 400): PublicHoliday[] {
  const key = `${country}|${region ?? ''}|${from.toISOString().slice(0, 10)}|${days}`;
  if (!cache.has(key)) cache.set(key, computeHolidays(country, region, from, days));
  return cache.get(key)!;
}

function computeHolidays(country: string, region: string | undefined, from: Date, days: number): PublicHoliday[] {
  const state = regionCode(country, region);
  const hd = state ? new Holidays(country, state) : new Holidays(country);
  const first = from.toISOString().slice(0, 10);
  const last = new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const years = Array.from({ length: Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1 }, (_, i) => Number(first.slice(0, 4)) + i);
  const all = years.flatMap((y) => hd.getHolidays(y) || []).filter((h) => h.type === 'public');
  return [...new Map(all.map((h) => [h.date.slice(0, 10), { date: h.date.slice(0, 10), name: h.name }])).values()]
    .filter((h) => h.date >= first && h.date <= last)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}
