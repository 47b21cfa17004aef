/**
 * Recognises one line as a heading candidate: Markdown "#" lines, numbers in
 * front ("2.3 Fuseau horaire", "1. INFORMATION") or behind the title
 * ("MISSIONS 3.1."), letter items ("a. Tests"), and unnumbered capitalised
 * titles. Whether a candidate really is a section is decided by the section
 * finder, which knows where in the outline the document is.
 */
import { fold } from './text';

export type Candidate = {
  /** Markdown level (1 for "#"), when the line was a Markdown heading. */
  markdown?: number;
  /** The number as printed, without trailing dot ("3.1"); undefined for unnumbered titles. */
  number?: string;
  /** The letter of "a. Title" items. */
  letter?: string;
  numberBehind?: boolean;
  title: string;
  /** Every letter of the title is a capital. */
  caps: boolean;
  /** Text after "Title:" on the heading's own line ("2.4. Telephone Number: +34 …"): the start of the section's body. */
  rest?: string;
};

const STREET = /^(rue|avenue|av|boulevard|bd|place|chemin|all[ée]e|impasse|route|quai|cours|street|st|road|rd|str|stra(ss|ß)e|calle|avda|avenida|plaza|paseo|bp|cs|cedex)\b/i;

function isCaps(title: string): boolean {
  const letters = title.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A plausible heading title: short, starts with a letter, not a sentence, not a street line. */
function titleLike(title: string): boolean {
  const t = title.trim();
  if (!t || t.length > 90 || !/^[\p{L}«"']/u.test(t)) return false;
  if (/[;,]$/.test(t) || t.split(/\s+/).length > 12) return false;
  if (STREET.test(t) || /@|https?:/.test(t)) return false;
  return true;
}

export function headingCandidate(line: string, standalone: boolean): Candidate | undefined {
  let t = line.trim();
  let markdown: number | undefined;
  const md = /^(#{1,6})\s+(.*)$/.exec(t);
  if (md) {
    markdown = md[1].length;
    t = md[2].replace(/\s+#+\s*$/, '').trim();
    if (!t) return undefined;
  } else if (line.includes('\t') || /^\s*-\s/.test(line)) {
    return undefined;
  }
  t = t.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();

  const front = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)\s+(.+)$/.exec(t);
  // "2.4. Telephone Number: +34 963 985 300": a short title, a colon, then the section's text on the same line.
  const inline = front && (front[1].includes('.') || front[2]) ? /^([^:]{3,60}?):\s+(\S.*)$/.exec(front[3]) : null;
  if (inline && titleLike(inline[1]) && inline[1].trim().split(/\s+/).length <= 6 && !/^\d{1,2}(?:\.\d{1,2})*\.?\s/.test(inline[2])) {
    const title = inline[1].trim();
    return { markdown, number: front![1], title, caps: isCaps(title), rest: inline[2] };
  }
  if (front && titleLike(front[3]) && !/^\d{1,2}\.\d{1,2}$/.test(t)) {
    const title = front[3].replace(/[.:]\s*$/, '').trim();
    // "1 Rue …" is an address line, "1.0 …" a version: a bare number needs a heading-like title.
    if (front[1].includes('.') || front[2] || markdown || isCaps(title) || (standalone && title.split(/\s+/).length <= 8)) {
      return { markdown, number: front[1], title, caps: isCaps(title) };
    }
  }
  const behind = /^(.+?)\s+(\d{1,2}(?:\.\d{1,2}){1,3})\.?$/.exec(t);
  if (behind && titleLike(behind[1]) && (isCaps(behind[1]) || markdown)) {
    return { markdown, number: behind[2], numberBehind: true, title: behind[1].trim(), caps: isCaps(behind[1]) };
  }
  const letter = /^([a-z])[.)]\s+(.+)$/.exec(t);
  if (letter && titleLike(letter[2]) && !/[.:]$/.test(letter[2]) && (standalone || markdown)) {
    return { markdown, letter: letter[1], title: letter[2].trim(), caps: isCaps(letter[2]) };
  }
  if (!titleLike(t)) return undefined;
  if (!markdown && (!standalone || /[.:!?]$/.test(t) || t.includes(': '))) return undefined;
  return { markdown, title: t.replace(/[:]$/, '').trim(), caps: isCaps(t) };
}

/** "2.10" -> [2, 10] */
export function numberParts(number: string): number[] {
  return number.split('.').map(Number);
}

/** Words a heading can never be: running labels such as "Version 1.0" or "Page 3". */
export function isLabel(title: string): boolean {
  return /^(version|page|v)\b/.test(fold(title)) && /\d/.test(title);
}
