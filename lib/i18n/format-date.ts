/** Dates written for people in the UI language. Browser-safe: pages and islands share it. */
import type { UiLang } from './ui-lang';

/** A date string YYYY-MM-DD (or an ISO instant, whose day is taken) in the UI language, without time-zone drift: "1 March 2025", "1 mars 2025". */
export function formatDate(iso: string, lang: UiLang): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
