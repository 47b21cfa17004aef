/**
 * sitemap.xml and robots.txt.
 *
 * Why: search engines find every team page in both languages, linked to each
 * other with hreflang alternates (the sitemaps.org protocol with xhtml:link),
 * and `lastmod` says when a page's facts last changed. Like everything in the
 * open data, `lastmod` comes from the profiles' dates, never from the build
 * time: a page whose content did not change keeps its date.
 */
import 'server-only';
import type { Team } from '@/lib/profile/load';
import { UI_LANGS, type UiLang } from '@/lib/i18n';
import { latestDate, latestOf } from './dates';
import { OPEN_DATA_PATHS, absolute } from '@/lib/site/url';
import { XML_DECLARATION, xmlAttrs, xmlElement } from './xml';

/** One page in every language: the path after /{lang}/, and the day its facts last changed, when known. */
type Page = { path: string; lastmod?: string };

function urlXml(base: string, page: Page, lang: UiLang): string {
  const loc = (l: UiLang) => absolute(base, `${l}/${page.path}`);
  return [
    '  <url>',
    `    ${xmlElement('loc', loc(lang))}`,
    ...(page.lastmod ? [`    ${xmlElement('lastmod', page.lastmod)}`] : []),
    ...UI_LANGS.map((l) => `    <xhtml:link${xmlAttrs({ rel: 'alternate', hreflang: l, href: loc(l) })}/>`),
    '  </url>',
  ].join('\n');
}

/** The sitemap: the root, then home, help and verify pages, then every team page, each in French and English. */
export function sitemap(teams: readonly Team[], base: string): string {
  const newest = latestOf(teams.map((t) => latestDate(t.profile)));
  const pages: Page[] = [
    // The home and help pages list the teams: they change when any team does.
    { path: '', lastmod: newest },
    { path: 'help/', lastmod: newest },
    // The verify page holds no team facts: no content date to give.
    { path: 'verify/' },
    ...teams.map((t) => ({ path: `teams/${t.slug}/`, lastmod: latestDate(t.profile) })),
  ];
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    // The root: the bilingual choice of language.
    ['  <url>', `    ${xmlElement('loc', absolute(base, ''))}`, ...(newest ? [`    ${xmlElement('lastmod', newest)}`] : []), '  </url>'].join('\n'),
    ...pages.flatMap((page) => UI_LANGS.map((lang) => urlXml(base, page, lang))),
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap is named with its absolute URL. */
export function robotsTxt(base: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absolute(base, OPEN_DATA_PATHS.sitemap)}`, ''].join('\n');
}
