import { teamPath } from '@/lib/team-path';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { TeamHelpCard } from '@/components/help/team-help-card';
import { NATIONAL_RESPONDERS, PLACES, WHO, teamsFor, type Place, type Who } from '@/lib/help';
import { placeLabel } from '@/lib/help-labels';
import { LANGS, dict, isLang } from '@/lib/i18n';
import { loadTeams } from '@/lib/profile/load';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.flatMap((lang) => PLACES.flatMap(([place]) => WHO.map((who) => ({ lang, place, who }))));
}

export async function generateMetadata({ params }: PageProps<'/[lang]/help/[place]/[who]'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: dict(isLang(lang) ? lang : 'en').resultsTitle };
}

/** Help, the answer: the teams that cover this person, emergency contact first; or the national responders. */
export default async function HelpResultsPage({ params }: PageProps<'/[lang]/help/[place]/[who]'>) {
  const { lang, place, who } = await params;
  if (!isLang(lang) || !PLACES.some(([p]) => p === place) || !(WHO as readonly string[]).includes(who)) notFound();
  const t = dict(lang);
  const teams = loadTeams();
  const matches = teamsFor(teams, place as Place, who as Who);
  const names = new Map(teams.map((team) => [team.slug, team.profile.name.official]));
  return (
    <>
      <SiteHeader lang={lang} pathIn={(l) => `/${l}/help/${place}/${who}/`} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold sm:text-3xl">{matches.length ? t.resultsTitle : t.noTeamTitle}</h1>
        <p className="mt-2">
          <strong>{t.whoNames[who as Who]}</strong> · <strong>{placeLabel(place as Place, lang)}</strong> ·{' '}
          <Link href={`/${lang}/help/`} className="text-blue-700 underline dark:text-blue-300">{t.changeAnswers}</Link>
        </p>
        {matches.length > 0 ? (
          <>
            <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">{t.resultsCount(matches.length)}</p>
            <ol className="mt-4 space-y-4" data-testid="help-results">
              {matches.map((team) => <TeamHelpCard key={team.slug} team={team} lang={lang} />)}
            </ol>
          </>
        ) : (
          <section className="mt-4" data-testid="no-team">
            <p>{t.noTeamText}</p>
            <h2 className="mt-4 text-xl font-bold">{t.nationalTitle}</h2>
            <ul className="mt-2 space-y-3" data-testid="national-responders">
              {NATIONAL_RESPONDERS.map((r) => (
                <li key={r.id} className="rounded border border-gray-300 p-3 dark:border-gray-700">
                  <strong lang="fr">{r.name}</strong> — {t.responderPurpose[r.id]}
                  {r.namedBy.some((slug) => names.has(slug)) && <p className="text-sm">
                    {t.namedBy}{' '}
                    {r.namedBy.filter((slug) => names.has(slug)).map((slug, i) => (
                      <span key={slug}>{i > 0 && ', '}<Link href={teamPath(lang, slug)} className="text-blue-700 underline dark:text-blue-300" lang="fr">{names.get(slug)}</Link></span>
                    ))}
                  </p>}
                </li>
              ))}
            </ul>
            <p className="mt-3 text-sm">{t.noContactGiven}</p>
          </section>
        )}
      </main>
    </>
  );
}
