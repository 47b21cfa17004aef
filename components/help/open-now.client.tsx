'use client';

import { useEffect, useState } from 'react';
import type { Hours } from '@/lib/profile/schema';
import type { UiLang } from '@/lib/ui-lang';
import type { OpenNowStrings } from '@/lib/i18n/island-strings';
import { fill } from '@/lib/fill';
import { openState } from '@/lib/open-now';

/** "Open now until 19:00 (Réunion time)": computed with the reader's clock, so only in the browser. */
export function OpenNow({ hours, lang, strings: s }: { hours: Hours; lang: UiLang; strings: OpenNowStrings }) {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  if (!now) return null;
  const state = openState(hours, now);
  if (state.state === 'unknown') return null;
  const zone =
    new Intl.DateTimeFormat(lang, { timeZone: hours.timezone, timeZoneName: 'longGeneric' }).formatToParts(now).find((p) => p.type === 'timeZoneName')?.value ??
    hours.timezone;
  const text =
    state.state === 'open'
      ? fill(s.openUntil, { time: state.until, zone })
      : fill(s.closedOpens, { day: state.opens.today ? s.today : s.fullDays[state.opens.day], time: state.opens.time, zone });
  return (
    <p className={`font-semibold ${state.state === 'open' ? 'text-green-800 dark:text-green-300' : 'text-amber-900 dark:text-amber-200'}`} data-testid="open-now" data-state={state.state}>
      {text}
      {hours.except_public_holidays && <span className="block text-sm font-normal">{s.holidaysCaveat}</span>}
    </p>
  );
}
