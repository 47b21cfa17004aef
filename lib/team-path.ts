/**
 * Site-relative page paths, the one place each is spelled. Browser-safe: the
 * search island builds result links with it. Absolute URLs (permalinks, open
 * data) are in lib/site-url.ts, built from these.
 */

/** A team's page: /<lang>/teams/<slug>/, a permalink that never follows a change of the UI. */
export function teamPath(lang: string, slug: string): string {
  return `/${lang}/teams/${slug}/`;
}
