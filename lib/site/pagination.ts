/**
 * The full list of teams, in pages that work without JavaScript.
 *
 * Why pages: the home page must not grow with the directory (10,000 cards
 * would be megabytes of HTML), yet a reader without JavaScript must still be
 * able to reach every team. Page 1 is shown on the home page; every page,
 * page 1 included, also lives at /<lang>/browse/<n>/.
 */
import { browsePath } from './routes';
import type { Team } from '@/lib/profile/load';
import type { UiLang } from '@/lib/i18n/index';

export const PAGE_SIZE = 30;

/** Teams in alphabetical order of official name for the reader's language (accents and case ignored). */
export function sortTeams(teams: readonly Team[], lang: UiLang): Team[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return [...teams].sort((a, b) => collator.compare(a.profile.name.official, b.profile.name.official) || a.slug.localeCompare(b.slug));
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** The teams on page n (1-based) of the sorted list; empty when n is out of range. */
export function pageOf(sorted: readonly Team[], n: number): Team[] {
  return sorted.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);
}

export function browseHref(lang: UiLang, n: number): string {
  return browsePath(lang, n);
}
