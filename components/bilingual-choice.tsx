import Link from 'next/link';
import { LANGS, dict } from '@/lib/i18n';

type Props = { heading: 'siteName' | 'notFoundTitle'; text: 'siteTagline' | 'notFoundText'; cta: 'rootChoose' | 'backHome' };

/**
 * The same message in both languages with a link into each: used where the
 * reader's language is not known yet (the site root and the 404 page).
 * No server redirect and no script: a static host serves it as it is.
 */
export function BilingualChoice({ heading, text, cta }: Props) {
  return (
    <main id="main" className="mx-auto grid max-w-4xl gap-6 px-4 py-10 sm:grid-cols-2">
      {LANGS.map((lang) => {
        const t = dict(lang);
        return (
          <section key={lang} lang={lang} className="rounded-lg border border-gray-300 bg-white p-6 dark:border-gray-700 dark:bg-gray-900">
            <h1 className="text-2xl font-bold">{t[heading]}</h1>
            <p className="mt-2">{t[text]}</p>
            <p className="mt-4">
              <Link href={`/${lang}/`} hrefLang={lang} className="inline-block rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800" data-testid={`enter-${lang}`}>
                {t.langName} — {t[cta]}
              </Link>
            </p>
          </section>
        );
      })}
    </main>
  );
}
