/**
 * npm-less: tsx scripts/import-accuracy.ts [seeds-dir]
 *
 * Imports every seed document and compares the draft, fact by fact, with the
 * hand-made profile made from the same document (matched on document.source),
 * then prints a Markdown table (✓ agrees, ✗ differs) and the differences.
 * Nothing is written. Seeds default to ../shared/seeds (or SEEDS_DIR).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareFacts, FACTS } from '@/lib/import/compare';
import { importFile } from '@/lib/import/import-file';
import { loadTeams } from '@/lib/profile/load';

const seedsDir = path.resolve(process.argv[2] ?? process.env.SEEDS_DIR ?? '../shared/seeds');
if (!fs.existsSync(seedsDir)) {
  console.error(`import-accuracy: no seeds folder at ${seedsDir}`);
  process.exit(2);
}
const teams = loadTeams(path.resolve('content'));
const seeds = fs.readdirSync(seedsDir).filter((f) => /\.(txt|pdf)$/i.test(f)).sort();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-accuracy-'));

const header = ['seed', 'team', ...FACTS, 'right', 'valid'];
const rows: string[][] = [];
const differences: string[] = [];
let right = 0;
let total = 0;
for (const seed of seeds) {
  const team = teams.find((t) => t.profile.document.source === seed);
  if (!team) {
    rows.push([seed, '(no hand-made profile)', ...FACTS.map(() => ''), '', '']);
    continue;
  }
  const result = await importFile({ file: path.join(seedsDir, seed), outDir });
  const results = compareFacts(result.data, team.profile);
  const ok = results.filter((r) => r.ok).length;
  right += ok;
  total += results.length;
  rows.push([seed.replace(/_.*$/, ''), team.slug, ...results.map((r) => (r.ok ? '✓' : '✗')), `${ok}/${results.length}`, result.validation.valid ? 'yes' : 'no']);
  for (const r of results.filter((x) => !x.ok)) differences.push(`- ${team.slug} — ${r.fact}: imported \`${r.got}\`, hand-made \`${r.expected}\``);
}
fs.rmSync(outDir, { recursive: true, force: true });

console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log('');
console.log(`Facts right: ${right}/${total}${total ? ` (${Math.round((100 * right) / total)}%)` : ''}`);
if (differences.length) console.log(`\nDifferences:\n${differences.join('\n')}`);
