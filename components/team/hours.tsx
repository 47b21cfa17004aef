import type { Dictionary } from '@/lib/i18n';
import type { ContactModel } from '@/lib/contact/model';
import { aroundTheClockSentence, formatDays } from '@/lib/contact/say';

/**
 * Operating hours and the 24/7 arrangement, each with its own conditions
 * (from the contact model: a holiday rule of the office hours never lands on
 * the on-call line), the team's words after.
 */
export function HoursBlock({ model, t, contentLang, at }: { model: ContactModel; t: Dictionary; contentLang: string; at: (section?: string) => React.ReactNode }) {
  const office = model.officeHours!;
  const atc = model.aroundTheClock;
  return (
    <div data-testid="hours">
      {atc && (
        <p className="font-semibold text-green-800 dark:text-green-300" data-testid="around-the-clock">
          {aroundTheClockSentence(atc, t)}
          {at(atc.section)}
        </p>
      )}
      {office.schedule.length > 0 ? (
        <ul data-testid="office-hours">
          {office.schedule.map((s, i) => (
            <li key={i}>
              {formatDays(s.days, t.days)} <time>{s.open}</time>–<time>{s.close}</time>
              {office.closedOnHolidays && `, ${t.conditionLabels['except-public-holidays']}`}
            </li>
          ))}
        </ul>
      ) : (
        !atc && <p>{t.noSchedule}</p>
      )}
      <p className="text-sm text-gray-700 dark:text-gray-300">
        {t.timezone}{t.colon}<code>{office.timezone}</code>
        {office.timezoneAsWritten && <> (<span lang={contentLang}>{office.timezoneAsWritten}</span>)</>}
      </p>
      {(office.quote || atc) && (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer">{t.asWritten}</summary>
          <blockquote lang={contentLang} className="mt-1 space-y-1 border-l-4 border-gray-300 pl-3 dark:border-gray-600">
            {office.quote && <p>{office.quote}</p>}
            {atc && atc.quote !== office.quote && <p>{atc.quote}</p>}
          </blockquote>
        </details>
      )}
    </div>
  );
}
