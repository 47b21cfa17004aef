import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { TeamList } from '@/components/team-list';
import { UI_LANGS, dict, isUiLang } from '@/lib/i18n';
import { loadTeams } from '@/lib/profile/load';
import { browseHref, pageCount, pageOf, sortTeams } from '@/lib/site/pagination';

export const dynamicParams = false;

export function generateStaticParams() {
  const pages = pageCount(loadTeams().length);
  return UI_LANGS.flatMap((lang) => Array.from({ length: pages }, (_, i) => ({ lang, page: String(i + 1) })));
}

export async function generateMetadata({ params }: PageProps<'/[lang]/browse/[page]'>): Promise<Metadata> {
  const { lang, page } = await params;
  if (!isUiLang(lang)) return {};
  const t = dict(lang);
  return { title: `${t.allTeams} · ${t.pageOf(Number(page), pageCount(loadTeams().length))}` };
}

/** Page n of the alphabetical list of every team: the directory without JavaScript or search. */
export default async function BrowsePage({ params }: PageProps<'/[lang]/browse/[page]'>) {
  const { lang, page } = await params;
  const n = Number(page);
  if (!isUiLang(lang) || !Number.isInteger(n) || n < 1) notFound();
  const t = dict(lang);
  const teams = loadTeams();
  const onPage = pageOf(sortTeams(teams, lang), n);
  if (onPage.length === 0 && teams.length > 0) notFound();
  return (
    <>
      <SiteHeader lang={lang} pathIn={(l) => browseHref(l, n)} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold">
          {t.allTeams} <span className="text-base font-normal text-gray-700 dark:text-gray-300">({t.teamCount(teams.length)} · {t.pageOf(n, pageCount(teams.length))})</span>
        </h1>
        <TeamList lang={lang} teams={onPage} page={n} total={teams.length} level={2} />
      </main>
    </>
  );
}
