/**
 * Every site-relative path the site links to, in one table, language first
 * wherever a path has a language: pages, the help flow, the embeds, the team
 * files, the key index. Browser-safe: the search and verify islands build
 * their links with it. Absolute URLs (permalinks, open data) are built from
 * these in lib/site/url.ts.
 *
 * Why: the team permalinks `/{fr|en}/teams/<slug>/`, the embed cards and the
 * file paths are a public promise (docs/open-data.md, docs/partners.md), so
 * each is spelled once.
 */

type Query = Record<string, string>;
const query = (params?: Query) => {
  const q = new URLSearchParams(params ?? {}).toString();
  return q ? `?${q}` : '';
};

/** The home page with its search; a query string when given (`{ region: 'Bretagne' }`). */
export const homePath = (lang: string, params?: Query) => `/${lang}/${query(params)}`;
export const browsePath = (lang: string, page: number) => `/${lang}/browse/${page}/`;
/** A team's page: a permalink that never follows a change of the UI. */
export const teamPath = (lang: string, slug: string) => `/${lang}/teams/${slug}/`;
/** The help flow: the place question, a place's answer, or the answer for a kind of organisation there. */
export const helpPath = (lang: string, place?: string, who?: string) => `/${lang}/help/${place ? `${place}/` : ''}${place && who ? `${who}/` : ''}`;

/**
 * The table. Browser islands import the single paths they need (helpPath, teamPath …), so a
 * bundle carries only those; pages and the build use the table.
 */
export const routes = {
  home: homePath,
  browse: browsePath,
  team: teamPath,
  help: helpPath,
  verify: (lang: string) => `/${lang}/verify/`,
  partners: (lang: string) => `/${lang}/partners/`,
  /** The team's embeddable contact card, for partner sites' iframes. */
  embed: (lang: string, slug: string) => `/embed/${lang}/${slug}/`,
  /** A file of the team's folder, published byte for byte. */
  file: (slug: string, name: string) => `/files/${slug}/${encodeURIComponent(name)}`,
  /** The fingerprints of the keys the directory holds, for the verify page. */
  keyIndex: '/files/keys.json',
} as const;
