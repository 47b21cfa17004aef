/**
 * The import corpus (tests/fixtures/import-corpus): real RFC 2350 documents
 * with hand-read contact facts. The importer must get no fact wrong (wrong is
 * worse than missing), find at least 95 % of them, and quote the document
 * verbatim in every as_written value.
 */
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { addTallies, emptyTallies, FACT_TYPES, loadCorpus, scoreImport, type ExpectedFacts } from '../lib/import/corpus';
import { importFile } from '../lib/import/import-file';
import { readSource } from '../lib/import/read-input';

const CORPUS = path.join(import.meta.dirname, 'fixtures', 'import-corpus');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function quotes(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string' && key.endsWith('as_written')) out.push(value);
  else if (Array.isArray(value)) for (const v of value) quotes(v, key, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) quotes(v, k, out);
  return out;
}

test('scoreImport: found, missing, and WRONG for a value the document does not give; fax and other printed addresses tolerated', () => {
  const expected: ExpectedFacts = { emails: ['cert@example.id'], other_emails: ['news@example.id'], phones: ['+62213823253'], other_phones: ['+62213848850'], fingerprints: [], timezone: null, country: 'ID' };
  const clean = scoreImport(
    { emails: [{ address: 'CERT@example.id' }, { address: 'news@example.id' }], telephone: { numbers: [{ e164: '+62213823253' }] }, fax: { numbers: [{ e164: '+62213848850' }] }, country: 'ID' },
    expected,
  );
  assert.deepEqual(clean.problems, []);
  assert.deepEqual(clean.tally.email, { found: 1, missing: 0, wrong: 0 });
  const wrong = scoreImport({ emails: [{ address: 'x@example.id' }], telephone: { numbers: [{ e164: '+62211111111' }] }, hours: { timezone: 'Asia/Jakarta' }, country: 'MY' }, expected);
  assert.deepEqual(wrong.tally.email, { found: 0, missing: 1, wrong: 1 });
  assert.deepEqual(wrong.tally.phone, { found: 0, missing: 1, wrong: 1 });
  assert.equal(wrong.tally.timezone.wrong, 1, 'a zone for a document that gives none is wrong');
  assert.deepEqual(wrong.tally.country, { found: 0, missing: 1, wrong: 1 });
});

test('import corpus: no fact WRONG, at least 95 % found, every as_written verbatim, under 1 s per document beyond reading it', async () => {
  const docs = loadCorpus(CORPUS);
  assert.ok(docs.length >= 10, `expected the corpus documents, found ${docs.length}`);
  const totals = emptyTallies();
  const wrong: string[] = [];
  const paraphrased: string[] = [];
  for (const doc of docs) {
    const result = await importFile({ file: doc.file, outDir: os.tmpdir() });
    assert.ok(result.timings.import < 1000, `${doc.id} took ${Math.round(result.timings.import)} ms after reading`);
    const score = scoreImport(result.data, doc.expected);
    addTallies(totals, score.tally);
    wrong.push(...score.problems.filter((p) => p.startsWith('WRONG')).map((p) => `${doc.id}: ${p}`));
    const source = squash((await readSource(doc.file)).text);
    for (const q of quotes(result.data)) if (!source.includes(squash(q))) paraphrased.push(`${doc.id}: ${q.slice(0, 80)}`);
  }
  assert.deepEqual(wrong, [], 'wrong facts');
  assert.deepEqual(paraphrased, [], 'as_written values that are not excerpts of the document');
  const found = FACT_TYPES.reduce((n, k) => n + totals[k].found, 0);
  const expected = FACT_TYPES.reduce((n, k) => n + totals[k].found + totals[k].missing, 0);
  assert.ok(found / expected >= 0.95, `found ${found}/${expected}`);
});
