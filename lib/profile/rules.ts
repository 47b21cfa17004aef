/** Small pure checks shared by the schema, the loader and the pages. */
import 'server-only';

/** True for a YYYY-MM-DD string naming a day that exists (2023-02-29 does not). */
export function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for a time zone name the platform's ICU knows (IANA names such as Indian/Reunion). */
export function isValidTimeZone(value: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Folder names become permalinks: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/*
 * Untrusted text. Profiles come from many teams, so the loader refuses the
 * characters that let text pretend to be something else.
 */

/** Limits, shared by the schema (so docs/profile-fields.md shows them) and the loader. */
export const PROFILE_LIMITS = {
  /** Names, places, organisations: one line. */
  name: 200,
  /** Texts quoted from the team's document (as_written, note, address). */
  asWritten: 4000,
  /** One item of a short list (checklist). */
  item: 1000,
  url: 2000,
  /** RFC 5321: a path is at most 256 octets, so an address at most 254. */
  email: 254,
  /** The Markdown body, in UTF-8 bytes. */
  bodyBytes: 256 * 1024,
  /** The YAML frontmatter, in characters (checked before YAML parses it). */
  frontmatterChars: 256 * 1024,
  /** A whole profile.md, in bytes: refused before it is even decoded. */
  fileBytes: 8 * 1024 * 1024,
  /** Lists, block quotes, footnotes, emphasis and links inside each other in the body. */
  bodyNesting: 32,
} as const;

const CHARACTER_NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero width no-break space (byte order mark)',
};

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069): they reorder what a reader sees ("Trojan Source"), so they
 * are refused everywhere, frontmatter and body. The plain marks U+200E, U+200F
 * and U+061C stay allowed: right-to-left text needs them and they cannot
 * reorder a run of text.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * What a frontmatter string may not hold: the bidi controls above; C0 and C1
 * control characters except tab and line feed; zero-width and other invisible
 * format characters (U+200B–U+200D, U+2060, U+FEFF, U+2028/U+2029, U+FFF9–U+FFFB,
 * tag characters U+E0000–U+E007F); lone surrogates (only a YAML escape can make one).
 */
const FRONTMATTER_FORBIDDEN = /[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\u2028\u2029\uFFF9-\uFFFB]|[\u{E0000}-\u{E007F}]|\p{Cs}/u;

export type ForbiddenCharacter = { index: number; codePoint: number; description: string };

function describeCharacter(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CHARACTER_NAMES[codePoint];
  let kind: string;
  if (BIDI_CONTROLS.test(String.fromCodePoint(codePoint))) kind = 'an invisible bidirectional control that can reorder and disguise text';
  else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) kind = 'a control character';
  else if (codePoint >= 0xd800 && codePoint <= 0xdfff) kind = 'a lone surrogate (not a character)';
  else kind = 'an invisible character that can disguise a name or address';
  return `${hex}${name ? ` (${name})` : ''}, ${kind}`;
}

function firstMatch(value: string, pattern: RegExp): ForbiddenCharacter | null {
  const m = pattern.exec(value);
  if (!m) return null;
  const codePoint = m[0].codePointAt(0) ?? 0;
  return { index: m.index, codePoint, description: describeCharacter(codePoint) };
}

/** The first character a frontmatter string may not hold, or null. */
export function forbiddenFrontmatterCharacter(value: string): ForbiddenCharacter | null {
  return firstMatch(value, FRONTMATTER_FORBIDDEN);
}

/** The first bidi control of a Markdown body, or null. */
export function forbiddenBodyCharacter(value: string): ForbiddenCharacter | null {
  return firstMatch(value, BIDI_CONTROLS);
}

/** 1-based line of a character index. */
export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Why a URL field's value is refused, or null when it is acceptable:
 * an absolute https: (or, as a fallback, http:) URL with a host, no user name
 * or password, and no whitespace, backslash or control character that browsers
 * would silently drop or reinterpret.
 */
export function unsafeUrlReason(value: string): string | null {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1];
  if (scheme && !/^https?$/i.test(scheme)) return `expected an https: (or http:) URL, got a "${scheme.toLowerCase()}:" URL`;
  if (/[\s\\]/u.test(value)) return 'expected a URL without spaces, line breaks or backslashes';
  if (!/^https?:\/\/[^/?#]/i.test(value)) return 'expected an absolute URL such as https://example.org/page';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'expected an absolute URL such as https://example.org/page';
  }
  if (url.username || url.password || /^https?:\/\/[^/?#]*@/i.test(value)) return 'expected a URL without a user name or password (user:pass@)';
  if (!url.hostname) return 'expected a URL with a host name';
  return null;
}

/** `* * *`, `---`, `_____`: a thematic break, not a list or emphasis. */
const THEMATIC_BREAK = /^ {0,3}([*_-])( *\1){2,} *$/;

/**
 * A cheap, linear upper estimate of how deeply the blocks of a Markdown body
 * nest, run before any Markdown parser sees the text: a parser fed thousands
 * of nested lists or block quotes overflows its stack or runs for minutes.
 * Per line (outside fenced code): block quote markers, list markers and
 * footnote labels at the start of the line, plus indentation before a list
 * marker (every nested list level costs at least two columns). Returns the
 * first line over the limit, or null.
 */
export function estimateBlockNesting(body: string, limit: number): { line: number; depth: number } | null {
  const lines = body.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\t/g, '    ');
    if (!fence && THEMATIC_BREAK.test(raw)) continue;
    let rest = raw;
    let depth = 0;
    let indent = 0;
    for (;;) {
      const m = /^( *)(>|[-*+](?= |$)|\d{1,9}[.)](?= |$)|\[\^[^\]\s]{1,100}\]:)/.exec(rest);
      if (!m) break;
      if (m[2] !== '>') indent += m[1].length;
      depth++;
      rest = rest.slice(m[0].length);
      if (depth > limit * 4) return { line: i + 1, depth };
    }
    const trimmed = rest.trimStart();
    const fenceMark = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && !trimmed.slice(fenceMark.length).trim()) fence = null;
      continue;
    }
    if (fenceMark) fence = fenceMark;
    const estimate = depth + Math.floor(indent / 2);
    if (estimate > limit) return { line: i + 1, depth: estimate };
  }
  return null;
}

/**
 * A cheap check of inline delimiters before parsing: one run of more than
 * `limit` emphasis characters (`*`, `_`, `~`) or opening brackets could nest
 * that deep, and thousands of delimiters in one paragraph make emphasis
 * resolution slow. A paragraph here ends at a blank line or where a new block
 * starts (list item, heading, block quote, table row). Lines that are only a
 * thematic break (`* * *`, `_____`) are not runs. Returns the first offending
 * line, or null.
 */
export function estimateInlineNesting(body: string, limit: number, perParagraph = 1000): { line: number; what: string } | null {
  const lines = body.split('\n');
  // A maximal run of delimiters that touches text on at least one side (a run between spaces is literal).
  const longRun = new RegExp(`(?<=[^\\s*_~])[*_~]{${limit + 1},}(?![*_~])|(?<![*_~])[*_~]{${limit + 1},}(?=[^\\s*_~])|\\[{${limit + 1},}`);
  const blockStart = /^[ \t>]*(?:[-*+] |\d{1,9}[.)] |#{1,6}(?: |$)|\|)/;
  let count = 0;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || blockStart.test(line)) {
      count = 0;
      start = line.trim() ? i : i + 1;
      if (!line.trim()) continue;
    }
    if (THEMATIC_BREAK.test(line)) continue;
    const long = longRun.exec(line);
    if (long) return { line: i + 1, what: `a run of ${long[0].length} "${long[0][0]}" characters` };
    count += (line.match(/[*_~]+|\[/g) ?? []).length;
    if (count > perParagraph) return { line: start + 1, what: `a paragraph with more than ${perParagraph} emphasis delimiters and brackets` };
  }
  return null;
}
