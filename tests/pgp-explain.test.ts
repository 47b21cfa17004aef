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


/**
 * The wording of every verdict reason, in both languages, for the details above: the one test a
 * rewording breaks (the engine's tests in tests/pgp.test.ts assert codes and details only).
 */
const WORDING: Record<VerdictReason, Record<'en' | 'fr', string>> = {
  "good": {
    en: "Valid signature from “Exemple CSIRT <cert@csirt.example>”, made on 1 June 2024 at 00:00 UTC with its primary key (key fingerprint ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D). No expected fingerprint was given: compare this fingerprint with one from another source before relying on it.",
    fr: "Signature valide de « Exemple CSIRT <cert@csirt.example> », faite le 1 juin 2024 à 00:00 UTC avec sa clé principale (empreinte de la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D). Aucune empreinte attendue n’a été donnée : comparez cette empreinte avec une autre source avant de vous y fier.",
  },
  "content-changed": {
    en: "Invalid signature: the content does not match the signature made on 1 June 2024 at 00:00 UTC by key ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (“Exemple CSIRT <cert@csirt.example>”). The document was changed after it was signed, or the signature belongs to another document. Do not rely on this document.",
    fr: "Signature invalide : le contenu ne correspond pas à la signature faite le 1 juin 2024 à 00:00 UTC par la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (« Exemple CSIRT <cert@csirt.example> »). Le document a été modifié après avoir été signé, ou la signature concerne un autre document. Ne vous fiez pas à ce document.",
  },
  "weak-hash": {
    en: "Invalid signature: it uses the SHA1 hash algorithm, which is no longer safe, so it proves nothing.",
    fr: "Signature invalide : elle utilise l’algorithme de hachage SHA1, qui n’est plus sûr ; elle ne prouve donc rien.",
  },
  "weak-key": {
    en: "Invalid signature: the key that made it (DSA 1024, ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D) is of a kind no longer considered safe.",
    fr: "Signature invalide : la clé qui l’a faite (DSA 1024, ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D) est d’un type qui n’est plus considéré comme sûr.",
  },
  "unsupported": {
    en: "Invalid signature: it contains a critical element that this verifier does not understand, so it cannot be accepted.",
    fr: "Signature invalide : elle contient un élément critique que ce vérificateur ne comprend pas ; elle ne peut donc pas être acceptée.",
  },
  "future": {
    en: "Invalid signature: it is dated 1 June 2024 at 00:00 UTC, after the moment of the check (1 June 2025 at 00:00 UTC).",
    fr: "Signature invalide : elle est datée du 1 juin 2024 à 00:00 UTC, après le moment de la vérification (1 juin 2025 à 00:00 UTC).",
  },
  "key-newer": {
    en: "Invalid signature: it is dated 1 June 2024 at 00:00 UTC, before the key that made it was created (1 July 2024 at 00:00 UTC); its date is false.",
    fr: "Signature invalide : elle est datée du 1 juin 2024 à 00:00 UTC, avant la création de la clé qui l’a faite (1 juillet 2024 à 00:00 UTC) ; sa date est fausse.",
  },
  "not-signing-key": {
    en: "Invalid signature: it was made by the primary key of key ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (“Exemple CSIRT <cert@csirt.example>”), which is not allowed to sign documents.",
    fr: "Signature invalide : elle a été faite par la clé principale de la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (« Exemple CSIRT <cert@csirt.example> »), qui n’est pas autorisée à signer des documents.",
  },
  "rejected": {
    en: "Invalid signature: the OpenPGP library refused it (the content does not match the signature).",
    fr: "Signature invalide : la bibliothèque OpenPGP l’a refusée (le contenu ne correspond pas à la signature).",
  },
  "issuer-unknown": {
    en: "Signed by another key: the signature was made by key ID B73E249B2C3D542D (fingerprint ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D), which is not the key given (ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D). Get the signer’s key, or check that this is the right signature.",
    fr: "Signée par une autre clé : la signature a été faite par la clé d’identifiant B73E249B2C3D542D (empreinte ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D), qui n’est pas la clé fournie (ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D). Procurez-vous la clé du signataire, ou vérifiez que c’est la bonne signature.",
  },
  "not-expected-key": {
    en: "Signed by another key than the expected one: the signature was made by key ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (“Exemple CSIRT <cert@csirt.example>”), but the expected fingerprint is 885D 94F0 9902 5163 DA55 FBE9 DE2F 24B1 2CCD 89AF.",
    fr: "Signée par une autre clé que celle attendue : la signature a été faite par la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (« Exemple CSIRT <cert@csirt.example> »), mais l’empreinte attendue est 885D 94F0 9902 5163 DA55 FBE9 DE2F 24B1 2CCD 89AF.",
  },
  "primary-expired": {
    en: "Key expired: key ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (“Exemple CSIRT <cert@csirt.example>”) expired on 1 January 2025 at 00:00 UTC. The signature was made on 1 June 2024 at 00:00 UTC, while the key was still valid; an expired key no longer vouches for anything: look for the signer’s current key.",
    fr: "Clé expirée : la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (« Exemple CSIRT <cert@csirt.example> ») a expiré le 1 janvier 2025 à 00:00 UTC. La signature a été faite le 1 juin 2024 à 00:00 UTC, quand la clé était encore valide ; une clé expirée ne garantit plus rien : cherchez la clé actuelle du signataire.",
  },
  "subkey-expired": {
    en: "Key expired: the signing subkey B73E249B2C3D542D of key ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (“Exemple CSIRT <cert@csirt.example>”) expired on 1 January 2025 at 00:00 UTC. The signature was made on 1 June 2024 at 00:00 UTC, while the key was still valid; an expired key no longer vouches for anything: look for the signer’s current key.",
    fr: "Clé expirée : la sous-clé de signature B73E249B2C3D542D de la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (« Exemple CSIRT <cert@csirt.example> ») a expiré le 1 janvier 2025 à 00:00 UTC. La signature a été faite le 1 juin 2024 à 00:00 UTC, quand la clé était encore valide ; une clé expirée ne garantit plus rien : cherchez la clé actuelle du signataire.",
  },
  "primary-revoked": {
    en: "Key revoked: key ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (“Exemple CSIRT <cert@csirt.example>”) was revoked on 1 January 2025 at 00:00 UTC (replaced by another key: “New key”). The signature was made on 1 June 2024 at 00:00 UTC. Its owner has withdrawn it: do not rely on it any more.",
    fr: "Clé révoquée : la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (« Exemple CSIRT <cert@csirt.example> ») a été révoquée le 1 janvier 2025 à 00:00 UTC (remplacée par une autre clé : « New key »). La signature a été faite le 1 juin 2024 à 00:00 UTC. Son propriétaire l’a retirée : ne vous y fiez plus.",
  },
  "subkey-revoked": {
    en: "Key revoked: the signing subkey B73E249B2C3D542D of key ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (“Exemple CSIRT <cert@csirt.example>”) was revoked on 1 January 2025 at 00:00 UTC (replaced by another key: “New key”). The signature was made on 1 June 2024 at 00:00 UTC. Its owner has withdrawn it: do not rely on it any more.",
    fr: "Clé révoquée : la sous-clé de signature B73E249B2C3D542D de la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (« Exemple CSIRT <cert@csirt.example> ») a été révoquée le 1 janvier 2025 à 00:00 UTC (remplacée par une autre clé : « New key »). La signature a été faite le 1 juin 2024 à 00:00 UTC. Son propriétaire l’a retirée : ne vous y fiez plus.",
  },
  "signature-expired": {
    en: "Signature expired: made on 1 June 2024 at 00:00 UTC by key ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (“Exemple CSIRT <cert@csirt.example>”), it was valid only until 1 July 2024 at 00:00 UTC. Ask for a fresh signature.",
    fr: "Signature expirée : faite le 1 juin 2024 à 00:00 UTC par la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D (« Exemple CSIRT <cert@csirt.example> »), elle n’était valable que jusqu’au 1 juillet 2024 à 00:00 UTC. Demandez une signature récente.",
  },
  "empty": {
    en: "The signature file is empty.",
    fr: "Le fichier de signature est vide.",
  },
  "too-large": {
    en: "The signature file is too large to be checked (over 1 MiB).",
    fr: "Le fichier de signature dépasse la taille maximale acceptée (1 Mio).",
  },
  "too-many": {
    en: "The signature file holds too many signatures over a document to be checked (150; at most 100).",
    fr: "Le fichier de signature contient trop de signatures de document pour être vérifié (150 ; au plus 100).",
  },
  "truncated": {
    en: "The signature file is cut short: its armored block (“-----BEGIN PGP …”) has no END line. It was probably copied or downloaded only in part.",
    fr: "Le fichier de signature s’arrête avant la fin : son bloc armuré (« -----BEGIN PGP … ») n’a pas de ligne END. Il a sans doute été copié ou téléchargé en partie seulement.",
  },
  "damaged": {
    en: "The signature file cannot be read as OpenPGP data: its armor (the “-----BEGIN PGP …” text block) is malformed.",
    fr: "Impossible de lire le fichier de signature : son armure (le bloc de texte « -----BEGIN PGP … ») est mal formée.",
  },
  "not-openpgp": {
    en: "The signature file holds no OpenPGP data: no armored block (“-----BEGIN PGP …”) and no binary OpenPGP packets. Is it the right file?",
    fr: "Le fichier de signature ne contient pas de données OpenPGP : ni bloc armuré (« -----BEGIN PGP … »), ni paquets OpenPGP binaires. Est-ce le bon fichier ?",
  },
  "wrong-type": {
    en: "The signature file holds a public key instead of a detached signature.",
    fr: "Le fichier de signature contient une clé publique au lieu d’une signature détachée.",
  },
  "no-signature": {
    en: "The signature file holds no signature over a document (only other kinds of OpenPGP signatures, such as key certifications).",
    fr: "Le fichier de signature ne contient aucune signature de document (seulement d’autres sortes de signatures OpenPGP, comme des certifications de clé).",
  },
  "bad-fingerprint": {
    en: "The signature file is not a fingerprint: 40 hexadecimal digits are expected (64 for a v6 key), with or without spaces.",
    fr: "Le fichier de signature n’est pas une empreinte : 40 chiffres hexadécimaux sont attendus (64 pour une clé v6), avec ou sans espaces.",
  },
  "unexpected-error": {
    en: "The check could not be completed (its armor (the “-----BEGIN PGP …” text block) is malformed); nothing can be said about this signature.",
    fr: "La vérification n’a pas pu aller au bout (son armure (le bloc de texte « -----BEGIN PGP … ») est mal formée) ; rien ne peut être dit de cette signature.",
  },
};

test('the wording table: each verdict reason says this, in English and in French', () => {
  assert.deepEqual(Object.keys(WORDING).sort(), [...REASONS].sort(), 'one entry per reason the engine returns');
  for (const reason of REASONS) {
    const verdict = VERDICT_OF_REASON[reason];
    const problems = isUnreadable(reason) ? [problem(reason)] : undefined;
    for (const lang of UI_LANGS) assert.equal(explain({ verdict, reason, details, problems }, lang), WORDING[reason][lang], `${reason} ${lang}`);
  }
});

/** Facts the sentences carry beyond the reason: a subkey, the expected key, text outside a clearsigned block, several signatures, pasted inputs, several unreadable inputs. */
const B16 = B.slice(-16);
const VARIANTS: { name: string; result: Parameters<typeof explain>[0]; origins?: Parameters<typeof explain>[2]; en: string; fr: string }[] = [
  {
    name: "good, by a signing subkey",
    result: { verdict: 'valid', reason: 'good', details: { ...details, bySubkey: true, signingKeyFingerprint: B, signingKeyId: B16 } },
    en: "Valid signature from “Exemple CSIRT <cert@csirt.example>”, made on 1 June 2024 at 00:00 UTC with its signing subkey DE2F24B12CCD89AF (key fingerprint ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D). No expected fingerprint was given: compare this fingerprint with one from another source before relying on it.",
    fr: "Signature valide de « Exemple CSIRT <cert@csirt.example> », faite le 1 juin 2024 à 00:00 UTC avec sa sous-clé de signature DE2F24B12CCD89AF (empreinte de la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D). Aucune empreinte attendue n’a été donnée : comparez cette empreinte avec une autre source avant de vous y fier.",
  },
  {
    name: "good, the expected key",
    result: { verdict: 'valid', reason: 'good', details: { ...details, expectedFingerprint: A, fingerprintMatches: true } },
    en: "Valid signature from “Exemple CSIRT <cert@csirt.example>”, made on 1 June 2024 at 00:00 UTC with its primary key (key fingerprint ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D). It is the expected key.",
    fr: "Signature valide de « Exemple CSIRT <cert@csirt.example> », faite le 1 juin 2024 à 00:00 UTC avec sa clé principale (empreinte de la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D). C’est bien la clé attendue.",
  },
  {
    name: "good, with text outside the signed block",
    result: { verdict: 'valid', reason: 'good', details: { ...details, textOutsideSignature: true } },
    en: "Valid signature from “Exemple CSIRT <cert@csirt.example>”, made on 1 June 2024 at 00:00 UTC with its primary key (key fingerprint ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D). No expected fingerprint was given: compare this fingerprint with one from another source before relying on it. Caution: the file also contains text outside the signed block; that text is not covered by the signature.",
    fr: "Signature valide de « Exemple CSIRT <cert@csirt.example> », faite le 1 juin 2024 à 00:00 UTC avec sa clé principale (empreinte de la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D). Aucune empreinte attendue n’a été donnée : comparez cette empreinte avec une autre source avant de vous y fier. Attention : le fichier contient aussi du texte hors du bloc signé ; ce texte n’est pas couvert par la signature.",
  },
  {
    name: "good, two signatures in the file",
    result: { verdict: 'valid', reason: 'good', details, signatures: [{ verdict: 'valid', details: { signingKeyId: A.slice(-16) } }, { verdict: 'wrong-key', details: { signingKeyId: B16 } }] },
    en: "Valid signature from “Exemple CSIRT <cert@csirt.example>”, made on 1 June 2024 at 00:00 UTC with its primary key (key fingerprint ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D). No expected fingerprint was given: compare this fingerprint with one from another source before relying on it. The file holds 2 signatures: B73E249B2C3D542D valid, DE2F24B12CCD89AF made by another key.",
    fr: "Signature valide de « Exemple CSIRT <cert@csirt.example> », faite le 1 juin 2024 à 00:00 UTC avec sa clé principale (empreinte de la clé ED9C 60A1 9598 EA3D 3828 083F B73E 249B 2C3D 542D). Aucune empreinte attendue n’a été donnée : comparez cette empreinte avec une autre source avant de vous y fier. Le fichier contient 2 signatures : B73E249B2C3D542D valide, DE2F24B12CCD89AF faite par une autre clé.",
  },
  {
    name: "not OpenPGP, pasted",
    result: { verdict: 'unreadable', reason: 'not-openpgp', details, problems: [{ input: 'signature', reason: 'not-openpgp' }] }, origins: { signature: 'pasted' },
    en: "The pasted signature holds no OpenPGP data: no armored block (“-----BEGIN PGP …”) and no binary OpenPGP packets. Is it the right text?",
    fr: "La signature collée ne contient pas de données OpenPGP : ni bloc armuré (« -----BEGIN PGP … »), ni paquets OpenPGP binaires. Est-ce le bon texte ?",
  },
  {
    name: "truncated, pasted",
    result: { verdict: 'unreadable', reason: 'truncated', details, problems: [{ input: 'signature', reason: 'truncated' }] }, origins: { signature: 'pasted' },
    en: "The pasted signature is cut short: its armored block (“-----BEGIN PGP …”) has no END line. It was probably copied only in part.",
    fr: "La signature collée s’arrête avant la fin : son bloc armuré (« -----BEGIN PGP … ») n’a pas de ligne END. Elle a sans doute été copiée en partie seulement.",
  },
  {
    name: "two unreadable inputs",
    result: { verdict: 'unreadable', reason: 'not-openpgp', details, problems: [{ input: 'signature', reason: 'not-openpgp' }, { input: 'key', reason: 'not-openpgp' }] },
    en: "The signature file holds no OpenPGP data: no armored block (“-----BEGIN PGP …”) and no binary OpenPGP packets. Is it the right file? The key file holds no OpenPGP data: no armored block (“-----BEGIN PGP …”) and no binary OpenPGP packets. Is it the right file?",
    fr: "Le fichier de signature ne contient pas de données OpenPGP : ni bloc armuré (« -----BEGIN PGP … »), ni paquets OpenPGP binaires. Est-ce le bon fichier ? Le fichier de clé ne contient pas de données OpenPGP : ni bloc armuré (« -----BEGIN PGP … »), ni paquets OpenPGP binaires. Est-ce le bon fichier ?",
  },
];

test('the wording table: the facts a sentence carries beyond its reason', () => {
  for (const v of VARIANTS) for (const lang of UI_LANGS) assert.equal(explain(v.result, lang, v.origins), v[lang], `${v.name} ${lang}`);
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
    ["Failed to execute 'atob' on 'Window': The string to be decoded is not correctly encoded.", 'bad-armor'],
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
