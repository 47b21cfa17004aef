import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { verifyFormStrings } from '@/lib/verify/strings';
import { VerifyForm } from '@/components/verify/verify-form.client';
import { dict } from '@/lib/i18n';
import { isUiLang } from '@/lib/i18n/ui-lang';

export async function generateMetadata({ params }: PageProps<'/[lang]/verify'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: dict(isUiLang(lang) ? lang : 'en').verifyTitle };
}

/** Check any document and signature against the directory's keys, in the browser. */
export default async function VerifyPage({ params }: PageProps<'/[lang]/verify'>) {
  const { lang } = await params;
  if (!isUiLang(lang)) notFound();
  const t = dict(lang);
  return (
    <>
      <SiteHeader lang={lang} pathIn={(l) => `/${l}/verify/`} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold sm:text-3xl">{t.verifyTitle}</h1>
        <p className="mt-2">{t.verifyIntro}</p>
        <p className="mt-2 font-semibold" data-testid="privacy">{t.verifyPrivacy}</p>
        <noscript><p className="mt-4 rounded border-2 border-amber-600 p-3 font-semibold">{t.verifyNeedsJs}</p></noscript>
        <VerifyForm lang={lang} strings={verifyFormStrings(lang)} />
        <section aria-labelledby="proves-heading" className="mt-8">
          <h2 id="proves-heading" className="text-xl font-bold">{t.whatItProves}</h2>
          <p className="mt-2">{t.whatItProvesText}</p>
        </section>
      </main>
    </>
  );
}
