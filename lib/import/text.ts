/**
 * Small text helpers shared by the importer's extractors: accent-free
 * comparison keys, sentences, URLs, bullets. Kept apart so every extractor
 * reads the document the same way.
 */

/** "Clé publique" -> "cle publique": the project's one fold (lib/text/fold.ts), for matching words. */
export { fold } from '@/lib/text/fold';

/** Bullet markers seen in extracted documents: -, *, •, ➤, ►, ▪, >, o (as a sub-bullet). */
export const BULLET = /^\s*(?:[-*•●◦▪■►➤➢→>]|o(?=\s))\s+/;

export function isBullet(line: string): boolean {
  return BULLET.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

/** Sentences of a block of text (lines are joined first); keeps abbreviations like "8 a.m." whole enough. */
export function sentences(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\s*(?:[-*•●◦▪■►➤➢→>]|o)\s)/)
    .flatMap((block) => block.replace(/\s*\n\s*/g, ' ').split(/(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«"(\[])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Non-empty trimmed lines. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>()"'\]\[]+/gi;

/** Absolute http(s) URLs in a text, trailing punctuation removed, in order, without duplicates. */
export function urls(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    const url = m[0].replace(/[.,;:!?»]+$/, '');
    if (!found.includes(url)) found.push(url);
  }
  return found;
}

/** The first line of text that is not empty, trimmed. */
export function firstLine(text: string): string | undefined {
  return lines(text)[0];
}

/** Collapses the whitespace of a quotation taken from the document. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes Markdown link syntax and angle-bracket autolinks, keeping the visible text (and the target when real). */
export function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\((?:#[^)]*)?\)/g, '$1')
    .replace(/\[([^\]]*)\]\((mailto:)?([^)]+)\)/g, (_m, label: string, mailto: string | undefined, target: string) =>
      mailto || label.trim() === target.trim() || /^https?:\/\//.test(label) ? label : `${label} (${target})`,
    )
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '$1')
    .replace(/\*\*|__/g, '');
}

/** A section as one verbatim quotation: its lines as printed (list bullets included), one per line. */
export function quote(text: string): string {
  return lines(plain(text)).map(squash).filter(Boolean).join('\n');
}
