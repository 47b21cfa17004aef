/**
 * Finding a section's text by its RFC 2350 slot ("timezone", "keys"), with or
 * without its subsections: how every extractor reads the outline, so a fact
 * is found whatever number or title the team gave its section.
 */
import type { OutlineKey } from './outline';
import type { Outline, Section } from './sections';

/** The first section filling an RFC 2350 slot. */
export function sectionByKey(outline: Outline, key: OutlineKey): Section | undefined {
  return outline.sections.find((s) => s.key === key);
}

/** A section's text with its subsections' headings and text. */
export function textUnder(outline: Outline, section: Section): string {
  const index = outline.sections.indexOf(section);
  const parts = [section.text];
  for (let i = index + 1; i < outline.sections.length && outline.sections[i].level > section.level; i++) {
    parts.push(outline.sections[i].title, outline.sections[i].text);
  }
  return parts.filter(Boolean).join('\n\n');
}

/** Text of the section for `key`, '' when the document has none. */
export function keyText(outline: Outline, key: OutlineKey, withSubsections = false): string {
  const s = sectionByKey(outline, key);
  if (!s) return '';
  return withSubsections ? textUnder(outline, s) : s.text;
}
