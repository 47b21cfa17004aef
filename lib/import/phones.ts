/**
 * Telephone and fax: finds numbers in the contact sections, normalises them
 * to E.164 with libphonenumber-js (the seat's country as default), keeps the
 * printed form for display, and recognises "not public" and "none" wordings,
 * which are facts the page shows too.
 */
import type { PhoneUse } from './profile-types';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Report } from './report';
import type { Outline } from './sections';
import { keyText } from './lookup';
import { fold, plain, sentences, squash } from './text';

export type { PhoneUse };
export type Phone = { e164: string; display: string; use: PhoneUse; note?: string };
export type Channel = { status: 'public' | 'not-public' | 'none'; numbers: Phone[]; note?: string };

const NUMBER = /(?<![\w@/.])(?:\+\s*)*\+?\(?\d[\d\s().\/-]{6,22}\d(?![\w@])/g;
const NONE = /(non applicable|not applicable|sans objet|aucun|none|no fax|pas de|non disponible|not available|n\/a|nicht vorhanden|keine|no aplica|ninguno|no disponible|^-$)/;
const WITHHELD = /(communique|partage|shared|contrat|contract|convention|clients?|customers?|not public|non public|sur demande|on request|constituants|members|membres|auf anfrage|nicht offentlich|bajo peticion|no public)/;
const EMERGENCY = /(urgen|emergenc|astreinte|24\s*\/\s*7|24\s*h|notfall|urgencia|on-call|hotline|permanence)/;

/** The document's number candidates with the sentence they sit in. */
function numbersIn(text: string): { raw: string; context: string }[] {
  const out: { raw: string; context: string }[] = [];
  for (const sentence of sentences(plain(text))) {
    for (const m of sentence.matchAll(NUMBER)) {
      const raw = m[0].trim();
      const digits = raw.replace(/\D/g, '');
      if (digits.length < 8 || digits.length > 15) continue;
      if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(raw) || /^\d{4}-\d{2}-\d{2}$/.test(raw)) continue; // a date
      out.push({ raw, context: fold(sentence) });
    }
  }
  return out;
}

/** "+ +33 1 84 19 07 27" -> "+33 1 84 19 07 27": a doubled plus sign is extraction noise. */
function displayForm(raw: string): string {
  return raw.replace(/^(?:\+\s+)+(?=\+)/, '').replace(/\s+/g, ' ').trim();
}

export function normalisePhone(raw: string, country: string | undefined): string | undefined {
  const cleaned = displayForm(raw).replace(/^00(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(cleaned, (country as CountryCode) || undefined);
  return parsed && parsed.isValid() ? parsed.number : undefined;
}

function channel(outline: Outline, sectionKeys: ('phone' | 'fax' | 'points-of-contact' | 'hours')[], field: 'telephone' | 'fax', country: string | undefined, report: Report): Channel | undefined {
  const own = keyText(outline, sectionKeys[0]);
  const numbers: Phone[] = [];
  for (const key of sectionKeys) {
    for (const { raw, context } of numbersIn(keyText(outline, key))) {
      const display = displayForm(raw);
      if (display !== raw.replace(/\s+/g, ' ').trim()) report.warn(`${field}.numbers`, `printed "${raw}"; displayed as "${display}"`);
      const e164 = normalisePhone(raw, country);
      if (!e164) {
        report.warn(`${field}.numbers`, `cannot normalise "${raw}" to E.164; left out of the draft`);
        continue;
      }
      if (numbers.some((n) => n.e164 === e164)) continue;
      const use: PhoneUse = /(reserv|clients? uniquement|customers? only|nur fur kunden|solo clientes)/.test(context) ? 'customers-only' : key !== sectionKeys[0] && EMERGENCY.test(context) ? 'emergency' : 'main';
      numbers.push({ e164, display, use });
      report.found(`${field}.numbers`, `${e164} (${display}, ${use})`, key === sectionKeys[0] ? undefined : `from the ${key} section`);
    }
  }
  if (numbers.length) return { status: 'public', numbers };
  if (!own) {
    report.missing(field, `no ${field} section`);
    return undefined;
  }
  const note = squash(plain(own).replace(/^-\s*/gm, ''));
  const folded = fold(own);
  if (NONE.test(folded) && !/\d{6,}/.test(own)) {
    report.found(field, `none ("${note}")`);
    return { status: 'none', numbers: [], note };
  }
  if (WITHHELD.test(folded)) {
    report.found(field, `not-public ("${note}")`);
    return { status: 'not-public', numbers: [], note };
  }
  report.missing(field, `the section says "${note.slice(0, 80)}", which holds no number the importer can read`);
  return undefined;
}

export function extractTelephone(outline: Outline, country: string | undefined, report: Report): Channel | undefined {
  return channel(outline, ['phone', 'points-of-contact', 'hours'], 'telephone', country, report);
}

export function extractFax(outline: Outline, country: string | undefined, report: Report): Channel | undefined {
  return channel(outline, ['fax'], 'fax', country, report);
}
