import { routes } from '@/lib/site/routes';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { HelpResults } from '@/components/help/help-results';
import { PLACES, helpMatrix, type Place } from '@/lib/help/match';
import { UI_LANGS, dict, isUiLang } from '@/lib/i18n';

export const dynamicParams = false;

export function generateStaticParams() {
  return UI_LANGS.flatMap((lang) => helpMatrix().places.map((place) => ({ lang, place })));
}

export async function generateMetadata({ params }: PageProps<'/[lang]/help/[place]'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: dict(isUiLang(lang) ? lang : 'en').resultsTitle };
}

/** Help, the answer for a place: the teams covering it at once, refined on the same page by who you are. */
export default async function HelpPlacePage({ params }: PageProps<'/[lang]/help/[place]'>) {
  const { lang, place } = await params;
  if (!isUiLang(lang) || !PLACES.some(([p]) => p === place)) notFound();
  return (
    <>
      <SiteHeader lang={lang} pathIn={(l) => routes.help(l, place)} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <HelpResults lang={lang} t={dict(lang)} place={place as Place} />
      </main>
    </>
  );
}
