/**
 * The verify page's check (lib/verify/run-check.ts), without a browser:
 * each input's problem lands on its own field, in the page's language, with
 * pasted text named as pasted; a check that can run gives a verdict in words.
 * The directory's key index is stubbed (fetch), as no site is served here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkForm, type FormInputs } from '@/lib/verify/run-check';
import { verifyFormStrings } from '@/lib/verify/strings';
import { explain } from '@/lib/pgp/explain';
import { explainProblem } from '@/lib/pgp/explain-problem';
import { verifyDetached } from '@/lib/pgp/verify';

const DIR = path.join(import.meta.dirname, 'fixtures', 'pgp');
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));
globalThis.fetch = (async () => new Response('[]', { headers: { 'content-type': 'application/json' } })) as typeof fetch;

const form = (inputs: Partial<FormInputs>): FormInputs => ({ document: null, signature: null, key: null, pasted: [], ...inputs });

test('a garbage key and a garbage signature are each reported on their own field, as pasted text', async () => {
  const outcome = await checkForm(form({ document: 'hello', signature: 'junk', key: 'junk', pasted: ['document', 'signature', 'key'] }), 'fr', verifyFormStrings('fr'));
  assert.equal(outcome.kind, 'errors');
  assert.ok(outcome.kind === 'errors');
  assert.deepEqual(
    outcome.errors.map((e) => e.field),
    ['signature', 'key'],
  );
  // The engine's own words for each problem, as pasted text (their wording is tests/pgp-explain.test.ts's to check).
  assert.equal(outcome.errors[0].message, explainProblem({ input: 'signature', reason: 'not-openpgp' }, 'fr', { signature: 'pasted' }));
  assert.equal(outcome.errors[1].message, explainProblem({ input: 'key', reason: 'not-openpgp' }, 'fr', { key: 'pasted' }));
  for (const e of outcome.errors) assert.doesNotMatch(e.message, /fichier|file/i);
});

test('a missing input is an error on its field, beside the problems of the other fields, in page order', async () => {
  const en = verifyFormStrings('en');
  const noSignature = await checkForm(form({ document: bytes('document.txt') }), 'en', en);
  assert.deepEqual(noSignature, { kind: 'errors', errors: [{ field: 'signature', message: en.missingSignature }] });
  const noDocument = await checkForm(form({ signature: bytes('document.txt.asc'), key: bytes('empty.asc') }), 'en', en);
  assert.deepEqual(noDocument, {
    kind: 'errors',
    errors: [
      { field: 'document', message: en.missingDocument },
      { field: 'key', message: explainProblem({ input: 'key', reason: 'empty' }, 'en') },
    ],
  });
});

test('readable inputs give a verdict in the page’s language, and an unknown issuer a message', async () => {
  const fr = await checkForm(form({ document: bytes('document.txt'), signature: bytes('document.txt.asc'), key: bytes('alice.asc') }), 'fr', verifyFormStrings('fr'));
  assert.ok(fr.kind === 'verdict', JSON.stringify(fr));
  assert.equal(fr.verdict.verdict, 'valid');
  assert.equal(fr.verdict.label, 'valide');
  // The page shows the engine's explanation of the same check (its wording is tests/pgp-explain.test.ts's to check).
  const engine = await verifyDetached({ data: bytes('document.txt'), signature: bytes('document.txt.asc'), keys: bytes('alice.asc') });
  assert.equal(engine.reason, 'good');
  assert.equal(fr.verdict.message, explain(engine, 'fr'));
  assert.deepEqual(
    fr.verdict.facts.map(([label]) => label),
    ['Signataire', 'Empreinte', 'Clé qui a signé', 'Signé le', 'Expiration de la clé'],
  );
  const unknown = await checkForm(form({ document: bytes('document.txt'), signature: bytes('document.txt.asc') }), 'en', verifyFormStrings('en'));
  assert.ok(unknown.kind === 'message');
  assert.match(unknown.message, /^Issuer 0x[0-9A-F]{40} is not in this directory\. Provide the key to check\.$/);
});
