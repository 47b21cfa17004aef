/**
 * Operating hours: reads "de 9h à 18h du lundi au vendredi", "from 8 a.m. to
 * 7 p.m. from Monday to Friday", "Montag bis Freitag 9:00–17:00 Uhr", "de lunes
 * a viernes de 9:00 a 18:00" into days and HH:MM, notices public-holiday
 * exceptions, and recognises 24/7 or on-call arrangements with their channel
 * and audience. Nothing is filled in that the sentence does not say.
 */
import { DAYS as DAY_CODES } from '../profile/vocabulary';
import type { Day } from './profile-types';
import type { Report } from './report';
import type { Outline } from './sections';
import { keyText, sectionByKey } from './lookup';
import { fold, plain, sentences, squash } from './text';

const DAYS: readonly Day[] = DAY_CODES;
const DAY_WORDS: Record<string, Day> = {
  monday: 'mon', tuesday: 'tue', wednesday: 'wed', thursday: 'thu', friday: 'fri', saturday: 'sat', sunday: 'sun',
  lundi: 'mon', mardi: 'tue', mercredi: 'wed', jeudi: 'thu', vendredi: 'fri', samedi: 'sat', dimanche: 'sun',
  montag: 'mon', dienstag: 'tue', mittwoch: 'wed', donnerstag: 'thu', freitag: 'fri', samstag: 'sat', sonntag: 'sun',
  lunes: 'mon', martes: 'tue', miercoles: 'wed', jueves: 'thu', viernes: 'fri', sabado: 'sat', domingo: 'sun',
  mon: 'mon', tue: 'tue', wed: 'wed', thu: 'thu', fri: 'fri', sat: 'sat', sun: 'sun',
  lun: 'mon', mar: 'tue', mer: 'wed', jeu: 'thu', ven: 'fri', sam: 'sat', dim: 'sun',
};
const DAY = Object.keys(DAY_WORDS).sort((a, b) => b.length - a.length).join('|');
const TIME = String.raw`(\d{1,2})(?:\s*(?:h|:|\.)\s*(\d{2})?|\s*h)?\s*(a\.?\s?m\.?|p\.?\s?m\.?|uhr)?`;
const TIME_RANGE = new RegExp(String.raw`\b${TIME}\s*(?:a|à|to|bis|until|till|-|–|—|et|and|y)\s*${TIME}`, 'gi');
const DAY_RANGE = new RegExp(String.raw`\b(${DAY})\.?\s*(?:au|a|à|to|bis|through|thru|-|–|—|al)\s*(${DAY})\b`);
const WEEKDAYS = /(jours? ouvr[ea]s|jours? ouvrables|business days|working days|weekdays|werktag|werktags|arbeitstag|dias laborables|dias habiles)/;
const HOLIDAYS = /(feries|public holidays|bank holidays|holidays|feiertag|festivos|jours feries)/;
const ROUND = /(24\s*h?\s*\/\s*24|24\s*\/\s*7|24\s*x\s*7|24\s*h\s*sur\s*24|7\s*j?\s*\/\s*7|7\s*jours?\s*sur\s*7|around the clock|round the clock|rund um die uhr|24 horas|astreinte|on-call|on call|bereitschaft|permanence|guardia)/;

export type Schedule = { days: Day[]; open: string; close: string };
export type AroundTheClock = { kind: 'service' | 'on-call' | 'qualification'; channels: ('phone' | 'email')[]; as_written: string };
/** A condition the hours sentences state, scoped to what it limits (the profile's conditions[]). */
export type HoursCondition = { code: 'except-public-holidays' | 'customers-only'; applies_to: ('hours' | 'around-the-clock')[]; as_written: string };
export type HoursFacts = { schedule: Schedule[]; as_written?: string; around_the_clock?: AroundTheClock; conditions: HoursCondition[] };

const ON_CALL = /(astreinte|on-call|on call|bereitschaft|guardia)/;
const QUALIFICATION = /qualif/;
const CUSTOMERS = /(client|customer|kunde|cliente|souscri|subscri|contrat|contract)/;
const RESERVED_NEAR = /(reserv|uniquement|only|nur|solo).{0,40}(client|customer|kunde|cliente)|(client|customer|kunde|cliente).{0,40}(reserv|uniquement|only|nur|solo)/;

function hhmm(hour: string, minutes: string | undefined, ampm: string | undefined): string | undefined {
  let h = Number(hour);
  const m = minutes ? Number(minutes) : 0;
  const suffix = (ampm ?? '').replace(/[\s.]/g, '').toLowerCase();
  if (suffix === 'pm' && h < 12) h += 12;
  if (suffix === 'am' && h === 12) h = 0;
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Days and times in one sentence, or undefined when it does not give both. */
export function parseSchedule(sentence: string): Schedule | undefined {
  const text = fold(sentence);
  let open: string | undefined;
  let close: string | undefined;
  for (const t of text.matchAll(TIME_RANGE)) {
    // A bare "24 et 7" is not a time; require an h, a colon, a.m./p.m. or Uhr on one side.
    if (!(t[2] || t[3] || t[5] || t[6]) && !/\d\s*h|\d:\d/.test(t[0])) continue;
    open = hhmm(t[1], t[2], t[3]);
    close = hhmm(t[4], t[5], t[6]);
    if (open && close && open < close) break;
    open = close = undefined;
  }
  if (!open || !close) return undefined;
  let days: Day[] | undefined;
  const d = DAY_RANGE.exec(text);
  if (d) {
    const [from, to] = [DAYS.indexOf(DAY_WORDS[d[1]]), DAYS.indexOf(DAY_WORDS[d[2]])];
    if (from <= to) days = DAYS.slice(from, to + 1);
  } else if (WEEKDAYS.test(text)) days = DAYS.slice(0, 5);
  return days ? { days, open, close } : undefined;
}

function channelsOf(text: string): ('phone' | 'email')[] {
  const out: ('phone' | 'email')[] = [];
  if (/(telephon|phone|numero|number|telefon|hotline|\+\d)/.test(text)) out.push('phone');
  if (/(e-?mail|courriel|@|correo|messagerie)/.test(text)) out.push('email');
  return out;
}

export function extractHours(outline: Outline, report: Report): HoursFacts | undefined {
  const keys = ['hours', 'points-of-contact', 'phone', 'other-info', 'incident-types'] as const;
  const facts: HoursFacts = { schedule: [], conditions: [] };
  const condition = (c: HoursCondition) => {
    if (!facts.conditions.some((x) => x.code === c.code && x.applies_to.join() === c.applies_to.join())) facts.conditions.push(c);
  };
  const said: string[] = [];
  for (const key of keys) {
    const all = sentences(plain(keyText(outline, key)));
    // "Points de contact avec les clients": everything in the section is addressed to customers.
    const forCustomers = /(client|customer|kunde|cliente)/.test(fold(sectionByKey(outline, key)?.title ?? ''));
    all.forEach((sentence, i) => {
      const s = parseSchedule(sentence);
      if (s && !facts.schedule.some((x) => x.open === s.open && x.close === s.close && x.days.join() === s.days.join())) {
        facts.schedule.push(s);
        said.push(squash(sentence));
        if (HOLIDAYS.test(fold(sentence))) {
          condition({ code: 'except-public-holidays', applies_to: ['hours'], as_written: squash(sentence) });
          report.found('conditions', 'except-public-holidays (hours)', `"${squash(sentence)}"`);
        }
        report.found('hours.schedule', `${s.days.join(',')} ${s.open}-${s.close}`, `"${squash(sentence)}"`);
      }
      const folded = fold(sentence);
      if (!facts.around_the_clock && ROUND.test(folded) && key !== 'incident-types') {
        const near = [all[i - 1], all[i + 1]].filter(Boolean).map(fold).join(' ');
        let channels = channelsOf(folded);
        if (!channels.length) channels = channelsOf(near);
        const asWritten = squash(sentence);
        const kind = QUALIFICATION.test(folded) ? 'qualification' : ON_CALL.test(folded) ? 'on-call' : 'service';
        if (!channels.length) report.warn('hours.around_the_clock.channels', `"${asWritten}" describes a 24/7 arrangement but names no channel; none is claimed`);
        facts.around_the_clock = { kind, channels, as_written: asWritten };
        report.inferred('hours.around_the_clock', `${kind}${channels.length ? ` by ${channels.join('+')}` : ', no channel named'}`, `"${asWritten}"`);
        // Who it is for: only when a sentence says so (this one, a neighbour saying "reserved to customers", or a section for customers).
        const nearSentence = [all[i - 1], all[i + 1]].find((x) => x && RESERVED_NEAR.test(fold(x)));
        const customersQuote = CUSTOMERS.test(folded) ? asWritten : nearSentence ? squash(nearSentence) : forCustomers ? asWritten : undefined;
        if (customersQuote) {
          condition({ code: 'customers-only', applies_to: ['around-the-clock'], as_written: customersQuote });
          report.inferred('conditions', 'customers-only (around-the-clock)', `"${customersQuote}"`);
        }
        if (HOLIDAYS.test(folded)) {
          condition({ code: 'except-public-holidays', applies_to: ['around-the-clock'], as_written: asWritten });
          report.found('conditions', 'except-public-holidays (around-the-clock)', `"${asWritten}"`);
        }
      }
    });
  }
  if (said.length) facts.as_written = said.join(' ');
  if (!facts.schedule.length) report.missing('hours.schedule', 'no days with opening and closing times');
  if (!facts.schedule.length && !facts.around_the_clock) return undefined;
  return facts;
}
