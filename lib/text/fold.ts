/**
 * The one way the project folds text for comparing it: lower case, no
 * diacritics, ligatures spelt out, typographic apostrophes straightened,
 * single spaces. Used by search (index and query alike), the importer, the
 * fidelity check, the help flow's places and the holiday regions. Pure and
 * browser-safe.
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** "Cœur  SÉCURITÉ d’Azur" -> "coeur securite d'azur". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæßøłđðþı]/g, (c) => LIGATURES[c])
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters only: "Provence-Alpes-Côte d’Azur" and "provence-alpes-cote-d-azur" are both "provencealpescotedazur". */
export function letters(text: string): string {
  return fold(text).replace(/[^a-z]/g, '');
}

/**
 * Accents dropped character by character, lower case, nothing else changed:
 * the result has the length of text.normalize('NFC'), so an index found in it
 * points into the (NFC) original.
 */
export function foldInPlace(text: string): string {
  return [...text.normalize('NFC')].map((c) => (c.normalize('NFD').replace(/\p{M}+/gu, '') || c).toLowerCase()).join('');
}
