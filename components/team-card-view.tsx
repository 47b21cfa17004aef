import type { ReactNode } from 'react';
import { dict, type Lang } from '@/lib/i18n';

export type TeamCardFacts = {
  href: string;
  name: string;
  /** Language of the team's own texts (name, place), for screen readers. */
  nameLang?: string;
  teamType: string;
  place?: string;
  aroundTheClock: boolean;
  email: string;
};

/**
 * One team in a list: name, kind, place, incident e-mail. Shared by the static
 * list (server) and the search results (browser), so both look the same;
 * `extra` is what the search adds (why the team matched).
 */
export function TeamCardView({ facts, lang, extra, level = 3 }: { facts: TeamCardFacts; lang: Lang; extra?: ReactNode; level?: 2 | 3 }) {
  const t = dict(lang);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <li className="rounded-lg border border-gray-300 bg-white p-4 shadow-sm dark:border-gray-700 dark:bg-gray-900" data-testid="team-card">
      <Heading className="text-lg font-semibold">
        <a href={facts.href} className="underline-offset-2 hover:underline" lang={facts.nameLang}>
          {facts.name}
        </a>
      </Heading>
      <p className="text-sm text-gray-700 dark:text-gray-300">
        {facts.teamType}
        {facts.place && <> · <span lang={facts.nameLang}>{facts.place}</span></>}
        {facts.aroundTheClock && <> · <strong>{t.aroundTheClock}</strong></>}
      </p>
      <p className="mt-1 text-sm">
        <span className="text-gray-700 dark:text-gray-300">{t.incidentEmail}{t.colon}</span>
        <a href={`mailto:${facts.email}`} className="[overflow-wrap:anywhere] text-blue-700 underline dark:text-blue-300">
          {facts.email}
        </a>
      </p>
      {extra}
    </li>
  );
}
