'use client';

import type { ReactNode } from 'react';
import type { UiLang } from '@/lib/i18n/ui-lang';
import type { KeyStatusStrings } from '@/lib/i18n/island-strings';
import { fill } from '@/lib/i18n/fill';
import { formatDate } from '@/lib/i18n/format-date';
import { keyStatusAt, type KeyDates } from '@/lib/keys/key-status';
import { useNow } from '@/components/use-now.client';

const ALERT = 'rounded border-2 p-2 font-semibold border-red-700 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100';
const NOTICE = 'rounded border-2 p-2 font-semibold border-amber-600 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100';

/**
 * A key's status as of the moment the page is read: a key that expired after
 * the build shows as expired. Until the script runs (and without JavaScript)
 * the build-time status, `children`, stays.
 */
export function KeyStatusNow({ dates, lang, strings: s, children }: { dates: KeyDates; lang: UiLang; strings: KeyStatusStrings; children: ReactNode }) {
  const now = useNow();
  if (!now) return <>{children}</>;
  const status = keyStatusAt(dates, now);
  if (status.kind === 'ok') return null;
  const date = formatDate(status.date, lang);
  const text = status.kind === 'revoked' ? fill(s.revoked, { date }) : status.kind === 'expired' ? fill(s.expired, { date }) : fill(s.expiresInDays, { date, n: status.days });
  return (
    <p role={status.kind === 'expires-soon' ? undefined : 'alert'} className={status.kind === 'expires-soon' ? NOTICE : ALERT} data-testid="key-status" data-computed="view">
      {text} <span className="block text-xs font-normal">{s.statusNow}</span>
    </p>
  );
}
