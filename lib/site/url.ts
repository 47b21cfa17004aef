/**
 * Every address the site publishes, in one place: the public base URL
 * (SITE_URL), the team pages, the embeddable cards, the team files and the
 * open data files, so that pages, teams.json, the vCards, the feeds, the
 * sitemap and the JSON-LD agree on each URL.
 *
 * Why: the team permalinks `/{fr|en}/teams/<slug>/`, the embed cards and the
 * data paths below are a public promise (docs/open-data.md, docs/partners.md);
 * other directories and scripts store them, so they are spelled once and never
 * follow a change of the UI. Site-relative paths are in lib/site/routes.ts (browser-safe);
 * every function here takes the language first, as routes do.
 */
import type { UiLang } from '@/lib/i18n/ui-lang';
import { routes, teamPath } from './routes';

/** The address of `npm run serve`: the base URL of a site built with `--local` (`npm start`, e2e). */
export const LOCAL_SITE_URL = 'http://127.0.0.1:3000';

/** Paths of the open data files, relative to the site root. */
export const OPEN_DATA_PATHS = {
  teams: 'data/teams.json',
  schema: 'data/teams.schema.json',
  teamJson: (slug: string) => `data/teams/${slug}.json`,
  teamVcard: (slug: string) => `data/teams/${slug}.vcf`,
  /** The same teams in Trusted Introducer's directory format (a top-level array), for the tools that read TI's. */
  tiTeams: 'data/ti/teams.json',
  /** The same teams in the api.first.org v1 envelope with FIRST's field names. */
  firstTeams: 'data/first/teams.json',
  /** One row per team, for spreadsheets. */
  csv: 'data/teams.csv',
  /** The change feed in English, at the address it always had. */
  feed: 'feed.xml',
  /** The change feed written in one UI language. */
  langFeed: (lang: UiLang) => `${lang}/feed.xml`,
  sitemap: 'sitemap.xml',
  robots: 'robots.txt',
} as const;

/**
 * The public base URL without a trailing slash ("https://csirt.example.org").
 * Throws on anything but an absolute http(s) URL: the formats that need
 * absolute URLs (Atom, sitemaps, vCard) would silently be wrong otherwise.
 */
export function baseUrl(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://csirt.example.org, got "${siteUrl}"`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL must be an http(s) URL, got "${siteUrl}"`);
  if (url.search || url.hash) throw new Error(`SITE_URL must not carry a query or a fragment, got "${siteUrl}"`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** The message of a build for publishing that was not told its public address. */
export const MISSING_SITE_URL =
  'SITE_URL is not set. A site built for publishing needs its public address for permalinks, embed snippets, feeds, ' +
  'vCards, teams.json, canonical and sitemap URLs: run SITE_URL=https://your.domain npm run build. ' +
  `For a preview on this machine, build with --local (npm start does): addresses then point to ${LOCAL_SITE_URL}.`;

/**
 * The base URL a build uses: SITE_URL when set; otherwise the local address
 * when the build is local, else an error with MISSING_SITE_URL. The one
 * decision behind scripts/build.ts and `siteUrl()`.
 */
export function resolveSiteUrl(siteUrl: string | undefined, local: boolean): string {
  if (siteUrl) return baseUrl(siteUrl);
  if (local) return LOCAL_SITE_URL;
  throw new Error(MISSING_SITE_URL);
}

/**
 * The public base URL of the site being built. scripts/build.ts always passes
 * SITE_URL to `next build`; without it, only a development server (`next dev`)
 * falls back to the local address, and a production build stops.
 */
export function siteUrl(): string {
  return resolveSiteUrl(process.env.SITE_URL, process.env.NODE_ENV !== 'production');
}

/** Absolute URL of a path relative to the site root ("" is the root itself). */
export function absolute(base: string, path: string): string {
  return `${base}/${path}`;
}

export { teamPath };

/** The permanent address of a team's page: /<lang>/teams/<slug>/ never changes with the UI. */
export function teamPermalink(lang: string, slug: string, base: string = siteUrl()): string {
  return `${base}${routes.team(lang, slug)}`;
}

/** The iframe size the embed snippet and the docs give; the card's content fits it (e2e/partners.spec.ts measures). */
export const EMBED_FRAME = { width: 380, height: 320 } as const;

/** The copy-paste snippet of a team's embeddable card. */
export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="${EMBED_FRAME.width}" height="${EMBED_FRAME.height}" style="border:0" loading="lazy"></iframe>`;
}

/** The team's embeddable contact card (a static page for partner sites' iframes). */
export function embedUrl(lang: string, slug: string, base: string = siteUrl()): string {
  return `${base}${routes.embed(lang, slug)}`;
}

/** Site-relative path of a file of the team's folder, published byte for byte by the build. */
export function teamFilePath(slug: string, name: string): string {
  return routes.file(slug, name).slice(1);
}

/** Absolute URL of a file of the team's folder. */
export function teamFileUrl(base: string, slug: string, name: string): string {
  return absolute(base, teamFilePath(slug, name));
}

/** The site language closest to a document's language: its own when the site has it, else English. */
export function pageLang(documentLang: string): UiLang {
  return documentLang === 'fr' ? 'fr' : 'en';
}

/** The Atom feed in the page's language, announced in its head (`alternates.types` of Next metadata). */
export function feedAlternate(lang: UiLang): { 'application/atom+xml': string } {
  return { 'application/atom+xml': `/${OPEN_DATA_PATHS.langFeed(lang)}` };
}
