/** Words for the help pages' answers, in the reader's language. */
import { dict, type UiLang } from '../i18n/index';
import { placeName, type Place } from './match';

export function placeLabel(place: Place, lang: UiLang): string {
  const t = dict(lang);
  return placeName(place) ?? (place === 'abroad' ? t.placeAbroad : t.placeFrance);
}
