/**
 * The facts a list card shows of a team. One function feeds the server-rendered
 * list (components/team-card.tsx) and the search index's result cards
 * (lib/search/record.ts), so a team looks the same in both. Contact facts come
 * from the contact model, as codes: the card words them.
 */
import type { Team } from '../profile/load';
import type { TeamType } from '../profile/vocabulary';
import type { AroundTheClockKind } from '../profile/vocabulary';
import { contactModel } from './model';
import { badgeCodes } from './say';
import { isLimiting, type LimitingCode } from './badge';

export type CardFacts = {
  slug: string;
  name: string;
  /** Language of the team's own texts (name, place), for screen readers. */
  nameLang: string;
  teamType: TeamType;
  city?: string;
  region?: string;
  /** True when the directory derived the region (from a postal code): the team's document does not name it. */
  regionDerived?: true;
  /** The team's 24/7 claim as a card has room for it: its kind and every condition that limits it. */
  aroundTheClock?: { kind: AroundTheClockKind; codes: LimitingCode[] };
  /** The address to write to: the incident-report address, else (emailIsForIncidents false) the first one the team gives. */
  email: string;
  emailIsForIncidents: boolean;
  /** The number to call first, with the conditions the team puts on calls, when anyone may call it. */
  phone?: { e164: string; display: string; codes: LimitingCode[] };
};

export function cardFacts(team: Team): CardFacts {
  const p = team.profile;
  const model = contactModel(p);
  const atc = model.aroundTheClock;
  const call = model.callFirst;
  return {
    slug: team.slug,
    name: p.name.official,
    nameLang: p.document.lang,
    teamType: p.team_type,
    ...(p.city && { city: p.city }),
    ...(p.region && { region: p.region }),
    // A region the directory derived (from a postal code) is labelled so on the card.
    ...(p.region && p.derived.some((d) => d.field === 'region') && { regionDerived: true as const }),
    ...(atc && { aroundTheClock: { kind: atc.kind, codes: badgeCodes(atc) } }),
    email: model.incident.address,
    emailIsForIncidents: model.incident.stated,
    ...(call && { phone: { e164: call.e164, display: call.display, codes: call.conditions.map((c) => c.code).filter(isLimiting) } }),
  };
}
