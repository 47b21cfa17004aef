import { TeamCard } from '@/components/team-card';
import { dict, type UiLang } from '@/lib/i18n';
import type { Team } from '@/lib/profile/load';
import { browseHref, pageCount } from '@/lib/site/pagination';

type Props = {
  lang: UiLang;
  teams: Team[];
  page: number;
  total: number;
  /** Heading level of each team's name: 3 under the home page's "All teams", 2 on a browse page. */
  level?: 2 | 3;
};

/** One page of the alphabetical list of teams, with links to the other pages: the whole directory without JavaScript. */
export function TeamList({ lang, teams, page, total, level = 3 }: Props) {
  const t = dict(lang);
  const pages = pageCount(total);
  return (
    <>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2" data-testid="team-list">
        {teams.map((team) => (
          <TeamCard key={team.slug} team={team} lang={lang} level={level} />
        ))}
      </ul>
      {pages > 1 && (
        <nav aria-label={t.listPages} className="mt-6 flex flex-wrap items-center gap-3" data-testid="list-pages">
          {page > 1 && <a href={browseHref(lang, page - 1)} rel="prev" className="min-h-11 rounded border border-gray-400 px-3 py-2 underline-offset-2 hover:underline">← {t.previousPage}</a>}
          <span>{t.pageOf(page, pages)}</span>
          {page < pages && <a href={browseHref(lang, page + 1)} rel="next" className="min-h-11 rounded border border-gray-400 px-3 py-2 underline-offset-2 hover:underline">{t.nextPage} →</a>}
        </nav>
      )}
    </>
  );
}
