/**
 * The text rules of vCard 4.0 (RFC 6350 section 3), with no knowledge of
 * teams: value escaping, parameter quoting, content lines, folding.
 *
 * Why a small writer of our own: the vCard packages on npm either fold lines
 * by UTF-16 code units (which can cut a multi-byte character in two, and is
 * not the 75-octet rule) or target vCard 3.0. These rules are short, and
 * tests/exports.test.ts parses every card with ical.js, an independent parser.
 */
import 'server-only';

/** Parameters of a content line; a list is a multi-valued parameter (TYPE=work,voice). */
export type Params = Record<string, string | readonly string[] | undefined>;

/** Characters a vCard cannot carry: C0 controls other than line ends, and DEL. */
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * One TEXT value (section 3.4): backslash, comma and line ends escaped. A
 * semicolon stays as it is: the ABNF of a text value has no "\\;" (ical.js
 * would keep the backslash), only components of structured values escape it.
 */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** One component of a structured value (N, ADR, ORG): as TEXT, and ";" escaped too. */
export function escapeComponent(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

/** A structured value: components joined by ";", each escaped; a list component joined by ",". */
export function structured(components: readonly (string | readonly string[] | undefined)[]): string {
  return components.map((c) => (c === undefined ? '' : typeof c === 'string' ? escapeComponent(c) : c.map(escapeComponent).join(','))).join(';');
}

/**
 * A parameter value: RFC 6868 caret encoding (^^, ^n, ^') for the characters
 * a parameter cannot hold, and double quotes when it contains : ; or ,.
 */
export function paramValue(value: string): string {
  const encoded = value
    .replace(CONTROL, '')
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'");
  return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}

/** `NAME;P1=v1;P2=v2:value`, unfolded; `value` must already be escaped as its type requires. */
export function contentLine(name: string, params: Params, value: string): string {
  const list = Object.entries(params)
    .filter((entry): entry is [string, string | readonly string[]] => entry[1] !== undefined)
    .map(([key, v]) => `;${key}=${typeof v === 'string' ? paramValue(v) : v.map(paramValue).join(',')}`)
    .join('');
  return `${name}${list}:${value}`;
}

const encoder = new TextEncoder();

/**
 * Folds a content line so that no physical line exceeds 75 octets (section
 * 3.2): each continuation starts with one space, which counts toward its 75.
 * Breaks fall between characters, never inside a UTF-8 sequence or a
 * surrogate pair.
 */
export function foldVcardLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** A whole vCard 4.0 from content lines: BEGIN, VERSION, the lines, END, each folded, CRLF line ends. */
export function vcard(lines: readonly string[]): string {
  return ['BEGIN:VCARD', 'VERSION:4.0', ...lines, 'END:VCARD'].map(foldVcardLine).join('\r\n') + '\r\n';
}
