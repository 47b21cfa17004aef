/**
 * The facts a list card shows of a team. One function feeds the server-rendered
 * list (components/team-card.tsx) and the search index's result cards
 * (lib/search/record.ts), so a team looks the same in both.
 */
import type { Team } from './profile/load';
import type { TeamType } from './profile/vocabulary';
import { callFirst, incidentEmail, isAroundTheClock } from './team-view';

export type CardFacts = {
  slug: string;
  name: string;
  /** Language of the team's own texts (name, place), for screen readers. */
  nameLang: string;
  teamType: TeamType;
  city?: string;
  region?: string;
  aroundTheClock: boolean;
  /** The incident-report e-mail address. */
  email: string;
  /** The number to call first (the emergency line, else the first public one), when the team publishes one. */
  phone?: { e164: string; display: string };
};

export function cardFacts(team: Team): CardFacts {
  const p = team.profile;
  return {
    slug: team.slug,
    name: p.name.official,
    nameLang: p.document.lang,
    teamType: p.team_type,
    ...(p.city && { city: p.city }),
    ...(p.region && { region: p.region }),
    aroundTheClock: isAroundTheClock(p),
    email: incidentEmail(p),
    ...(callFirst(p) && { phone: callFirst(p) }),
  };
}
