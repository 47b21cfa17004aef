import { routes } from '@/lib/site/routes';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { TeamList } from '@/components/team-list';
import { Search } from '@/components/search/search.client';
import { pageOf, sortTeams } from '@/lib/site/pagination';
import { dict, isUiLang } from '@/lib/i18n';
import { searchStrings } from '@/lib/i18n/island-strings';
import { loadTeams } from '@/lib/profile/load';

/**
 * The directory home: the help button, the search, and page 1 of the list of
 * every team (the rest on /<lang>/browse/<n>/), so the page does not grow with
 * the directory and still works without JavaScript.
 */
export default async function HomePage({ params }: PageProps<'/[lang]'>) {
  const { lang } = await params;
  if (!isUiLang(lang)) notFound();
  const t = dict(lang);
  const teams = loadTeams();
  return (
    <>
      <SiteHeader lang={lang} pathIn={(l) => `/${l}/`} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <p className="mb-5">
          <a href={routes.help(lang)} className="flex min-h-14 items-center justify-center rounded-lg bg-red-700 px-4 py-3 text-center text-lg font-bold text-white hover:bg-red-800" data-testid="help-cta">
            {t.helpCta}
          </a>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t.siteName}</h1>
        <p className="mt-2 max-w-2xl text-gray-800 dark:text-gray-200">{t.siteTagline}</p>
        <p className="mt-2 max-w-2xl text-gray-700 dark:text-gray-300">{t.homeIntro}</p>
        <Search lang={lang} strings={searchStrings(t)}>
          <h2 className="mt-8 text-xl font-semibold">
            {t.allTeams} <span className="text-base font-normal text-gray-700 dark:text-gray-300">({t.teamCount(teams.length)})</span>
          </h2>
          <TeamList lang={lang} teams={pageOf(sortTeams(teams, lang), 1)} page={1} total={teams.length} />
        </Search>
      </main>
    </>
  );
}
