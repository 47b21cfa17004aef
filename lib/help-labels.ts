/** Words for the help pages' answers, in the reader's language. */
import { dict, type UiLang } from './i18n';
import { placeName, type Place } from './help';

export function placeLabel(place: Place, lang: UiLang): string {
  const t = dict(lang);
  return placeName(place) ?? (place === 'abroad' ? t.placeAbroad : t.placeFrance);
}
