/**
 * npm run import:corpus [-- DIR] [--verbose]
 *
 * Imports every document of the import corpus (tests/fixtures/import-corpus)
 * and prints, by fact type, how many hand-read contact facts the importer
 * found, missed, or got WRONG, and the time each document took (reading —
 * PDF text extraction, HTML parsing — apart from the import). Nothing is
 * written. Exit code 1 when any fact is WRONG (wrong is worse than missing).
 */
import os from 'node:os';
import path from 'node:path';
import { addTallies, emptyTallies, FACT_TYPES, loadCorpus, scoreImport } from '@/lib/import/corpus';
import { importFile, InputError } from '@/lib/import/import-file';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/import-corpus');
const docs = loadCorpus(dir);
const totals = emptyTallies();
const rows: string[] = [];
const problems: string[] = [];
for (const doc of docs) {
  let line: string;
  try {
    const result = await importFile({ file: doc.file, outDir: os.tmpdir() });
    const { read, import: ms } = result.timings;
    const score = scoreImport(result.data, doc.expected);
    addTallies(totals, score.tally);
    const cells = FACT_TYPES.map((k) => `${score.tally[k].found}/${score.tally[k].found + score.tally[k].missing}${score.tally[k].wrong ? ` ✗${score.tally[k].wrong}` : ''}`);
    line = `| ${doc.id} | ${doc.language} | ${doc.format} | ${cells.join(' | ')} | ${Math.round(read)} ms | ${Math.round(ms)} ms |`;
    for (const p of score.problems) problems.push(`- ${doc.id}: ${p}`);
    if (verbose) console.error(result.report.format());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    line = `| ${doc.id} | ${doc.language} | ${doc.format} | ${FACT_TYPES.map(() => '—').join(' | ')} | unreadable: ${error.message} | |`;
    problems.push(`- ${doc.id}: unreadable: ${error.message}`);
  }
  rows.push(line);
}

console.log(`| document | lang | format | ${FACT_TYPES.join(' | ')} | read (PDF/HTML) | import |`);
console.log(`| --- | --- | --- | ${FACT_TYPES.map(() => '---').join(' | ')} | --- | --- |`);
for (const row of rows) console.log(row);
console.log('');
console.log('| fact | found | missing | WRONG |');
console.log('| --- | --- | --- | --- |');
let found = 0;
let expected = 0;
let wrong = 0;
for (const k of FACT_TYPES) {
  const t = totals[k];
  console.log(`| ${k} | ${t.found} | ${t.missing} | ${t.wrong} |`);
  found += t.found;
  expected += t.found + t.missing;
  wrong += t.wrong;
}
console.log(`| **all** | ${found}/${expected} (${expected ? Math.round((100 * found) / expected) : 0} %) | ${expected - found} | ${wrong} |`);
if (problems.length) console.log(`\n${problems.join('\n')}`);
process.exit(wrong ? 1 : 0);
