/**
 * UI strings in French and English, for server components and build scripts.
 * Team content is never translated: it stays in the team's own language.
 * Client islands must not import this module (every byte of an island ships
 * to every reader): the page passes them the strings they render.
 */
import { UI_LANGS, isUiLang, otherUiLang, type UiLang } from '../ui-lang';
import { fr, type Dictionary } from './fr';
import { en } from './en';

export type { Dictionary };

/** @deprecated transitional aliases; use the names from '@/lib/ui-lang'. */
export const LANGS = UI_LANGS;
export type Lang = UiLang;
export const isLang = isUiLang;
export const otherLang = otherUiLang;

const dictionaries: Record<UiLang, Dictionary> = { fr, en };

export function dict(lang: UiLang): Dictionary {
  return dictionaries[lang];
}

export { formatDate } from '../format-date';
