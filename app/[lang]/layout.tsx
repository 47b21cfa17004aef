import { routes } from '@/lib/site/routes';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import '../globals.css';
import { UI_LANGS, dict, isUiLang } from '@/lib/i18n';
import { feedAlternate, siteUrl } from '@/lib/site/url';

export const dynamicParams = false;

export function generateStaticParams() {
  return UI_LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: LayoutProps<'/[lang]'>): Promise<Metadata> {
  const { lang } = await params;
  const uiLang = isUiLang(lang) ? lang : 'en';
  const t = dict(uiLang);
  return {
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.siteTagline,
    metadataBase: new URL(siteUrl()),
    alternates: { types: feedAlternate(uiLang) },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' };

/** Root layout of every page in a language: /fr/… and /en/…. */
export default async function LangLayout({ children, params }: LayoutProps<'/[lang]'>) {
  const { lang } = await params;
  if (!isUiLang(lang)) notFound();
  const t = dict(lang);
  return (
    <html lang={lang}>
      <body className="min-h-screen bg-gray-50 font-sans text-gray-900 antialiased dark:bg-gray-950 dark:text-gray-100">
        {/* Without JavaScript, hide the controls that need it (.js-only): they are in the page from the start, so nothing shifts when scripts run. */}
        <noscript>
          <link rel="stylesheet" href="/nojs.css" />
        </noscript>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 focus:text-black">
          {t.skipToContent}
        </a>
        {children}
        <footer className="no-print mx-auto max-w-4xl px-4 py-8 text-sm text-gray-700 dark:text-gray-300">
          <p>{t.footer}</p>
          <p className="mt-2">
            <a href={routes.partners(lang)} className="inline-block min-h-6 underline" data-testid="partners-link">{t.partners.footerLink}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
