/**
 * The words of the verification engine (lib/pgp/explain.ts, explain-problem.ts):
 * every code the engine can return has a French and an English explanation,
 * derived from the engine's own lists so a new code without words fails here;
 * the library's English never reaches a French reader except labelled as a
 * technical detail; and the verify islands load no dictionary and no words
 * before a check.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { explain, verdictLabel } from '@/lib/pgp/explain';
import { CAUSES, explainProblem } from '@/lib/pgp/explain-problem';
import { PGP_INPUT_LIMITS, type InputName, type InputProblem, type UnreadableReason } from '@/lib/pgp/inputs';
import { ERROR_CAUSES, errorCause } from '@/lib/pgp/openpgp';
import { blankDetails, VERDICT_OF_REASON, VERDICTS, type Details, type VerdictReason } from '@/lib/pgp/verdict';
import { UI_LANGS } from '@/lib/i18n/ui-lang';

const ROOT = path.join(import.meta.dirname, '..');
const A = 'ED9C60A19598EA3D3828083FB73E249B2C3D542D';
const B = '885D94F099025163DA55FBE9DE2F24B12CCD89AF';
const BROKEN = /undefined|null|NaN|\[object|Invalid Date|\?\?/;

const details: Details = {
  ...blankDetails(new Date('2025-06-01T00:00:00Z')),
  error: 'some error text from the library',
  errorCause: 'digest-mismatch',
  signingKeyId: A.slice(-16),
  issuerFingerprint: A,
  signatureCreated: '2024-06-01T00:00:00.000Z',
  signatureExpires: '2024-07-01T00:00:00.000Z',
  signatureType: 'binary',
  hashAlgorithm: 'SHA1',
  signerFingerprint: A,
  signingKeyFingerprint: A,
  signingKeyCreated: '2024-07-01T00:00:00.000Z',
  bySubkey: false,
  signerUserId: 'Exemple CSIRT <cert@csirt.example>',
  keyAlgorithm: 'DSA 1024',
  keyCreated: '2024-01-01T00:00:00.000Z',
  keyExpires: '2025-01-01T00:00:00.000Z',
  keyRevoked: '2025-01-01T00:00:00.000Z',
  subkeyExpires: '2025-01-01T00:00:00.000Z',
  subkeyRevoked: '2025-01-01T00:00:00.000Z',
  revocationReason: 'superseded',
  revocationText: 'New key',
  validWhenSigned: true,
  expectedFingerprint: B,
  fingerprintMatches: false,
  keysGiven: [A],
};

const REASONS = Object.keys(VERDICT_OF_REASON) as VerdictReason[];
const isUnreadable = (reason: VerdictReason): reason is UnreadableReason => VERDICT_OF_REASON[reason] === 'unreadable';
/** A problem with every field set, so each reason's sentence has what it needs. */
const problem = (reason: UnreadableReason, input: InputName = 'signature'): InputProblem => ({
  input,
  reason,
  found: 'public-key',
  limitBytes: PGP_INPUT_LIMITS.signature,
  count: 150,
  countLimit: 100,
  error: 'Misformed armored text',
  cause: 'bad-armor',
});

test('every verdict reason has its own explanation in French and in English', () => {
  assert.ok(REASONS.length >= 26, 'the reason list comes from the engine');
  const texts = new Set<string>();
  for (const reason of REASONS) {
    const verdict = VERDICT_OF_REASON[reason];
    const problems = isUnreadable(reason) ? [problem(reason)] : undefined;
    const said = Object.fromEntries(UI_LANGS.map((lang) => [lang, explain({ verdict, reason, details, problems }, lang)]));
    for (const lang of UI_LANGS) {
      assert.ok(said[lang].length > 15, `${reason} ${lang}: ${said[lang]}`);
      assert.doesNotMatch(said[lang], BROKEN, `${reason} ${lang}: ${said[lang]}`);
      texts.add(said[lang]);
    }
    assert.notEqual(said.fr, said.en, reason);
  }
  assert.equal(texts.size, REASONS.length * UI_LANGS.length, 'every reason has its own text');
});

test('every verdict has a short label in both languages, different from one another', () => {
  for (const lang of UI_LANGS) {
    const labels = VERDICTS.map((v) => verdictLabel(v, lang));
    assert.ok(labels.every((l) => l.length > 0));
    assert.equal(new Set(labels).size, VERDICTS.length, lang);
  }
  assert.notEqual(verdictLabel('key-expired', 'fr'), verdictLabel('key-expired', 'en'));
});

test('every input problem names its input, for each input and each origin', () => {
  const inputs: InputName[] = ['key', 'signature', 'data', 'message', 'fingerprint'];
  for (const input of inputs) {
    const file = explainProblem(problem('empty', input), 'en');
    const pasted = explainProblem(problem('empty', input), 'en', { [input]: 'pasted' });
    assert.match(file, input === 'fingerprint' ? /^The expected fingerprint is empty\.$/ : /^The [a-z ]+ is empty\.$/);
    if (input !== 'fingerprint') {
      assert.match(pasted, /^The pasted /, input);
      assert.doesNotMatch(pasted, /file/, input);
      assert.doesNotMatch(explainProblem(problem('empty', input), 'fr', { [input]: 'pasted' }), /fichier/, input);
    }
  }
});

test('every error cause has words in both languages, and the library’s English shows only for an unknown cause, labelled', () => {
  for (const cause of ERROR_CAUSES) {
    for (const lang of UI_LANGS) assert.ok(CAUSES[cause][lang].length > 10, `${cause} ${lang}`);
    assert.notEqual(CAUSES[cause].fr, CAUSES[cause].en, cause);
  }
  const known: InputProblem = { input: 'key', reason: 'damaged', error: 'Misformed armored text', cause: errorCause(new Error('Misformed armored text')) };
  assert.equal(known.cause, 'bad-armor');
  assert.equal(explainProblem(known, 'fr'), 'Impossible de lire le fichier de clé : son armure (le bloc de texte « -----BEGIN PGP … ») est mal formée.');
  const unknown: InputProblem = { input: 'key', reason: 'damaged', error: 'Zorglub exploded', cause: errorCause(new Error('Zorglub exploded')) };
  assert.equal(unknown.cause, 'unknown');
  assert.equal(
    explainProblem(unknown, 'fr'),
    'Impossible de lire le fichier de clé : ses données sont abîmées ou dans un autre format. Détail technique (message de la bibliothèque OpenPGP, en anglais) : « Zorglub exploded ».',
  );
  assert.match(explainProblem(unknown, 'en'), /Technical detail \(message from the OpenPGP library\): “Zorglub exploded”\.$/);
  const rejected = (cause: Details['errorCause'], error: string) => explain({ verdict: 'invalid', reason: 'rejected', details: { ...details, error, errorCause: cause } }, 'fr');
  assert.doesNotMatch(rejected('key-expired', 'Primary key is expired'), /Primary key|expired/);
  assert.match(rejected('unknown', 'Strange thing'), /Détail technique .*« Strange thing »/);
});

test('openpgp.js messages map to their causes, a wrapped message to its inner cause', () => {
  const cases: Array<[string, string]> = [
    ['Misformed armored text', 'bad-armor'],
    ['Unknown ASCII armor type', 'bad-armor'],
    ['integrity check failed', 'bad-checksum'],
    ['Error during parsing. This message / key probably does not conform to a valid OpenPGP format.', 'bad-packet'],
    ['Packet not allowed in this context: SignaturePacket', 'bad-packet'],
    ['Unexpected end of packet', 'bad-packet'],
    ['Unsupported key version', 'unsupported-version'],
    ['Version 9 of the signature packet is unsupported.', 'unsupported-version'],
    ['Signed digest did not match', 'digest-mismatch'],
    ['Could not find valid signing key packet in key 1234: Primary key is expired', 'key-expired'],
    ['Signature is expired', 'signature-expired'],
    ['Error verifying signed message: Primary user is revoked', 'revoked'],
    ['Insecure message hash algorithm: SHA1', 'weak-algorithm'],
    ['RSA keys shorter than 2047 bits are considered too weak.', 'weak-algorithm'],
    ['Unknown critical notation: x@y', 'critical-unknown'],
    ['Could not find signing key with key ID 0123456789ABCDEF', 'no-signing-key'],
    ['something else entirely', 'unknown'],
  ];
  for (const [message, cause] of cases) assert.equal(errorCause(new Error(message)), cause, message);
});

test('verify islands import no dictionary, and the engine and its words only on click', () => {
  const dir = path.join(ROOT, 'components', 'verify');
  const files = [...fs.readdirSync(dir).filter((f) => f.endsWith('.client.tsx') || f === 'verdict-view.tsx').map((f) => path.join(dir, f)), path.join(ROOT, 'lib', 'verify', 'outcome.ts')];
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    const staticImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*from\s+'([^']+)'/gm)].map((m) => m[1]);
    for (const from of staticImports) {
      assert.doesNotMatch(from, /lib\/i18n|lib\/pgp|openpgp|run-check|strings$/, `${file} imports ${from} at load time`);
    }
  }
  const form = fs.readFileSync(path.join(dir, 'verify-form.client.tsx'), 'utf8');
  assert.match(form, /await import\('@\/lib\/verify\/run-check'\)/);
});
