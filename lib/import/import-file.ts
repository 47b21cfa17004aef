/**
 * One import, end to end, without touching the disk beyond reading: source
 * file (text or PDF) -> extraction -> optional signature check against the
 * team's key -> slug -> rendered draft -> validation. The CLI writes the
 * result; tests and the accuracy script call this directly.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { normalizeHex } from '../keys/fingerprint';
import { verifyClearsigned, type Verification } from './clearsign';
import { isSlug, renderDraft, slugFor, validateDraft, type Validation } from './draft';
import { extractProfile, type Extraction } from './extract';
import { InputError, readSource } from './read-input';
import { Report } from './report';

/** Fewer recognised RFC 2350 sections than this: the input is some other document. */
export const MIN_SLOTS = 3;

export type ImportRequest = {
  file: string;
  slug?: string;
  /** Armored public key file to verify a clearsigned document with. */
  keyFile?: string;
  /** Folder the draft will be written to (for the validation messages). */
  outDir: string;
};

export type ImportResult = Extraction & {
  slug: string;
  /** Path the draft is meant for: <outDir>/<slug>/profile.md. */
  target: string;
  text: string;
  validation: Validation;
  verification?: Verification;
  /** Milliseconds spent reading the input (PDF text extraction, HTML parsing) and on everything after it. */
  timings: { read: number; import: number };
};

export async function importFile(request: ImportRequest): Promise<ImportResult> {
  const started = performance.now();
  const source = await readSource(request.file);
  const read = performance.now() - started;
  const report = new Report();
  report.note('input', `${request.file} (${source.format})`);
  for (const n of source.notes) report.note('input', n);
  const pages = source.format === 'pdf' ? Number(/PDF of (\d+) page/.exec(source.notes[0] ?? '')?.[1] ?? 0) : undefined;
  const extraction = extractProfile(source.text, { source: path.basename(request.file), pdfPages: pages, html: source.format === 'html' }, report);
  const slots = new Set(extraction.outline.sections.map((s) => s.key).filter(Boolean)).size;
  if (slots < MIN_SLOTS) {
    throw new InputError(`${request.file} does not look like an RFC 2350 document: ${slots} of the outline's sections recognised in the ${source.format} text (at least ${MIN_SLOTS} needed)`);
  }
  if (source.links.length) report.note('input', `link targets stored in the PDF (extraction drops them from the text): ${source.links.join(' ')}`);

  let verification: Verification | undefined;
  if (request.keyFile) {
    let armoredKey: string;
    try {
      armoredKey = fs.readFileSync(request.keyFile, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read the key ${request.keyFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    if (!extraction.armored) {
      report.warn('signature', `--key given but the document is not clearsigned; nothing to verify (a detached signature is checked separately)`);
    } else {
      verification = await verifyClearsigned(extraction.armored, armoredKey);
      if (verification.valid) report.found('signature', verification.detail, `key ${verification.keyFingerprint}`);
      else report.warn('signature', `signature NOT verified: ${verification.detail}`);
      const printed = (extraction.data.pgp_keys as { fingerprint: string }[] | undefined)?.map((k) => normalizeHex(k.fingerprint)) ?? [];
      if (verification.keyFingerprint && printed.length && !printed.includes(verification.keyFingerprint)) {
        report.warn('signature', `the key given (${verification.keyFingerprint}) is not the key the document prints (${printed.join(', ')})`);
      }
    }
  } else if (extraction.clearsigned) {
    report.note('signature', 'clearsigned, but not verified: pass --key KEY.asc to check the signature');
  }

  const names = extraction.data.name as { official: string; short?: string } | undefined;
  const slug = request.slug ?? slugFor(names?.short ?? names?.official ?? path.basename(request.file).replace(/\.[^.]+$/, ''));
  if (!isSlug(slug)) throw new InputError(`"${slug}" is not a valid slug (lowercase letters, digits and single hyphens)`);
  const target = path.join(request.outDir, slug, 'profile.md');
  const header = [
    `DRAFT imported by "npm run import" from ${path.basename(request.file)} on ${new Date().toISOString().slice(0, 10)}.`,
    'Every value was read by a program: check each against the document before publishing,',
    'starting with the fields marked CHECK. Move the folder to content/teams/ when it is right,',
    'and delete these comment lines.',
  ].join('\n');
  const text = renderDraft(extraction.data, extraction.body, report, header);
  const validation = validateDraft(target, text);
  return { ...extraction, report, slug, target, text, validation, verification, timings: { read, import: performance.now() - started - read } };
}

export { InputError, Report };
