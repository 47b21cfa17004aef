/**
 * UI strings in French and English, for server components and build scripts.
 * Team content is never translated: it stays in the team's own language.
 * Client islands must not import this module (every byte of an island ships
 * to every reader): the page passes them the strings they render.
 */
import { UI_LANGS, isUiLang, otherUiLang, type UiLang } from './ui-lang';
import { fr, type Dictionary } from './fr';
import { en } from './en';

export type { Dictionary };

export { UI_LANGS, isUiLang, otherUiLang, type UiLang };

const dictionaries: Record<UiLang, Dictionary> = { fr, en };

export function dict(lang: UiLang): Dictionary {
  return dictionaries[lang];
}

export { formatDate } from './format-date';
