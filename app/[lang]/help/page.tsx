import { routes } from '@/lib/site/routes';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { ChoiceList } from '@/components/help/choice-list';
import { PLACES } from '@/lib/help/match';
import { placeLabel } from '@/lib/help/labels';
import { dict, isUiLang } from '@/lib/i18n';

export async function generateMetadata({ params }: PageProps<'/[lang]/help'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: dict(isUiLang(lang) ? lang : 'en').helpTitle };
}

/** Help, question 1: where is the organisation? */
export default async function HelpPage({ params }: PageProps<'/[lang]/help'>) {
  const { lang } = await params;
  if (!isUiLang(lang)) notFound();
  const t = dict(lang);
  return (
    <>
      <SiteHeader lang={lang} pathIn={(l) => `/${l}/help/`} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold sm:text-3xl">{t.helpTitle}</h1>
        <p className="mt-2">{t.helpIntro}</p>
        <h2 className="mt-6 text-xl font-bold">{t.whereQuestion}</h2>
        <ChoiceList testId="where" choices={PLACES.map(([place, name]) => ({ href: routes.help(lang, place), label: placeLabel(place, lang), lang: name ? 'fr' : undefined }))} />
      </main>
    </>
  );
}
