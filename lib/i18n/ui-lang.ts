/**
 * The site's UI languages, without any strings: browser islands, the
 * verification engine's explanations and the build all import the language
 * type from here, so no dictionary rides along with it.
 */
export const UI_LANGS = ['fr', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export function isUiLang(value: string): value is UiLang {
  return (UI_LANGS as readonly string[]).includes(value);
}

export function otherUiLang(lang: UiLang): UiLang {
  return lang === 'fr' ? 'en' : 'fr';
}
