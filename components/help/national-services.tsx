import type { Dictionary } from '@/lib/i18n';
import type { UiLang } from '@/lib/i18n/ui-lang';
import { fill } from '@/lib/i18n/fill';
import { formatDate } from '@/lib/i18n';
import type { NationalService } from '@/lib/help/national-services';

/** The national services, each with what it is for and the official page that says so: the end of every help result. */
export function NationalServices({ services, t, lang, intro }: { services: NationalService[]; t: Dictionary; lang: UiLang; intro: string }) {
  if (services.length === 0) return null;
  return (
    <section aria-labelledby="national-services-heading" className="mt-8" data-testid="national-services">
      <h2 id="national-services-heading" className="text-xl font-bold">{t.nationalServicesTitle}</h2>
      <p className="mt-1">{intro}</p>
      <ul className="mt-3 space-y-3">
        {services.map((s) => (
          <li key={s.id} className="rounded border border-gray-300 p-3 dark:border-gray-700" data-testid="national-service" data-id={s.id}>
            <a href={s.url} className="text-lg font-bold text-blue-700 underline dark:text-blue-300" lang="fr">{s.name}</a>
            <span className="text-sm" lang="fr"> · {s.operator}</span>
            <p className="mt-1">{s.purpose[lang]}</p>
            {s.availability_as_stated && <p className="text-sm font-medium" lang="fr">{s.availability_as_stated}</p>}
            <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">
              {t.sourceLabel}{t.colon}<a href={s.source.url} className="underline [overflow-wrap:anywhere]" lang="fr">{s.source.title}</a>, {fill(t.readOn, { date: formatDate(s.source.read_on, lang) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
