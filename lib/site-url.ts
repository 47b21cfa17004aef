/**
 * The public base URL of the site, for what must be absolute: permalinks and
 * embed snippets for partner sites, feeds, sitemaps, Open Graph. Set SITE_URL
 * when building for production; the default is the local server of `npm start`.
 */
import { teamPath } from './team-path';

export function siteUrl(): string {
  const value = process.env.SITE_URL || 'http://127.0.0.1:3000';
  const url = new URL(value);
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL must be an http(s) URL, got ${value}`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** The permanent address of a team's page: /<lang>/teams/<slug>/ never changes with the UI. */
export function teamPermalink(slug: string, lang: string): string {
  return `${siteUrl()}${teamPath(lang, slug)}`;
}

export function embedUrl(slug: string, lang: string): string {
  return `${siteUrl()}/embed/${lang}/${slug}/`;
}

/** The Atom feed of listing changes, announced in every page's head (`alternates.types` of Next metadata). */
export const FEED_ALTERNATE = { 'application/atom+xml': '/feed.xml' };

export { teamPath } from './team-path';
