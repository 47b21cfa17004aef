/**
 * Undoes the noise that PDF extraction leaves in a document before anything
 * is read from it: odd spaces, HTML and emphasis debris, stray symbols,
 * Cyrillic look-alike letters, page furniture, mixed bullet signs and lines
 * broken in the middle of a sentence. Each kind of repair is counted for the
 * report, so a maintainer knows what was changed.
 */
import { BULLET } from './text';

export type Cleaned = { text: string; repairs: string[] };

/** Cyrillic letters that extraction puts in Latin words ("Noм" -> "Nom"). */
const LOOKALIKES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', м: 'm', к: 'k', і: 'i', ј: 'j', ѕ: 's', т: 't', н: 'h',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I',
};

/** Symbols that carry no meaning in an RFC 2350 text: private-use glyphs, replacement characters, stray math signs. */
const STRAY = /[\uE000-\uF8FF\uFFFD\u2200-\u22FF\u2A00-\u2AFF\u25A1\u25AF]/g;

const SENTENCE_END = /[.:;!?»)\]]$/;

function count(repairs: Map<string, number>, what: string, n = 1): void {
  if (n > 0) repairs.set(what, (repairs.get(what) ?? 0) + n);
}

function fixLookalikes(line: string, repairs: Map<string, number>): string {
  return line.replace(/[\p{L}]+/gu, (word) => {
    if (!/[A-Za-z]/.test(word) || !/[\u0400-\u04FF]/.test(word)) return word;
    count(repairs, 'Cyrillic look-alike letters in Latin words replaced');
    return [...word].map((ch) => LOOKALIKES[ch] ?? ch).join('');
  });
}

/** Normalises one line's characters and bullet sign; nested "o" bullets keep their indentation. */
function cleanLine(raw: string, repairs: Map<string, number>): string {
  let line = raw.replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/[\u200B-\u200D\u2060\u00AD]/g, '');
  const before = line;
  line = line
    .replace(/<sup>\s*\d+\s*<\/sup>/gi, '')
    .replace(/<\/?(?:u|b|i|em|strong|span|sub|sup|br)\b[^>]*>/gi, '')
    .replace(/(?<=[\p{L}\d)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu, '')
    .replace(/^(\s*)[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*/u, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/^(\s*)\*([^*\s][^*]*?)\*(?=\s|$)/, '$1$2');
  if (line !== before) count(repairs, 'emphasis, underline and footnote markers removed');
  const stray = line.match(STRAY);
  if (stray) {
    count(repairs, `stray characters removed (${[...new Set(stray)].join(' ')})`, stray.length);
    line = line.replace(STRAY, '');
  }
  line = fixLookalikes(line, repairs);
  // Bullets: "•", "➤", ">", "o" … become "- "; doubled signs ("- ➤ Key ID") collapse.
  const m = /^(\s*)((?:(?:[-*•●◦▪■►➤➢→>]|o(?=\s))\s+)+)(.*)$/.exec(line);
  if (m && m[3].trim() && !/^\s*-{3,}\s*$/.test(line)) {
    const signs = m[2].trim().split(/\s+/);
    const nested = m[1].length >= 2 || signs.includes('o') || signs.includes('◦');
    const normalised = `${nested ? '  ' : ''}- ${m[3].trim()}`;
    if (normalised !== line.trimEnd()) count(repairs, 'bullet signs normalised to "-"');
    line = normalised;
  }
  return line.replace(/[ \t]+$/, '');
}

function isPageFurniture(line: string): boolean {
  const t = line.trim();
  return /^-{3,}$|^_{3,}$|^\*{3,}$/.test(t) || /^(?:page\s*)?\d{1,3}\s*(?:\/|sur|of|von|de)\s*\d{1,3}$/i.test(t) || /^-\s*\d{1,3}\s*-$/.test(t);
}

/**
 * Joins a line broken mid-sentence (PDF column wrapping) and words cut by a hyphen. In PDF text a
 * full-width line also continues onto a line that starts with a capital ("Example\nLtd").
 */
function joinBrokenLines(input: string[], repairs: Map<string, number>, pdf: boolean): string[] {
  const out: string[] = [];
  for (const line of input) {
    const prev = out[out.length - 1];
    const t = line.trim();
    if (prev !== undefined && prev.trim() && t && !BULLET.test(line) && !prev.includes('\t') && !line.includes('\t')) {
      const p = prev.trimEnd();
      if (/\p{Ll}-$/u.test(p) && /^\p{Ll}/u.test(t)) {
        out[out.length - 1] = p.slice(0, -1) + t;
        count(repairs, 'words cut by a hyphen at a line end rejoined');
        continue;
      }
      const wrapped = pdf && p.trim().length >= 60 && /^\p{Lu}\p{Ll}/u.test(t) && !/^\d/.test(t);
      if (!SENTENCE_END.test(p) && (/^[\p{Ll}(«]/u.test(t) || wrapped) && !/^#/.test(p) && !/^\s*\d+(\.\d+)*\.?\s/.test(p)) {
        out[out.length - 1] = `${p} ${t}`;
        count(repairs, 'lines broken mid-sentence rejoined');
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

/** Short lines repeated on many pages (running headers and footers). */
function runningLines(input: string[], min: number): Set<string> {
  const seen = new Map<string, number>();
  for (const l of input) {
    const t = l.trim();
    // URLs, addresses and numbers are facts a document may well repeat; never drop them.
    if (t.length < 12 || t.length > 100 || BULLET.test(t) || t.startsWith('#') || /https?:|@|\d{2}[ .]?\d{2}[ .]?\d{2}/.test(t)) continue;
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return new Set([...seen].filter(([t, n]) => n >= min && !/:$/.test(t)).map(([t]) => t));
}

/** `pages`: the PDF's page count; running headers and footers are only looked for in PDF text. */
export function cleanText(input: string, options: { pages?: number } = {}): Cleaned {
  const repairs = new Map<string, number>();
  let rows = input.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n').split('\n').map((l) => cleanLine(l, repairs));
  const furniture = rows.filter(isPageFurniture).length;
  rows = rows.map((l) => (isPageFurniture(l) ? '' : l));
  count(repairs, 'page rules and page numbers dropped', furniture);
  const running = options.pages && options.pages > 2 ? runningLines(rows, Math.max(3, Math.ceil(options.pages / 2))) : new Set<string>();
  if (running.size) {
    const before = rows.length;
    rows = rows.filter((l) => !running.has(l.trim()));
    count(repairs, `running header/footer lines dropped (${[...running].map((r) => `"${r}"`).join(', ')})`, before - rows.length);
  }
  rows = joinBrokenLines(rows, repairs, Boolean(options.pages));
  const text = rows.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
  return { text, repairs: [...repairs].map(([what, n]) => `${what}: ${n}`) };
}
