/**
 * Reads the source document: PDF through unpdf (Mozilla pdf.js) or text as
 * UTF-8, with a Windows-1252 fallback for old exports. Everything after this
 * step works on one plain string, whatever the input format was.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { htmlToText, looksLikeHtml } from './html';

/** Larger files are not RFC 2350 documents (the longest known are a few hundred kilobytes). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export type SourceText = {
  text: string;
  format: 'pdf' | 'text' | 'html';
  /** Remarks for the report (encoding fallback, page count, links found in the PDF). */
  notes: string[];
  /** Link targets stored in the PDF's annotations: extraction loses them from the text. */
  links: string[];
};

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 4 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/** Text of a PDF, pages joined with a blank line. */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number; links: string[] }> {
  const { extractText, extractLinks, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  let links: string[] = [];
  try {
    links = [...new Set((await extractLinks(pdf)).links)];
  } catch {
    // Links are a bonus for the report; a PDF without readable annotations still imports.
  }
  return { text: text.join('\n\n'), pages: totalPages, links };
}

export function decodeText(bytes: Uint8Array): { text: string; notes: string[] } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), notes: [/^\uFEFF/.test(text) ? 'encoding: UTF-8 with a byte-order mark' : 'encoding: UTF-8'] };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), notes: ['encoding: not valid UTF-8; read as Windows-1252'] };
  }
}

/** Reads a .pdf, .html or text file; throws InputError when it cannot be read or holds no text. */
export async function readSource(file: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_INPUT_BYTES) throw new InputError(`${file} is ${(size / 1024 / 1024).toFixed(0)} MB; an RFC 2350 document is far smaller (limit ${MAX_INPUT_BYTES / 1024 / 1024} MB)`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.length === 0) throw new InputError(`${file} is empty`);
  if (isPdf(bytes)) {
    let extracted: Awaited<ReturnType<typeof pdfText>>;
    try {
      extracted = await pdfText(bytes);
    } catch (error) {
      throw new InputError(`cannot extract text from the PDF ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!extracted.text.trim()) throw new InputError(`the PDF ${file} holds no extractable text (a scanned document needs OCR first)`);
    const notes = [`PDF of ${extracted.pages} page${extracted.pages === 1 ? '' : 's'}, text extracted with pdf.js`];
    return { text: extracted.text, format: 'pdf', notes, links: extracted.links };
  }
  if (/\.pdf$/i.test(file)) throw new InputError(`${file} is named .pdf but is not a PDF (no %PDF- header)`);
  if (bytes.includes(0)) throw new InputError(`${file} is neither a PDF nor a text file (it holds binary data)`);
  const { text, notes } = decodeText(bytes);
  if (!text.trim()) throw new InputError(`${file} is empty`);
  if (/\.html?$/i.test(path.extname(file)) || looksLikeHtml(text)) {
    const pageText = htmlToText(text);
    if (!pageText.trim()) throw new InputError(`the HTML page ${file} holds no text`);
    return { text: pageText, format: 'html', notes: [...notes, 'HTML page: text and headings taken from the markup; scripts, styles and navigation left out'], links: [] };
  }
  return { text, format: 'text', notes, links: [] };
}
