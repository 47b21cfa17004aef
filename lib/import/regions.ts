/**
 * Region of a French seat from its postal code: the first two digits are the
 * département (three for overseas), and each département belongs to exactly
 * one region, so this is a lookup, not a guess. Other countries: no region.
 */

import { FR_REGIONS } from '@/lib/geo/fr-regions';

/** "44966 Nantes Cedex 9" -> "Pays de la Loire"; undefined outside France or without a postal code. */
export function frenchRegion(address: string | undefined, country: string | undefined): { region: string; postcode: string } | undefined {
  if (!address || country !== 'FR') return undefined;
  const postcode = /(?<![\d-])(\d{5})(?!\d)/.exec(address)?.[1];
  if (!postcode) return undefined;
  const dept = postcode.startsWith('97') ? postcode.slice(0, 3) : postcode.slice(0, 2);
  const region = FR_REGIONS.find((r) => (r.departements as readonly string[]).includes(dept))?.name;
  return region ? { region, postcode } : undefined;
}
