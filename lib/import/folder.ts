/**
 * A folder of documents: imports each one, writes each draft, and sums the
 * outcome up in one table (the CLI prints it). A document that cannot be
 * read is a row with its reason, never the end of the run.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { DraftExistsError, writeDraft } from './draft';
import { importFile, InputError } from './import-file';

export type FolderRow = { file: string; slug?: string; outcome: 'valid' | 'invalid' | 'unreadable' | 'exists'; detail: string; counts?: string };

/** The regular, non-hidden files of a folder, sorted. */
export function documentsIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => path.join(dir, d.name))
    .sort();
}

export async function importFolder(dir: string, outDir: string, force: boolean): Promise<FolderRow[]> {
  const rows: FolderRow[] = [];
  for (const file of documentsIn(dir)) {
    const name = path.basename(file);
    try {
      const result = await importFile({ file, outDir });
      writeDraft(outDir, result.slug, result.text, force);
      const r = result.report;
      const counts = `${r.byStatus('found').length} found, ${r.byStatus('inferred').length} CHECK, ${r.byStatus('warning').length} WRONG?, ${r.byStatus('missing').length} missing`;
      const problems = result.validation.issues.length;
      rows.push({ file: name, slug: result.slug, outcome: result.validation.valid ? 'valid' : 'invalid', detail: result.validation.valid ? '' : `${problems} schema problem${problems === 1 ? '' : 's'}`, counts });
    } catch (error) {
      if (error instanceof DraftExistsError) rows.push({ file: name, outcome: 'exists', detail: error.message });
      else if (error instanceof InputError) rows.push({ file: name, outcome: 'unreadable', detail: error.message });
      else throw error;
    }
  }
  return rows;
}

export function formatFolderTable(rows: FolderRow[]): string {
  const lines = ['| document | slug | outcome | report | detail |', '| --- | --- | --- | --- | --- |'];
  for (const r of rows) lines.push(`| ${r.file} | ${r.slug ?? ''} | ${r.outcome} | ${r.counts ?? ''} | ${r.detail.replace(/\|/g, '\\|')} |`);
  return lines.join('\n');
}
