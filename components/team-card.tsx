import Link from 'next/link';
import type { Team } from '@/lib/profile/load';
import { dict, type Lang } from '@/lib/i18n';
import { incidentEmail, isAroundTheClock } from '@/lib/team-view';

/** One team in the directory list: name, kind, place, incident e-mail. */
export function TeamCard({ team, lang }: { team: Team; lang: Lang }) {
  const t = dict(lang);
  const p = team.profile;
  const email = incidentEmail(p);
  const place = [p.city, p.region].filter(Boolean).join(', ');
  return (
    <li className="rounded-lg border border-gray-300 bg-white p-4 shadow-sm dark:border-gray-700 dark:bg-gray-900" data-testid="team-card">
      <h3 className="text-lg font-semibold">
        <Link href={`/${lang}/teams/${team.slug}/`} className="underline-offset-2 hover:underline" lang={p.document.lang}>
          {p.name.official}
        </Link>
      </h3>
      <p className="text-sm text-gray-700 dark:text-gray-300">
        {t.teamTypes[p.team_type]}
        {place && <> · <span lang={p.document.lang}>{place}</span></>}
        {isAroundTheClock(p) && <> · <strong>{t.aroundTheClock}</strong></>}
      </p>
      <p className="mt-1 text-sm">
        <span className="text-gray-700 dark:text-gray-300">{t.incidentEmail}{t.colon}</span>
        <a href={`mailto:${email}`} className="[overflow-wrap:anywhere] text-blue-700 underline dark:text-blue-300">
          {email}
        </a>
      </p>
    </li>
  );
}
