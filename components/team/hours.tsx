import type { Profile } from '@/lib/profile/schema';
import type { Dictionary } from '@/lib/i18n';
import { aroundTheClockSentence, formatDays } from '@/lib/hours';

/** Operating hours and 24/7 arrangements, structured first (with the team's conditions), the team's words after. */
export function HoursBlock({ profile, t, contentLang }: { profile: Profile; t: Dictionary; contentLang: string }) {
  const hours = profile.hours!;
  const atc = hours.around_the_clock;
  return (
    <div data-testid="hours">
      {atc && (
        <p className="font-semibold text-green-800 dark:text-green-300" data-testid="around-the-clock">
          {aroundTheClockSentence(profile, t)}
        </p>
      )}
      {hours.schedule.length > 0 ? (
        <ul>
          {hours.schedule.map((s, i) => (
            <li key={i}>
              {formatDays(s.days, t.days)} <time>{s.open}</time>–<time>{s.close}</time>
              {hours.except_public_holidays && `, ${t.exceptHolidays}`}
            </li>
          ))}
        </ul>
      ) : (
        !atc && <p>{t.noSchedule}</p>
      )}
      <p className="text-sm text-gray-700 dark:text-gray-300">
        {t.timezone}{t.colon}<code>{hours.timezone}</code>
        {hours.timezone_as_written && <> (<span lang={contentLang}>{hours.timezone_as_written}</span>)</>}
      </p>
      {(hours.as_written || atc) && (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer">{t.asWritten}</summary>
          <blockquote lang={contentLang} className="mt-1 space-y-1 border-l-4 border-gray-300 pl-3 dark:border-gray-600">
            {hours.as_written && <p>{hours.as_written}</p>}
            {atc && <p>{atc.as_written}</p>}
          </blockquote>
        </details>
      )}
    </div>
  );
}
