/**
 * The search filters: one name each, used alike by the URL (?type=commercial),
 * the index files (/search/filter/type.json), the filter counts and the
 * labels (dictionary `search.fields`). Browser-safe; the profile field each
 * one reads is in lib/search/filter-values.ts (build time).
 */
export const FILTER_NAMES = ['country', 'region', 'type', 'for', 'h24', 'lang', 'member'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** The one value of the `h24` filter. */
export const AROUND_THE_CLOCK_VALUE = '24/7';
/** The value of the `for` filter for teams that serve only their customers. */
export const CUSTOMERS_ONLY_VALUE = 'customers-only';

/** Filter value -> number of teams, per filter (the menus and the counts within results). */
export type FilterCounts = Partial<Record<FilterName, Record<string, number>>>;
