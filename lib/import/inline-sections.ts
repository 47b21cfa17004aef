/**
 * Text whose line breaks were lost (a document pasted into one paragraph):
 * the RFC 2350 headings still run inline, "… 2.3 Time Zone South African
 * Standard Time (UTC+02:00). 2.4 Telephone Number +27 …". A number followed
 * by a heading the outline knows for that number is put back on a line of its
 * own, so the section finder sees it. Only very long lines that hold several
 * such headings are touched.
 */
import { entryByNumber, headingKey } from './outline';
import { fold } from './text';

/** RFC 2350's own English titles, longest first, so "Public Keys and Other Encryption Information" wins over "Public Keys". */
const TITLES = [
  'Co-operation, Interaction and Disclosure of Information', 'Public Keys and Other Encryption Information', 'Locations where this Document May Be Found',
  'Public Keys and Encryption Information', 'Types of Incidents and Level of Support', 'Distribution List for Notifications', 'Communication and Authentication',
  'Points of Customer Contact', 'Sponsorship and/or Affiliation', 'Authenticating this Document', 'Other Telecommunication', 'Electronic Mail Address',
  'Incident Reporting Forms', 'About this document', 'Document Information', 'Contact Information', 'Date of Last Update', 'Other Information',
  'Proactive Activities', 'Facsimile Number', 'Telephone Number', 'Mission Statement', 'Incident Response', 'Name of the Team', 'Team Members',
  'Constituency', 'Disclaimers', 'Authority', 'Time Zone', 'Policies', 'Services', 'Charter', 'Address',
].sort((a, b) => b.length - a.length);

const NUMBERED = /(^|\s)(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?=\p{Lu})/gu;
const LONG_LINE = 600;

/** The heading that starts `rest` for section `number`, or undefined. */
function headingAt(number: string, rest: string): string | undefined {
  const folded = fold(rest);
  const titled = TITLES.find((t) => folded.startsWith(fold(t)) && /^(\s|$|[.:])/.test(rest.slice(t.length)));
  if (titled) return rest.slice(0, titled.length);
  const entry = entryByNumber(number);
  if (!entry) return undefined;
  const words = rest.split(/\s+/).slice(0, 6);
  for (let k = 1; k <= words.length; k++) {
    if (entry.pattern.test(headingKey(words.slice(0, k).join(' ')))) return words.slice(0, k).join(' ');
  }
  return undefined;
}

function splitLine(line: string): { text: string; count: number } {
  const cuts: { at: number; end: number }[] = [];
  for (const m of line.matchAll(NUMBERED)) {
    const at = (m.index ?? 0) + m[1].length;
    const afterNumber = (m.index ?? 0) + m[0].length;
    const heading = headingAt(m[2], line.slice(afterNumber));
    if (heading) cuts.push({ at, end: afterNumber + heading.length });
  }
  if (cuts.length < 4) return { text: line, count: 0 };
  let out = '';
  let from = 0;
  for (const cut of cuts) {
    // A blank line before each restored heading: it stands alone, as it did before the breaks were lost.
    out += `${line.slice(from, cut.at).trimEnd()}\n\n${line.slice(cut.at, cut.end)}\n`;
    from = cut.end;
  }
  out += line.slice(from).trimStart();
  return { text: out.replace(/\n[ \t]+/g, '\n').replace(/^\n+/, ''), count: cuts.length };
}

/** Puts inline RFC 2350 headings back on their own lines; count is how many were restored. */
export function restoreLineBreaks(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.split('\n').map((line) => {
    if (line.length < LONG_LINE) return line;
    const split = splitLine(line);
    count += split.count;
    return split.text;
  });
  return { text: out.join('\n'), count };
}
