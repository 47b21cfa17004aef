/**
 * Writes the profile body: every section under the team's own heading, with
 * the team's own number as printed ("### 2.5 Adresse e-mail" stays 2.5 even
 * where RFC 2350 says 2.7; unnumbered headings stay unnumbered), so that the
 * team's cross-references ("voir 2.8") still hold. The RFC 2350 slot each
 * section fills is metadata (Section.key), never a new number. The team's words,
 * paragraphs and lists kept, bare URLs made into links, lost link targets
 * ("[text](#)") reduced to their text, tab tables turned into Markdown tables,
 * and address lines kept as lines.
 */
import { joinSplitUrls } from './keys';
import type { Section } from './sections';

function escapeCell(cell: string): string {
  return cell.trim().replace(/\|/g, '\\|');
}

/** Consecutive tab-separated lines with the same number of cells become a Markdown table. */
function tables(rows: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i].split(/\t+/);
    let j = i;
    while (j + 1 < rows.length && rows[j + 1].includes('\t') && rows[j + 1].split(/\t+/).length === cells.length) j++;
    if (rows[i].includes('\t') && cells.length > 1 && j > i) {
      const block = rows.slice(i, j + 1).map((r) => r.split(/\t+/).map(escapeCell));
      if (out.length && out[out.length - 1].trim()) out.push('');
      out.push(`| ${block[0].join(' | ')} |`, `| ${block[0].map(() => '---').join(' | ')} |`, ...block.slice(1).map((r) => `| ${r.join(' | ')} |`), '');
      i = j;
    } else out.push(rows[i].replace(/\t+/g, ' '));
  }
  return out;
}

/** Inline repairs: lost link targets, bare URLs, and URLs printed with a space in the file name. */
function inline(line: string): string {
  let out = line.replace(/\[([^\]]*)\]\(#[^)]*\)/g, '$1').replace(/(^|\s)\+\s+(?=\+\d)/g, '$1');
  out = joinSplitUrls(out).text;
  // Bare URLs become autolinks; URLs already inside (...) or <...> are left alone.
  out = out.replace(/(^|[^(<\w/])(https?:\/\/[^\s<>()\]]+[^\s<>()\].,;:!?»])/g, '$1<$2>');
  return out;
}

function sectionBody(section: Section): string {
  const rows = tables(section.text.split('\n').map((r) => r.replace(/\s+$/, '')));
  if (section.key === 'address') {
    const parts = rows.map((r) => r.trim()).filter(Boolean).map(inline);
    return parts.map((p, i) => (i < parts.length - 1 ? `${p.replace(/ {2}$/, '')}  ` : p)).join('\n');
  }
  const out: string[] = [];
  for (const row of rows) {
    const isItem = /^\s*- /.test(row);
    const prev = out[out.length - 1];
    // A list needs a blank line before it, and a paragraph after a list needs one too.
    if (prev !== undefined && prev.trim() && row.trim() && isItem !== /^\s*- /.test(prev) && !prev.startsWith('|')) out.push('');
    // Two text lines in a row that the cleaner did not join are separate lines ("Label: value"): keep the break.
    const last = out[out.length - 1];
    if (last && row.trim() && !isItem && !/^\s*- |^\|/.test(last) && (/[.:;!?]$/.test(last) || /^[^:]{1,40}\s?:\s\S/.test(last))) out[out.length - 1] = `${last}  `;
    out.push(row.trim() ? inline(isItem ? row : row.trim()) : '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The heading as the team printed it: its number (or letter) where the team put it, its words unchanged. */
export function headingLine(s: Section): string {
  const hashes = '#'.repeat(Math.min(s.level + 1, 6));
  if (s.label !== undefined) return `${hashes} ${s.label ? `${s.label} ` : ''}${s.title}`;
  if (!s.printed) return `${hashes} ${s.title}`;
  return s.numberBehind ? `${hashes} ${s.title} ${s.printed}.` : `${hashes} ${s.printed}. ${s.title}`;
}

export function renderBody(sections: Section[]): string {
  const parts: string[] = [];
  for (const s of sections) {
    parts.push(headingLine(s));
    const text = sectionBody(s);
    if (text) parts.push(text);
  }
  return parts.join('\n\n') + '\n';
}
