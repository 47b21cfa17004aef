/**
 * The RFC 2350 slot of each section, as metadata for the report: where the
 * team's number differs from RFC 2350's, or the team printed none, the report
 * says which slot the section fills. The body keeps the team's numbers.
 */
import { entryByKey } from './outline';
import type { Section } from './sections';

export function slotNotes(sections: Section[]): string[] {
  const notes: string[] = [];
  for (const s of sections) {
    if (!s.key) continue;
    const rfc = entryByKey(s.key).number;
    if (rfc && s.printed === rfc) continue;
    notes.push(`"${s.title}" (${s.printed ? `numbered ${s.printed}` : 'unnumbered'} in the document) fills RFC 2350 ${rfc ? `section ${rfc}` : 'no numbered section'} (${s.key}); its number is kept`);
  }
  return notes;
}
