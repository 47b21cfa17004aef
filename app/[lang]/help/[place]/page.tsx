import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { ChoiceList } from '@/components/help/choice-list';
import { PLACES, WHO, type Place } from '@/lib/help';
import { placeLabel } from '@/lib/help-labels';
import { LANGS, dict, isLang } from '@/lib/i18n';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.flatMap((lang) => PLACES.map(([place]) => ({ lang, place })));
}

export async function generateMetadata({ params }: PageProps<'/[lang]/help/[place]'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: dict(isLang(lang) ? lang : 'en').helpTitle };
}

/** Help, question 2: what kind of organisation (or person)? */
export default async function HelpPlacePage({ params }: PageProps<'/[lang]/help/[place]'>) {
  const { lang, place } = await params;
  if (!isLang(lang) || !PLACES.some(([p]) => p === place)) notFound();
  const t = dict(lang);
  return (
    <>
      <SiteHeader lang={lang} pathIn={(l) => `/${l}/help/${place}/`} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold sm:text-3xl">{t.helpTitle}</h1>
        <p className="mt-2">
          {t.whereQuestion} <strong>{placeLabel(place as Place, lang)}</strong> · <Link href={`/${lang}/help/`} className="text-blue-700 underline dark:text-blue-300">{t.changeAnswers}</Link>
        </p>
        <h2 className="mt-6 text-xl font-bold">
          <span className="block text-sm font-normal text-gray-700 dark:text-gray-300">{t.questionOf(2)}</span>
          {t.whoQuestion}
        </h2>
        <ChoiceList testId="who" choices={WHO.map((who) => ({ href: `/${lang}/help/${place}/${who}/`, label: t.whoNames[who] }))} />
      </main>
    </>
  );
}
