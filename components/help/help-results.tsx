import { routes } from '@/lib/site/routes';
import Link from 'next/link';
import type { Dictionary } from '@/lib/i18n';
import type { UiLang } from '@/lib/i18n/ui-lang';
import { WHO, helpResults, placeName, type Place, type Who } from '@/lib/help/match';
import { browseHref } from '@/lib/site/pagination';
import { fillCount } from '@/lib/i18n/fill';
import { placeLabel } from '@/lib/help/labels';
import { loadTeams } from '@/lib/profile/load';
import { teamKeys } from '@/lib/profile/keys';
import { contactView } from '@/lib/contact/load';
import { nationalServices } from '@/lib/help/national-services';
import { TeamHelpCard } from './team-help-card';
import { NationalServices } from './national-services';

/** Teams shown for a place: the best matches, then a few of the others covering it. */
const SHOWN = 12;
const SHOWN_OTHERS = 6;

/**
 * The answer for a place: every team covering it at once (best first), the
 * "who are you" links that put the teams serving that person first (plain
 * links, so it works without JavaScript), and the national services at the
 * end, so no result is a dead end.
 */
export async function HelpResults({ lang, t, place, who }: { lang: UiLang; t: Dictionary; place: Place; who?: Who }) {
  const teams = loadTeams();
  const all = helpResults(teams, place, who);
  // A victim needs the best few, not a directory: the rest are one link away (the search, filtered by region).
  const forYou = all.forYou.slice(0, SHOWN);
  const others = all.others.slice(0, SHOWN_OTHERS);
  const hidden = all.forYou.length - forYou.length + all.others.length - others.length;
  const region = placeName(place);
  const moreHref = region ? routes.home(lang, { region }) : browseHref(lang, 1);
  const views = new Map(await Promise.all([...forYou, ...others].map(async (team) => [team.slug, contactView(team, await teamKeys(team))] as const)));
  
  const cards = (list: typeof teams, testId: string) => (
    <ol className="mt-4 space-y-4" data-testid={testId}>
      {list.map((team) => <TeamHelpCard key={team.slug} team={team} lang={lang} view={views.get(team.slug)!} />)}
    </ol>
  );
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{forYou.length ? t.resultsTitle : t.noTeamTitle}</h1>
      <p className="mt-2">
        <strong lang={place === 'abroad' || place === 'france' ? undefined : 'fr'}>{placeLabel(place, lang)}</strong>
        {who && <> · <strong>{t.whoNames[who]}</strong></>} ·{' '}
        <Link href={routes.help(lang)} className="text-blue-700 underline dark:text-blue-300">{t.changeAnswers}</Link>
      </p>
      {forYou.length > 0 ? (
        <>
          <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">{t.resultsCount(forYou.length)}</p>
          {cards(forYou, 'help-results')}
        </>
      ) : (
        <p className="mt-4" data-testid="no-team">{t.noTeamText}</p>
      )}
      <nav aria-labelledby="refine-heading" className="mt-8" data-testid="who">
        <h2 id="refine-heading" className="text-lg font-bold">{t.refineTitle}</h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {[undefined, ...WHO].map((w) => (
            <li key={w ?? 'all'}>
              <Link href={routes.help(lang, place, w)} aria-current={w === who ? 'page' : undefined} className={`inline-flex min-h-11 items-center rounded-lg border-2 px-3 py-1 font-medium ${w === who ? 'border-blue-900 bg-blue-900 text-white' : 'border-blue-700 text-blue-900 hover:bg-blue-50 dark:text-blue-100 dark:hover:bg-gray-800'}`}>
                {w ? t.whoNames[w] : t.refineAll}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {others.length > 0 && (
        <section aria-labelledby="others-heading" className="mt-8">
          <h2 id="others-heading" className="text-lg font-bold">{t.otherTeamsTitle}</h2>
          {cards(others, 'help-other-results')}
        </section>
      )}
      {hidden > 0 && (
        <p className="mt-4" data-testid="help-more">
          <a href={moreHref} className="inline-flex min-h-11 items-center text-blue-700 underline dark:text-blue-300">{fillCount(t.moreTeams, hidden)}</a>
        </p>
      )}
      <NationalServices services={nationalServices('FR')} t={t} lang={lang} intro={t.nationalServicesIntro} />
    </>
  );
}
