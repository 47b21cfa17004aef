/**
 * How a quote is compared with the team's document. Only presentation is
 * ignored: whitespace and line breaks, the style of quote marks, Markdown
 * emphasis, links and list markers, and the explicit extraction-noise table
 * below. Words, letters, case and punctuation are compared as written.
 */

/**
 * Extraction noise in the seed texts (see /work/shared/seeds/README.md), fixed
 * explicitly: each entry names what the PDF extraction produced and what the
 * team wrote. Applied to the source only, so a profile never needs the noise.
 */
export const EXTRACTION_NOISE: readonly { noise: string; written: string; why: string }[] = [
  { noise: '+ +33', written: '+33', why: 'CERT-METSYS prints its phone with a doubled plus sign' },
  { noise: 'Noм', written: 'Nom', why: 'Cyrillic м from the PDF extraction' },
  { noise: 'TORMOLAIRE', written: 'FORMULAIRE', why: 'letter lost in the PDF extraction' },
  { noise: '≾', written: '', why: 'stray glyph in a table of contents' },
];

/** The elision mark a quote uses between verbatim pieces: … or […] or [...]. */
export const ELISION = /\s*(?:\[(?:…|\.\.\.)\]|…)\s*/;

/**
 * A heading line printed "TITLE 3.1." by the extraction (the number moved
 * after the title, as in CERT-METSYS's "MISSIONS 3.1."): read as "3.1. TITLE".
 */
const NUMBER_AFTER_TITLE = /^([^\d\n]*[A-ZÀ-Ý][^\d\n]*?) (\d+(?:\.\d+)+\.?)[ \t]*$/gm;

export function removeNoise(source: string): string {
  const fixed = EXTRACTION_NOISE.reduce((text, { noise, written }) => text.split(noise).join(written), source);
  return fixed.replace(NUMBER_AFTER_TITLE, (line, title: string, number: string) => (title === title.toUpperCase() ? `${number} ${title}` : line));
}

/** Markdown presentation dropped: links keep their text, emphasis, underline, footnote marks and list markers go. */
function stripMarkdown(text: string): string {
  return text
    .replace(/<sup>[^<]*<\/sup>/g, '')
    .replace(/<\/?u>/g, '')
    .replace(/\[([^\]]*)\]\((?:[^)]*)\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/^(?:[ \t]*(?:#{1,6}|[-*+•➤>]|o(?=[ \t]))[ \t]+)+/gm, '')
    .replace(/(\*\*|__|\*|(?<![\w])_(?=\S)|(?<=\S)_(?![\w]))/g, '');
}

/** The comparable form of a text: presentation removed, quote marks unified, whitespace collapsed. */
export function comparable(text: string): string {
  return stripMarkdown(text.normalize('NFC'))
    .replace(/[’‘‛`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(/\s*"\s*/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The verbatim pieces of a quote, split at its elision marks. */
export function quotePieces(quote: string): string[] {
  return quote
    .split(ELISION)
    .map(comparable)
    .filter((piece) => piece.length > 0);
}
