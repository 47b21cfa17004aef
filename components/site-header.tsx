import { routes } from '@/lib/site/routes';
import Link from 'next/link';
import { dict } from '@/lib/i18n';
import { otherUiLang, type UiLang } from '@/lib/i18n/ui-lang';

type Props = {
  lang: UiLang;
  /** This page's path in a language, e.g. (l) => teamPath(l, slug): the switch links to it in the other language. */
  pathIn: (lang: UiLang) => string;
};

/** Site name and the language switch, which keeps the reader on the same page. */
export function SiteHeader({ lang, pathIn }: Props) {
  const t = dict(lang);
  const other = otherUiLang(lang);
  return (
    <header className="no-print border-b border-gray-300 bg-white dark:border-gray-700 dark:bg-gray-950">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link prefetch={false} href={routes.home(lang)} className="text-lg font-bold tracking-tight">
          {t.siteName}
        </Link>
        <nav aria-label={t.siteName} className="flex items-center gap-3">
        <Link prefetch={false} href={routes.help(lang)} className="text-sm font-bold text-red-800 underline-offset-2 hover:underline dark:text-red-300">
          {t.helpNav}
        </Link>
        <Link prefetch={false} href={routes.verify(lang)} className="text-sm font-medium underline-offset-2 hover:underline">
          {t.verifyNav}
        </Link>
        {/* A plain link, not next/link: the search rewrites its href to keep the query (components/search). */}
        <a
          href={pathIn(other)}
          hrefLang={other}
          lang={other}
          className="rounded border border-gray-400 px-3 py-1 text-sm font-medium hover:bg-gray-100 dark:hover:bg-gray-800"
          data-testid="language-switch"
        >
          <span aria-hidden="true">{dict(lang).switchLanguageShort} · </span>
          {dict(lang).switchLanguage}
        </a>
        </nav>
      </div>
    </header>
  );
}
