import type { ReactNode } from 'react';
import type { CardFacts } from '@/lib/contact/card-facts';
import type { CardLabels } from '@/lib/i18n/island-strings';
import { badgeText } from '@/lib/contact/badge';

/**
 * One team in a list: name, kind, place, incident e-mail. Shared by the static
 * list (server) and the search results (browser), so both look the same;
 * `extra` is what the search adds (why the team matched). It takes its words
 * as props, so the search island ships no dictionary.
 */
export function TeamCardView({ card, href, labels, extra, level = 3 }: { card: CardFacts; href: string; labels: CardLabels; extra?: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const place = [card.city, card.region && (card.regionDerived ? `${card.region} (${labels.derived})` : card.region)].filter(Boolean).join(', ');
  return (
    <li className="rounded-lg border border-gray-300 bg-white p-4 shadow-sm dark:border-gray-700 dark:bg-gray-900" data-testid="team-card">
      <Heading className="text-lg font-semibold">
        <a href={href} className="underline-offset-2 hover:underline" lang={card.nameLang}>
          {card.name}
        </a>
      </Heading>
      <p className="text-sm text-gray-700 dark:text-gray-300">
        {labels.teamTypes[card.teamType] ?? card.teamType}
        {place && <> · <span lang={card.nameLang}>{place}</span></>}
        {card.aroundTheClock && <> · <strong data-testid="card-24-7">{badgeText(card.aroundTheClock.kind, card.aroundTheClock.codes, labels)}</strong></>}
      </p>
      <p className="mt-1 text-sm">
        <span className="text-gray-700 dark:text-gray-300">{card.emailIsForIncidents ? labels.incidentEmail : labels.email}{labels.colon}</span>
        <a href={`mailto:${card.email}`} className="[overflow-wrap:anywhere] text-blue-700 underline dark:text-blue-300">
          {card.email}
        </a>
      </p>
      {card.phone && (
        <p className="mt-2">
          <a href={`tel:${card.phone.e164}`} className="inline-flex min-h-11 items-center rounded-lg bg-blue-800 px-3 font-bold text-white hover:bg-blue-900" data-testid="card-call">
            {labels.callTeam} {card.phone.display}
          </a>
          {card.phone.codes.length > 0 && (
            <span className="ml-2 text-sm font-semibold" data-testid="card-call-conditions">
              {card.phone.codes.map((c) => labels.conditionLabels[c]).join(' · ')}
            </span>
          )}
        </p>
      )}
      {extra}
    </li>
  );
}
