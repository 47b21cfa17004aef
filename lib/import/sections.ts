/**
 * Splits a cleaned document into RFC 2350 sections. Each section keeps the
 * number the team printed (`printed`, what the body shows); `number` is only
 * the finder's internal address in the tree (a duplicate or an unnumbered
 * heading gets a free one, never shown). Each section
 * knows which RFC 2350 slot it fills (its key), so extractors can find the
 * time zone or the key section whatever the team called or numbered them.
 */
import { headingCandidate, isLabel, numberParts, type Candidate } from './headings';
import { entryByNumber, headingKey as titleKeyOf, matchTitle, OUTLINE, type OutlineEntry, type OutlineKey } from './outline';
import { removeToc } from './toc';

export type Section = {
  /** Number in the draft ("2.3"); the team's own when it printed one. */
  number: string;
  /** The team's heading words. */
  title: string;
  /** 1 for "1.", 2 for "1.1." … */
  level: number;
  key?: OutlineKey;
  /** The section's own text, without its subsections. */
  text: string;
  /** Why the number differs from the printed one, for the report. */
  numberNote?: string;
  /** Index of the parent section in the list, -1 for top-level sections. */
  parent: number;
  /** Printed instead of the number in the heading ("a." for lettered items, "" for none). */
  label?: string;
  /** The number exactly as the team printed it; absent for an unnumbered heading. */
  printed?: string;
  /** True when the team printed the number behind the title ("MISSIONS 3.1."). */
  numberBehind?: boolean;
};

export type Outline = {
  /** Cover page text before section 1 (title, version, date). */
  preamble: string;
  sections: Section[];
  tocLinesRemoved: number;
  notes: string[];
};

type Open = { index: number; canon: string | null; md?: number; letter?: boolean };

/** `markedHeadingsOnly`: only Markdown headings ("## …") are headings — for an HTML page, whose markup says which lines are headings. */
export function splitSections(cleaned: string, options: { markedHeadingsOnly?: boolean } = {}): Outline {
  const { text, removed } = removeToc(cleaned);
  const rows = text.split('\n');
  const sections: Section[] = [];
  const notes: string[] = [];
  const preamble: string[] = [];
  const stack: Open[] = [];
  const used = new Set<string>();
  let body: string[] = preamble;

  const nextFree = (parentNumber: string | null): string => {
    let n = 1;
    while (used.has(parentNumber ? `${parentNumber}.${n}` : `${n}`)) n++;
    if (!parentNumber) {
      const tops = [...used].filter((u) => !u.includes('.')).map(Number);
      n = Math.max(n, tops.length ? Math.max(...tops) + 1 : 1);
    }
    return parentNumber ? `${parentNumber}.${n}` : `${n}`;
  };

  const open = (c: Candidate, level: number, number: string, entry: OutlineEntry | undefined, canon: string | null, numberNote?: string) => {
    const parentOpen = stack[level - 2];
    sections.push({
      number, title: c.title, level, key: entry?.key, text: '', numberNote, parent: parentOpen ? parentOpen.index : -1,
      label: c.letter ? `${c.letter}.` : undefined, printed: c.letter ? undefined : c.number, numberBehind: c.numberBehind || undefined,
    });
    used.add(number);
    stack.length = level - 1;
    stack.push({ index: sections.length - 1, canon, md: c.markdown, letter: Boolean(c.letter) });
    body = [];
    bodies.push(body);
  };
  const bodies: string[][] = [];

  const tryNumbered = (c: Candidate): boolean => {
    const parts = numberParts(c.number!);
    const top = stack.length ? numberParts(sections[stack[0].index].number)[0] : 0;
    // A top-level number may skip sections the team left out when its words name an RFC 2350 section.
    const jumpOk = parts.length === 1 && parts[0] > top && (parts[0] <= top + 2 || Boolean(matchTitle(c.title, null)));
    if (parts.length === 1 ? !jumpOk : !(parts[0] === top || (parts[0] === top + 1 && top > 0) || (top === 0 && parts[0] === 1))) return false;
    if (isLabel(c.title)) return false;
    const level = Math.min(parts.length, stack.length + 1);
    const parentOpen = stack[level - 2];
    const parentNumber = parentOpen ? sections[parentOpen.index].number : null;
    let number = parentNumber ? `${parentNumber}.${parts[parts.length - 1]}` : `${parts[0]}`;
    let numberNote: string | undefined;
    if (number !== c.number) numberNote = `printed ${c.number}, placed as ${number} under the section above it`;
    if (used.has(number)) {
      const taken = number;
      number = nextFree(parentNumber);
      numberNote = `numbered ${c.number} in the document, like an earlier section; renumbered ${number}`;
      notes.push(`"${c.title}": ${numberNote} (${taken} was already used)`);
    }
    const parentCanon = parentOpen ? parentOpen.canon : null;
    const canonical = parentCanon ? `${parentCanon}.${number.split('.').pop()}` : number;
    const byNumber = entryByNumber(canonical);
    const byTitle = matchTitle(c.title, level === 1 ? null : parentCanon);
    let entry = byNumber && byNumber.parent === (level === 1 ? null : parentCanon) && byNumber.pattern.test(titleKeyOf(c.title)) ? byNumber : byTitle;
    // A top-level title that repeats an earlier section's ("3. Informasi Mengenai Dokumen" after "1. Informasi Mengenai Dokumen") takes its number's meaning.
    if (level === 1 && byNumber && entry && entry !== byNumber && sections.some((x) => x.parent === -1 && x.key === entry!.key)) entry = byNumber;
    // A title the outline has no words for keeps the RFC 2350 meaning of its number in sections 1–4, 6 and 7.
    if (!entry && byNumber && (level === 1 || ['1', '2', '3', '4'].includes(parentCanon ?? '')) && !OUTLINE.some((e) => e.pattern.test(titleKeyOf(c.title)))) entry = byNumber;
    if (c.numberBehind) notes.push(`"${c.title} ${c.number}": number printed behind the title`);
    open(c, level, number, entry, entry?.number ?? canonical, numberNote);
    return true;
  };

  const tryUnnumbered = (c: Candidate): boolean => {
    if (c.letter) {
      if (!stack.length) return false;
      let k = stack.length - 1;
      while (k >= 0 && stack[k].letter) k--;
      if (k < 0) return false;
      const parentNumber = sections[stack[k].index].number;
      open(c, k + 2, nextFree(parentNumber), undefined, null, `lettered "${c.letter}." in the document`);
      return true;
    }
    if (isLabel(c.title)) return false;
    // A line right under a heading that names the same section is its text ("1.2 Distribution list for
    // notifications" then "There is no distribution list for notifications as of 2018").
    const last = sections[sections.length - 1];
    if (last?.key && !body.some((l) => l.trim()) && matchTitle(c.title, stack.length > 1 ? stack[stack.length - 2].canon : null)?.key === last.key) return false;
    // Deepest open section first: its subsections, then its parent's, then a later top-level section.
    for (let k = stack.length - 1; k >= 0; k--) {
      const entry = matchTitle(c.title, stack[k].canon);
      if (entry) {
        const parentNumber = sections[stack[k].index].number;
        const preferred = entry.number && entry.parent === stack[k].canon ? `${parentNumber}.${entry.number.split('.').pop()}` : undefined;
        open(c, k + 2, preferred && !used.has(preferred) ? preferred : nextFree(parentNumber), entry, entry.number, 'not numbered in the document');
        return true;
      }
    }
    const topEntry = matchTitle(c.title, null);
    const currentTop = stack.length ? numberParts(sections[stack[0].index].number)[0] : 0;
    if (topEntry && (!stack.length || Number(topEntry.number) > currentTop || c.markdown)) {
      const preferred = topEntry.number!;
      open(c, 1, !used.has(preferred) && Number(preferred) > currentTop ? preferred : nextFree(null), topEntry, topEntry.number, 'not numbered in the document');
      return true;
    }
    if (c.markdown && stack.length) {
      let k = stack.length - 1;
      while (k >= 0 && !(stack[k].md !== undefined && stack[k].md! < c.markdown)) k--;
      const parentNumber = k >= 0 ? sections[stack[k].index].number : null;
      open(c, k + 2, nextFree(parentNumber), undefined, null, 'not numbered in the document');
      return true;
    }
    return false;
  };

  // A line stands alone when it ends what comes before and opens what follows. PDF text has no blank
  // lines, so a finished sentence or list item before it counts as a break too.
  let previousWasHeading = false;
  const standaloneAt = (i: number): boolean => {
    const prev = rows[i - 1]?.trim() ?? '';
    const next = rows[i + 1]?.trim() ?? '';
    const before = !prev || previousWasHeading || /[.!?:;»)]$/.test(prev) || /^-\s/.test(prev);
    const after = !next || /^[\p{Lu}\d•\-–➤>«"(]/u.test(next);
    return before && after;
  };
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i];
    const candidate = line.trim() ? headingCandidate(line, standaloneAt(i)) : undefined;
    const c = options.markedHeadingsOnly && !candidate?.markdown ? undefined : candidate;
    if (c && (c.number ? tryNumbered(c) : tryUnnumbered(c))) {
      if (c.rest) body.push(c.rest);
      previousWasHeading = !c.rest;
      continue;
    }
    if (line.trim()) previousWasHeading = false;
    body.push(line);
  }
  sections.forEach((s, i) => (s.text = (bodies[i] ?? []).join('\n').trim()));
  return { preamble: preamble.join('\n').trim(), sections, tocLinesRemoved: removed, notes };
}
