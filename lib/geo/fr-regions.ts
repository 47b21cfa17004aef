/**
 * The one table of French regions: URL slug, official name (INSEE's spelling,
 * with a straight apostrophe) and départements (three digits overseas). The
 * help flow's places, the importer's postal-code lookup, the profile
 * generator and the region filter all read it, so a region has one spelling.
 * Geography, not team data. Pure and browser-safe.
 */
import { letters } from '@/lib/text/fold';

export const FR_REGIONS = [
  { slug: 'auvergne-rhone-alpes', name: 'Auvergne-Rhône-Alpes', departements: ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'] },
  { slug: 'bourgogne-franche-comte', name: 'Bourgogne-Franche-Comté', departements: ['21', '25', '39', '58', '70', '71', '89', '90'] },
  { slug: 'bretagne', name: 'Bretagne', departements: ['22', '29', '35', '56'] },
  { slug: 'centre-val-de-loire', name: 'Centre-Val de Loire', departements: ['18', '28', '36', '37', '41', '45'] },
  { slug: 'corse', name: 'Corse', departements: ['20'] },
  { slug: 'grand-est', name: 'Grand Est', departements: ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'] },
  { slug: 'hauts-de-france', name: 'Hauts-de-France', departements: ['02', '59', '60', '62', '80'] },
  { slug: 'ile-de-france', name: 'Île-de-France', departements: ['75', '77', '78', '91', '92', '93', '94', '95'] },
  { slug: 'normandie', name: 'Normandie', departements: ['14', '27', '50', '61', '76'] },
  { slug: 'nouvelle-aquitaine', name: 'Nouvelle-Aquitaine', departements: ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'] },
  { slug: 'occitanie', name: 'Occitanie', departements: ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'] },
  { slug: 'pays-de-la-loire', name: 'Pays de la Loire', departements: ['44', '49', '53', '72', '85'] },
  { slug: 'provence-alpes-cote-d-azur', name: "Provence-Alpes-Côte d'Azur", departements: ['04', '05', '06', '13', '83', '84'] },
  { slug: 'guadeloupe', name: 'Guadeloupe', departements: ['971'] },
  { slug: 'martinique', name: 'Martinique', departements: ['972'] },
  { slug: 'guyane', name: 'Guyane', departements: ['973'] },
  { slug: 'la-reunion', name: 'La Réunion', departements: ['974'] },
  { slug: 'mayotte', name: 'Mayotte', departements: ['976'] },
] as const;

export type FrRegionSlug = (typeof FR_REGIONS)[number]['slug'];

/** The official name of a region by its slug. */
export function frRegionName(slug: FrRegionSlug): string {
  return FR_REGIONS.find((r) => r.slug === slug)!.name;
}

/** A region as the table spells it, when the name is one of its regions whatever the apostrophe, accents or case ("Provence-Alpes-Côte d’Azur"); else the name as given. */
export function canonicalRegion(name: string): string {
  const key = letters(name);
  return FR_REGIONS.find((r) => letters(r.name) === key)?.name ?? name;
}
