/**
 * Every address the open data writes, in one place, so that teams.json, the
 * vCards, the feed, the sitemap and the JSON-LD agree on each URL.
 *
 * Why: the team permalinks `/{fr|en}/teams/<slug>/` and the data paths below
 * are a public promise (docs/open-data.md); other directories and scripts
 * store them, so they must be spelled the same way everywhere and never follow
 * a change of the UI.
 */
import 'server-only';
import type { Lang } from '@/lib/i18n';

/** Paths of the published files, relative to the site root. */
export const PATHS = {
  teams: 'data/teams.json',
  schema: 'data/teams.schema.json',
  teamJson: (slug: string) => `data/teams/${slug}.json`,
  teamVcard: (slug: string) => `data/teams/${slug}.vcf`,
  feed: 'feed.xml',
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
    throw new Error(`siteUrl must be an absolute URL such as https://csirt.example.org, got "${siteUrl}"`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`siteUrl must be an http(s) URL, got "${siteUrl}"`);
  if (url.search || url.hash) throw new Error(`siteUrl must not carry a query or a fragment, got "${siteUrl}"`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** Absolute URL of a path relative to the site root ("" is the root itself). */
export function absolute(base: string, path: string): string {
  return `${base}/${path}`;
}

/** The team page in one language: a permalink that never changes. */
export function teamPage(base: string, slug: string, lang: Lang): string {
  return absolute(base, `${lang}/teams/${slug}/`);
}

/** A file of the team's folder, published byte for byte by the build. */
export function teamFile(base: string, slug: string, name: string): string {
  return absolute(base, `files/${slug}/${encodeURIComponent(name)}`);
}

/** The site language closest to a document's language: its own when the site has it, else English. */
export function pageLang(documentLang: string): Lang {
  return documentLang === 'fr' ? 'fr' : 'en';
}
