'use client';

import type { OpenHours } from '@/lib/contact/model';
import type { UiLang } from '@/lib/i18n/ui-lang';
import type { OpenNowStrings } from '@/lib/i18n/island-strings';
import { fill } from '@/lib/i18n/fill';
import { inReaderZone, openState } from '@/lib/contact/open-now';
import { useNow } from '@/components/use-now.client';

type Props = { hours: OpenHours; lang: UiLang; strings: OpenNowStrings; holidays: string[] };

/**
 * "Open now, until 19:00 (Réunion time), 16:00 for you": computed with the
 * reader's clock, so only in the browser; public holidays count when the team
 * closes on them (the build lists them for its country).
 */
export function OpenNow({ hours, lang, strings: s, holidays }: Props) {
  const now = useNow();
  if (!now) return null;
  const state = openState(hours, now, holidays);
  if (state.state === 'unknown' || state.state === 'around-the-clock') return null;
  const zone =
    new Intl.DateTimeFormat(lang, { timeZone: hours.timezone, timeZoneName: 'longGeneric' }).formatToParts(now).find((p) => p.type === 'timeZoneName')?.value ??
    hours.timezone;
  const time = state.state === 'open' ? state.until : state.opens.time;
  const reader = inReaderZone(time, now, hours.timezone, Intl.DateTimeFormat().resolvedOptions().timeZone);
  const text =
    state.state === 'open'
      ? fill(s.openUntil, { time, zone })
      : fill(s.closedOpens, { day: state.opens.today ? s.today : s.fullDays[state.opens.day], time, zone });
  return (
    <p className={`font-semibold ${state.state === 'open' ? 'text-green-800 dark:text-green-300' : 'text-amber-900 dark:text-amber-200'}`} data-testid="open-now" data-state={state.state}>
      {text}
      {reader && <span data-testid="reader-time">, {fill(s.forYou, { time: reader })}</span>}
      {state.state === 'closed' && state.holiday && <> ({s.holidayToday})</>}
      {hours.closedOnHolidays && holidays.length === 0 && <span className="block text-sm font-normal">{s.holidaysCaveat}</span>}
    </p>
  );
}
