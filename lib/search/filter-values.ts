/**
 * Build time: the values of each search filter for a team, read from its
 * profile. The one table that maps a filter name (lib/search/filters.ts) to
 * the profile field it reads.
 */
import type { Profile } from '../profile/schema';
import { contactModel } from '../contact/model';
import { canonicalRegion } from '../geo/fr-regions';
import { AROUND_THE_CLOCK_VALUE, CUSTOMERS_ONLY_VALUE, FILTER_NAMES, type FilterName } from './filters';

const FILTER_VALUES: Record<FilterName, (p: Profile) => string[]> = {
  country: (p) => [p.country],
  // One spelling per region (lib/geo/fr-regions.ts), so the help flow's "more teams" link finds them.
  region: (p) => (p.region ? [canonicalRegion(p.region)] : []),
  type: (p) => [p.team_type],
  for: (p) => [...(p.constituency?.tags ?? []), ...(p.constituency?.customers_only ? [CUSTOMERS_ONLY_VALUE] : [])],
  // Teams a member of the public can reach 24/7 on a named channel (lib/contact/model.ts): not a
  // customers-only service, not only the qualification of requests. Each card carries the conditions.
  h24: (p) => (contactModel(p).aroundTheClock?.publicReach ? [AROUND_THE_CLOCK_VALUE] : []),
  lang: (p) => p.languages ?? [],
  // A candidacy is not a membership: only what the document states as held counts.
  member: (p) => [...new Set(p.memberships.filter((m) => m.status !== 'candidate').map((m) => m.organisation))],
};

/** Every filter with at least one value for this team. */
export function filterValues(profile: Profile): Partial<Record<FilterName, string[]>> {
  const out: Partial<Record<FilterName, string[]>> = {};
  for (const name of FILTER_NAMES) {
    const values = FILTER_VALUES[name](profile);
    if (values.length) out[name] = values;
  }
  return out;
}
