'use client';

import { useEffect, useState } from 'react';
import type { Hours } from '@/lib/profile/schema';
import { openState } from '@/lib/open-now';
import { dict, type Lang } from '@/lib/i18n';

/** "Open now until 19:00 (Réunion time)": computed with the reader's clock, so only in the browser. */
export function OpenNow({ hours, lang }: { hours: Hours; lang: Lang }) {
  const t = dict(lang);
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
      ? t.openUntil(state.until, zone)
      : t.closedOpens(state.opens.today ? t.today : t.fullDays[state.opens.day], state.opens.time, zone);
  return (
    <p className={`font-semibold ${state.state === 'open' ? 'text-green-800 dark:text-green-300' : 'text-amber-900 dark:text-amber-200'}`} data-testid="open-now" data-state={state.state}>
      {text}
      {hours.except_public_holidays && <span className="block text-sm font-normal">{t.holidaysCaveat}</span>}
    </p>
  );
}
