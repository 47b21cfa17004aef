/**
 * Build time: what libphonenumber knows of a listed number that a reader needs,
 * such as a freephone number (French 08 00…) that may not be reachable from
 * abroad. Uses the library's full metadata, so it stays out of the browser.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export function isFreephone(e164: string): boolean {
  return parsePhoneNumberFromString(e164)?.getType() === 'TOLL_FREE';
}
