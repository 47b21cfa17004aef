/**
 * Reads the source document: PDF through unpdf (Mozilla pdf.js) or text as
 * UTF-8, with a Windows-1252 fallback for old exports. Everything after this
 * step works on one plain string, whatever the input format was.
 */
import fs from 'node:fs';

export type SourceText = {
  text: string;
  format: 'pdf' | 'text';
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
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
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
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), notes: [] };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), notes: ['the file is not valid UTF-8; read as Windows-1252'] };
  }
}

/** Reads a .pdf or text file; throws InputError when it cannot be read or holds no text. */
export async function readSource(file: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
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
  if (bytes.includes(0)) throw new InputError(`${file} is neither a PDF nor a text file`);
  const { text, notes } = decodeText(bytes);
  if (!text.trim()) throw new InputError(`${file} is empty`);
  return { text, format: 'text', notes, links: [] };
}
