import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { dict, isUiLang } from '@/lib/i18n';
import { EMBED_FRAME, OPEN_DATA_PATHS, embedSnippet, siteUrl, teamPath } from '@/lib/site/url';
import { fill } from '@/lib/i18n/fill';
import { EXPIRING_FEED_PATH } from '@/lib/keys/expiring-feed';

export async function generateMetadata({ params }: PageProps<'/[lang]/partners'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: dict(isUiLang(lang) ? lang : 'en').partners.title };
}

const link = 'inline-block min-h-6 text-blue-700 underline dark:text-blue-300 [overflow-wrap:anywhere]';

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="text-xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

/** One page for partner sites: permalinks, the embeddable card, open data, feeds, licence; linked from every page's footer. */
export default async function PartnersPage({ params }: PageProps<'/[lang]/partners'>) {
  const { lang } = await params;
  if (!isUiLang(lang)) notFound();
  const p = dict(lang).partners;
  const base = siteUrl();
  const file = (path: string) => (
    <li key={path}>
      <a className={`${link} font-mono`} href={`/${path}`}>{`${base}/${path}`}</a>
    </li>
  );
  return (
    <>
      <SiteHeader lang={lang} pathIn={(l) => `/${l}/partners/`} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6" data-testid="partners">
        <h1 className="text-2xl font-bold sm:text-3xl">{p.title}</h1>
        <p className="mt-2">{p.intro}</p>
        <Part id="link" title={p.linkTitle}>
          <p>{p.linkText}</p>
          <p><code className="[overflow-wrap:anywhere]">{`${base}${teamPath(lang, '<slug>')}`}</code></p>
        </Part>
        <Part id="embed" title={p.embedTitle}>
          <p>{fill(p.embedText, EMBED_FRAME)}</p>
          <pre className="mt-2 overflow-x-auto rounded bg-gray-100 p-2 text-sm dark:bg-gray-800" tabIndex={0}>
            <code>{embedSnippet(`${base}/embed/${lang}/<slug>/`, '…')}</code>
          </pre>
        </Part>
        <Part id="data" title={p.dataTitle}>
          <p>{p.dataText}</p>
          <ul className="mt-1 space-y-1">
            {file(OPEN_DATA_PATHS.teams)}
            {file(OPEN_DATA_PATHS.schema)}
            {file(OPEN_DATA_PATHS.tiTeams)}
            {file(OPEN_DATA_PATHS.firstTeams)}
            {file(OPEN_DATA_PATHS.csv)}
            <li><code className="[overflow-wrap:anywhere]">{`${base}/${OPEN_DATA_PATHS.teamJson('<slug>')}`}</code></li>
            <li><code className="[overflow-wrap:anywhere]">{`${base}/${OPEN_DATA_PATHS.teamVcard('<slug>')}`}</code></li>
          </ul>
        </Part>
        <Part id="feeds" title={p.feedsTitle}>
          <p>{p.feedsText}</p>
          <ul className="mt-1 space-y-1">
            {file(OPEN_DATA_PATHS.langFeed(lang))}
            {file(EXPIRING_FEED_PATH)}
          </ul>
        </Part>
        <Part id="licence" title={p.licenceTitle}>
          <p>{p.licenceText}</p>
        </Part>
      </main>
    </>
  );
}
