import { routes } from '@/lib/site/routes';
import Link from 'next/link';
import { UI_LANGS, dict } from '@/lib/i18n';

type Props = {
  heading: 'siteName' | 'notFoundTitle';
  text: 'siteTagline' | 'notFoundText';
  cta: 'rootChoose' | 'backHome';
  /** The 404 page also offers the help flow and the search, in each language. */
  withHelpAndSearch?: boolean;
};

/**
 * The same message in both languages with a link into each: used where the
 * reader's language is not known yet (the site root and the 404 page).
 * No server redirect and no script: a static host serves it as it is.
 */
export function BilingualChoice({ heading, text, cta, withHelpAndSearch = false }: Props) {
  return (
    <main id="main" className="mx-auto grid max-w-4xl gap-6 px-4 py-10 sm:grid-cols-2">
      {UI_LANGS.map((lang) => {
        const t = dict(lang);
        return (
          <section key={lang} lang={lang} className="rounded-lg border border-gray-300 bg-white p-6 dark:border-gray-700 dark:bg-gray-900">
            <h1 className="text-2xl font-bold">{t[heading]}</h1>
            <p className="mt-2">{t[text]}</p>
            <p className="mt-4">
              <Link href={routes.home(lang)} hrefLang={lang} className="inline-block rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800" data-testid={`enter-${lang}`}>
                {t.langName} — {t[cta]}
              </Link>
            </p>
            {withHelpAndSearch && (
              <>
                <p className="mt-4">
                  <a href={routes.help(lang)} className="flex min-h-12 items-center justify-center rounded-lg bg-red-700 px-4 py-2 text-center font-bold text-white hover:bg-red-800" data-testid={`help-${lang}`}>
                    {t.helpCta}
                  </a>
                </p>
                {/* A plain GET form: the home page's search reads ?q= (and shows the full list without JavaScript). */}
                <form action={routes.home(lang)} method="get" role="search" aria-label={t.search.label} className="mt-4">
                  <label htmlFor={`q-${lang}`} className="block font-medium">{t.search.label}</label>
                  <div className="mt-1 flex gap-2">
                    <input id={`q-${lang}`} name="q" type="search" className="min-h-11 w-full rounded border border-gray-500 bg-white px-2 dark:bg-gray-900" />
                    <button type="submit" className="min-h-11 rounded border border-gray-500 px-3 font-medium">{t.searchSubmit}</button>
                  </div>
                </form>
              </>
            )}
          </section>
        );
      })}
    </main>
  );
}
