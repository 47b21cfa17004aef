import { routes } from '@/lib/site/routes';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { HelpResults } from '@/components/help/help-results';
import { PLACES, WHO, helpMatrix, type Place, type Who } from '@/lib/help/match';
import { UI_LANGS, dict, isUiLang } from '@/lib/i18n';

export const dynamicParams = false;

export function generateStaticParams() {
  const { places, who: audiences } = helpMatrix();
  return UI_LANGS.flatMap((lang) => places.flatMap((place) => audiences.map((who) => ({ lang, place, who }))));
}

export async function generateMetadata({ params }: PageProps<'/[lang]/help/[place]/[who]'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: dict(isUiLang(lang) ? lang : 'en').resultsTitle };
}

/** Help, the answer refined: the teams that serve this person first, the other teams of the place after. */
export default async function HelpResultsPage({ params }: PageProps<'/[lang]/help/[place]/[who]'>) {
  const { lang, place, who } = await params;
  if (!isUiLang(lang) || !PLACES.some(([p]) => p === place) || !(WHO as readonly string[]).includes(who)) notFound();
  return (
    <>
      <SiteHeader lang={lang} pathIn={(l) => routes.help(l, place, who)} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <HelpResults lang={lang} t={dict(lang)} place={place as Place} who={who as Who} />
      </main>
    </>
  );
}
