/**
 * The licence of the directory's own structured data, stated in each export
 * that has room for it (teams.json and the per-team JSON, the JSON Schema, the
 * FIRST-shaped envelope, the Atom feeds) and on the partners page. A team's
 * document stays its author's: its reproduction terms are the profile's
 * document.reproduction (lib/profile/rights.ts).
 */
import 'server-only';

export const DATA_LICENCE = {
  name: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
  id: 'etalab-2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  scope: "The directory's structured data. Each team's RFC 2350 document remains its author's, on its own terms (document.reproduction).",
} as const;
