import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { TeamCard } from '@/components/team-card';
import { dict, isLang } from '@/lib/i18n';
import { loadTeams } from '@/lib/profile/load';

/** The directory home: every team, in a list that works without JavaScript. */
export default async function HomePage({ params }: PageProps<'/[lang]'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = dict(lang);
  const teams = loadTeams();
  return (
    <>
      <SiteHeader lang={lang} path="/" />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <p className="mb-5">
          <a href={`/${lang}/help/`} className="flex min-h-14 items-center justify-center rounded-lg bg-red-700 px-4 py-3 text-center text-lg font-bold text-white hover:bg-red-800" data-testid="help-cta">
            {t.helpCta}
          </a>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t.siteName}</h1>
        <p className="mt-2 max-w-2xl text-gray-800 dark:text-gray-200">{t.siteTagline}</p>
        <p className="mt-2 max-w-2xl text-gray-700 dark:text-gray-300">{t.homeIntro}</p>
        <h2 className="mt-8 text-xl font-semibold">
          {t.allTeams} <span className="text-base font-normal text-gray-700 dark:text-gray-300">({t.teamCount(teams.length)})</span>
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2" data-testid="team-list">
          {teams.map((team) => (
            <TeamCard key={team.slug} team={team} lang={lang} />
          ))}
        </ul>
      </main>
    </>
  );
}
