/**
 * Finds and removes a document's table of contents. Its entries repeat the
 * section titles (with dotted leaders, tabs and page numbers), and left in
 * place they would be read as empty sections before the real ones.
 */
import { TOC_TITLE } from './outline';
import { fold } from './text';

/** A line that looks like a table-of-contents entry: dotted leader, tab layout, or a trailing page number. */
export function isTocEntry(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  return /(\.\s?){4,}|…{2,}|_{4,}/.test(t) || /\t/.test(line) || (t.length < 90 && /\S\s+(\d{1,3}|[ivx]{1,4})$/i.test(t) && !/[,;:]\s*\d+$/.test(t));
}

function looksLikeToc(entries: string[]): boolean {
  const structured = entries.filter((l) => /(\.\s?){4,}|…{2,}/.test(l) || /^\s*\d+(\.\d+)*\.?\s/.test(l) || /[\t ]\d{1,3}\s*$/.test(l));
  return structured.length * 2 >= entries.length;
}

const isTitle = (line: string) => TOC_TITLE.test(fold(line.replace(/^#+\s*/, '').replace(/\*/g, '')));

/** Removes every table of contents (a run of at least four entry lines, blank lines allowed inside). */
export function removeToc(text: string): { text: string; removed: number } {
  const rows = text.split('\n');
  const drop = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    if (!isTocEntry(rows[i]) && !isTitle(rows[i])) continue;
    let end = i;
    const entries: string[] = [];
    for (let j = i; j < rows.length; j++) {
      const t = rows[j].trim();
      if (isTocEntry(rows[j])) {
        entries.push(rows[j]);
        end = j + 1;
      } else if (t && !(j === i && isTitle(rows[j]))) break;
    }
    const titled = isTitle(rows[i]);
    if (entries.length >= 4 && (titled || looksLikeToc(entries))) {
      for (let k = i; k < end; k++) drop.add(k);
      i = end - 1;
    }
  }
  return { text: rows.filter((_, i) => !drop.has(i)).join('\n'), removed: drop.size ? [...drop].filter((i) => rows[i].trim()).length : 0 };
}
