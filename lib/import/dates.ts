/**
 * Dates and versions as documents print them: 23/10/2023, 20/01/24,
 * 2023-01-20, 20-01-2023, "January 17, 2023", "17 janvier 2023",
 * "17. Januar 2023", "17 de enero de 2023"; versions "1.0", "V0.1",
 * "Version : 1.0". Only real calendar days are returned.
 */
import 'server-only';
import { foldInPlace } from '@/lib/text/fold';
import { isRealIsoDate } from '../profile/rules';

export type FoundDate = { iso: string; written: string; index: number };

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  januar: 1, februar: 2, marz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | undefined {
  const year = y < 100 ? 2000 + y : y;
  const value = `${year}-${pad(m)}-${pad(d)}`;
  return year >= 1990 && year <= 2100 && isRealIsoDate(value) ? value : undefined;
}

/** Every date in a text, in order of appearance. Day-first for numeric dates (European documents). */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const push = (value: string | undefined, written: string, index: number) => {
    if (value && !found.some((f) => f.index === index)) found.push({ iso: value, written, index });
  };
  for (const m of text.matchAll(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g)) push(iso(+m[1], +m[2], +m[3]), m[0], m.index!);
  for (const m of text.matchAll(/(?<![\d.\/-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d\/-])/g)) push(iso(+m[3], +m[2], +m[1]), m[0], m.index!);
  // Accents dropped letter by letter, so indices still point into the original text.
  const folded = foldInPlace(text);
  for (const m of folded.matchAll(new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(${MONTH_WORDS})\\.?\\s+(?:de\\s+)?(\\d{4})\\b`, 'g'))) {
    push(iso(+m[3], MONTHS[m[2]], +m[1]), text.slice(m.index!, m.index! + m[0].length), m.index!);
  }
  for (const m of folded.matchAll(new RegExp(`\\b(${MONTH_WORDS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'))) {
    push(iso(+m[3], MONTHS[m[1]], +m[2]), text.slice(m.index!, m.index! + m[0].length), m.index!);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The version printed on a line: "Version : 1.0", "version 1.0", "V0.1", "v2". */
export function findVersion(raw: string): string | undefined {
  const line = raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const m = /\bversion\s*(?:n[°o]\.?\s*)?[:\-]?\s*v?(\d+(?:\.\d+){0,2})\b/i.exec(line) ?? /(?<![\w.])v\.?\s?(\d+(?:\.\d+){1,2})\b/i.exec(line);
  return m?.[1];
}
