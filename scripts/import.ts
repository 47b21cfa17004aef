/**
 * npm run import -- <rfc2350.txt|.pdf|.html|.asc|FOLDER> [--slug name] [--out drafts/teams] [--key KEY.asc] [--force]
 *
 * Imports an RFC 2350 document into a draft profile folder and prints the
 * report. Exit code: 0 the draft validates, 1 written but invalid (finish it
 * by hand), 2 unusable arguments or unreadable input (one line, nothing
 * written). A folder imports every document in it and prints one summary
 * table (exit 0 all valid, 1 otherwise). The work is in lib/import.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import { DraftExistsError, writeDraft } from '@/lib/import/draft';
import { formatFolderTable, importFolder } from '@/lib/import/folder';
import { importFile, InputError } from '@/lib/import/import-file';

const USAGE = 'usage: npm run import -- <rfc2350.txt|.pdf|.html|.asc|FOLDER> [--slug name] [--out drafts/teams] [--key KEY.asc] [--force]';

function fail(message: string): never {
  console.error(`import: ${message}\n${USAGE}`);
  process.exit(2);
}

/** Unusable input: one line, exit 2, nothing written. */
function reject(message: string): never {
  console.error(`import: ${message}`);
  process.exit(2);
}

let args: ReturnType<typeof parseArgs<{ options: { slug: { type: 'string' }; out: { type: 'string' }; key: { type: 'string' }; force: { type: 'boolean' }; help: { type: 'boolean'; short: 'h' } }; allowPositionals: true }>>;
try {
  args = parseArgs({
    options: { slug: { type: 'string' }, out: { type: 'string' }, key: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.positionals.length !== 1) fail(args.positionals.length ? 'give exactly one document' : 'no document given');

// npm runs scripts from the repository root; paths given on the command line are relative to where
// the maintainer typed them (INIT_CWD). Drafts go to <repo>/drafts/teams/ by default: outside content/,
// so never published, yet shaped like a content folder (CONTENT_DIR=drafts npm run check:content).
const here = process.env.INIT_CWD ?? process.cwd();
const outDir = args.values.out ? path.resolve(here, args.values.out) : path.resolve(import.meta.dirname, '..', 'drafts', 'teams');
const input = path.resolve(here, args.positionals[0]);
if (fs.existsSync(input) && fs.statSync(input).isDirectory()) {
  if (args.values.slug || args.values.key) fail('--slug and --key name one document; they cannot be used with a folder');
  const rows = await importFolder(input, outDir, Boolean(args.values.force));
  if (!rows.length) reject(`${input} holds no documents`);
  console.log(formatFolderTable(rows));
  const valid = rows.filter((r) => r.outcome === 'valid').length;
  console.log(`\n${valid} of ${rows.length} documents imported to a valid draft in ${path.relative(here, outDir) || outDir}`);
  process.exit(valid === rows.length ? 0 : 1);
}
try {
  const file = input;
  const keyFile = args.values.key && path.resolve(here, args.values.key);
  const result = await importFile({ file, slug: args.values.slug, keyFile, outDir });
  const written = writeDraft(outDir, result.slug, result.text, args.values.force);
  const rel = path.relative(here, written) || written;
  console.log(result.report.format());
  console.log('');
  console.log(`Draft written to ${rel}`);
  if (result.validation.valid) {
    console.log(`Valid: the draft passes the profile schema. Check the CHECK and WRONG? lines above, then move ${path.dirname(rel)}/ to content/teams/.`);
    process.exit(0);
  }
  const n = result.validation.issues.length;
  console.log(`INVALID: the draft fails the profile schema (${n} problem${n === 1 ? '' : 's'}); finish it by hand:`);
  for (const issue of result.validation.issues) console.log(`  ${rel}: ${issue.field}: ${issue.message}`);
  process.exit(1);
} catch (error) {
  if (error instanceof InputError || error instanceof DraftExistsError) reject(error.message);
  throw error;
}
