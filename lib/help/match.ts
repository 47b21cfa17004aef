/**
 * "Who covers me?": matches a person's place and kind of organisation to the
 * teams whose constituency covers them, best match first. Pure data, so the
 * static help pages and the tests share it.
 */
import type { Team } from '../profile/load';
import type { CONSTITUENCY_TAGS } from '../profile/schema';
import { contactModel } from '../contact/model';
import { FR_REGIONS, type FrRegionSlug } from '../geo/fr-regions';
import { letters } from '../text/fold';

type Tag = (typeof CONSTITUENCY_TAGS)[number];

/** French regions (lib/geo/fr-regions.ts) and the ways out, as URL segments with their names. Geography, not team data. */
export const PLACES = [...FR_REGIONS.map((r) => [r.slug, r.name] as const), ['france', null] as const, ['abroad', null] as const];

export type Place = FrRegionSlug | 'france' | 'abroad';

/**
 * The places and audiences the help pages are prerendered for. A test site
 * that opens at most one help page of each kind is built with
 * HELP_PAGES=sample (scripts/e2e.ts): one place ("france") and one audience
 * ("sme") instead of the whole matrix of some 320 pages.
 */
export function helpMatrix(): { places: Place[]; who: Who[] } {
  if (process.env.HELP_PAGES === 'sample') return { places: ['france'], who: ['sme'] };
  return { places: PLACES.map(([place]) => place), who: [...WHO] };
}
export const WHO = ['sme', 'mid-size', 'public-body', 'health', 'association', 'individual', 'customer'] as const;
export type Who = (typeof WHO)[number];

const WHO_TAGS: Record<Exclude<Who, 'customer'>, Tag[]> = {
  sme: ['smes'],
  'mid-size': ['mid-size-companies'],
  'public-body': ['local-authorities', 'public-sector'],
  health: ['health'],
  association: ['associations'],
  individual: ['individuals'],
};

export function placeName(place: Place): string | null {
  return PLACES.find(([slug]) => slug === place)?.[1] ?? null;
}

/** A place name reduced to its letters, for comparing "Pays de la Loire" with "pays-de-la-loire". */
const comparablePlace = letters;

/** How well a team covers a place: 2 its own region, 1 its country or the world, 0 not at all. */
function placeScore(team: Team, place: Place): number {
  const c = team.profile.constituency;
  if (!c) return 0;
  if (place === 'abroad') return c.worldwide ? 1 : 0;
  const name = placeName(place);
  if (c.regions.length > 0) return name && c.regions.some((r) => comparablePlace(r) === comparablePlace(name)) ? 2 : 0;
  return c.countries.includes('FR') || c.worldwide ? 1 : 0;
}

function serves(team: Team, who: Who): boolean {
  const c = team.profile.constituency;
  if (!c) return false;
  if (who === 'customer') return c.customers_only || c.tags.includes('customers');
  return !c.customers_only && c.tags.some((tag) => WHO_TAGS[who].includes(tag));
}

/** Whether a member of the public can reach the team 24/7 as it states it (the contact model's claim, conditions aside); computed once per profile, not per comparison. */
const reach = new WeakMap<Team['profile'], number>();
function publicAroundTheClock(team: Team): number {
  let value = reach.get(team.profile);
  if (value === undefined) reach.set(team.profile, (value = Number(!!contactModel(team.profile).aroundTheClock?.publicReach)));
  return value;
}

/** Own region first, then reachable 24/7 by the public, then name. */
function byCoverage(a: { team: Team; score: number }, b: { team: Team; score: number }): number {
  return (
    b.score - a.score ||
    publicAroundTheClock(b.team) - publicAroundTheClock(a.team) ||
    a.team.profile.name.official.localeCompare(b.team.profile.name.official)
  );
}

/**
 * The teams that cover this person, best match first: own region, then 24/7,
 * then name. A customer is covered by its provider's team wherever it is: the
 * contract, not the map, defines that constituency.
 */
export function teamsFor(teams: Team[], place: Place, who: Who): Team[] {
  return teams
    .map((team) => ({ team, score: !serves(team, who) ? 0 : who === 'customer' ? Math.max(1, placeScore(team, place)) : placeScore(team, place) }))
    .filter((m) => m.score > 0)
    .sort(byCoverage)
    .map((m) => m.team);
}

/** Every team whose constituency covers the place, whoever it serves there (customers-only teams included), best first. */
function teamsCovering(teams: Team[], place: Place): Team[] {
  return teams
    .map((team) => ({ team, score: placeScore(team, place) }))
    .filter((m) => m.score > 0)
    .sort(byCoverage)
    .map((m) => m.team);
}

/**
 * The help results for a place: without an answer to "who are you", every team
 * covering it; with one, the teams that serve that person first, then the other
 * teams covering the place (each card says whom it serves), so nothing is hidden.
 */
export function helpResults(teams: Team[], place: Place, who?: Who): { forYou: Team[]; others: Team[] } {
  const covering = teamsCovering(teams, place);
  if (!who) return { forYou: covering, others: [] };
  const forYou = teamsFor(teams, place, who);
  return { forYou, others: covering.filter((t) => !forYou.includes(t)) };
}
