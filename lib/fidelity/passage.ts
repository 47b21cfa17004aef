/**
 * Finding a quote in the team's document, and when it is not there, the
 * closest passage, so that the author sees what the team actually wrote.
 */
import { distance } from 'fastest-levenshtein';
import { comparable, quotePieces, removeNoise } from './normalise';

/** The team's document in comparable form (noise removed, presentation dropped). */
export function comparableSource(source: string): string {
  return comparable(removeNoise(source));
}

export type QuoteMiss = {
  /** The piece of the quote that is not in the document (the whole quote when it has no elision). */
  piece: string;
  /** The passage of the document closest to that piece. */
  closest: string;
  /** Why: not found at all, or found only before the previous piece. */
  reason: 'not-found' | 'out-of-order';
};

/** null when every piece of the quote is in the document, in order; otherwise what is missing and what is closest. */
export function findQuote(source: string, quote: string): QuoteMiss | null {
  let from = 0;
  for (const piece of quotePieces(quote)) {
    const at = source.indexOf(piece, from);
    if (at >= 0) {
      from = at + piece.length;
      continue;
    }
    const anywhere = source.indexOf(piece) >= 0;
    return { piece, closest: closestPassage(source, piece), reason: anywhere ? 'out-of-order' : 'not-found' };
  }
  return null;
}

/** The window of the source, starting at a word, closest (by edit distance) to `text`. */
export function closestPassage(source: string, text: string): string {
  const width = text.length;
  let best = { score: Infinity, at: 0 };
  for (let at = 0; at < source.length; at++) {
    if (at > 0 && source[at - 1] !== ' ') continue;
    const score = distance(source.slice(at, at + width), text);
    if (score < best.score) best = { score, at };
  }
  return source.slice(best.at, best.at + width);
}
