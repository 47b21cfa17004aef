/**
 * Plain-words explanations of verification results, in French and English:
 * the engine (lib/pgp/verify.ts) returns codes, and whoever shows a result
 * (the verify page and buttons, the CLI, the build) calls explain() in the
 * reader's language. Both languages say the same things; every verdict and
 * reason has a text (tests/pgp-explain.test.ts).
 */
import { formatFingerprint } from '@/lib/keys/fingerprint';
import type { UiLang } from '@/lib/i18n/ui-lang';
import { causeClause, explainProblem, technicalDetail, type InputOrigins } from './explain-problem';
import type { InputProblem, UnreadableReason } from './inputs';
import type { RevocationReason } from './key-facts';
import { VERDICT_OF_REASON, type Details, type Verdict, type VerdictReason } from './verdict';

export type { InputOrigin, InputOrigins } from './explain-problem';

export interface Explainable {
  verdict: Verdict;
  reason: VerdictReason;
  details: Details;
  /** When given with more than one entry, a sentence lists every signature of the file. */
  signatures?: ReadonlyArray<{ verdict: Verdict; details: Pick<Details, 'signingKeyId'> }>;
  /** unreadable: every input that cannot be used, each explained in turn. */
  problems?: readonly InputProblem[];
}

const LABELS: Record<Verdict, Record<UiLang, string>> = {
  valid: { en: 'valid', fr: 'valide' },
  invalid: { en: 'invalid', fr: 'invalide' },
  'wrong-key': { en: 'made by another key', fr: 'faite par une autre clé' },
  'key-expired': { en: 'key expired', fr: 'clé expirée' },
  'key-revoked': { en: 'key revoked', fr: 'clé révoquée' },
  'signature-expired': { en: 'signature expired', fr: 'signature expirée' },
  unreadable: { en: 'unreadable', fr: 'illisible' },
};

/** A short label for a verdict ("key expired", "clé expirée"), e.g. for a badge. */
export function verdictLabel(verdict: Verdict, lang: UiLang): string {
  return LABELS[verdict][lang];
}

const REVOCATION: Record<RevocationReason, Record<UiLang, string>> = {
  'no-reason': { en: 'no reason given', fr: 'aucune raison donnée' },
  superseded: { en: 'replaced by another key', fr: 'remplacée par une autre clé' },
  compromised: { en: 'key compromised', fr: 'clé compromise' },
  retired: { en: 'no longer used', fr: 'plus utilisée' },
  'user-id-invalid': { en: 'user ID no longer valid', fr: 'identité plus valable' },
  other: { en: 'reason unknown', fr: 'raison inconnue' },
};

const isUnreadable = (reason: VerdictReason): reason is UnreadableReason => VERDICT_OF_REASON[reason] === 'unreadable';

const DATE_FORMATS: Record<UiLang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
};

/**
 * The whole explanation of a result (or of one signature) in one language.
 * `origins` says which inputs were pasted rather than given as files (default: files).
 */
export function explain(result: Explainable, lang: UiLang, origins: InputOrigins = {}): string {
  const { reason } = result;
  if (isUnreadable(reason)) {
    const problems: readonly InputProblem[] = result.problems?.length ? result.problems : [{ input: null, reason }];
    return problems.map((p) => explainProblem(p, lang, origins)).join(' ');
  }
  const d = result.details;
  const fr = lang === 'fr';
  const pick = (en: string, frText: string) => (fr ? frText : en);
  const when = (iso: string | null) => (iso ? `${DATE_FORMATS[lang].format(new Date(iso))} UTC` : pick('an unknown date', 'une date inconnue'));
  const fp = (hex: string | null) => (hex ? formatFingerprint(hex) : '?');
  const uid = d.signerUserId ? pick(` (“${d.signerUserId}”)`, ` (« ${d.signerUserId} »)`) : '';
  const key = `${fp(d.signerFingerprint)}${uid}`;
  const subkey = pick(`the signing subkey ${d.signingKeyId} of key ${key}`, `la sous-clé de signature ${d.signingKeyId} de la clé ${key}`);
  const made = when(d.signatureCreated);
  const pasted = origins.signature === 'pasted' || origins.message === 'pasted';

  let text: string;
  switch (reason) {
    case 'good':
      text =
        pick(
          `Valid signature${d.signerUserId ? ` from “${d.signerUserId}”` : ''}, made on ${made} with ${d.bySubkey ? `its signing subkey ${d.signingKeyId}` : 'its primary key'} (key fingerprint ${fp(d.signerFingerprint)}). `,
          `Signature valide${d.signerUserId ? ` de « ${d.signerUserId} »` : ''}, faite le ${made} avec ${d.bySubkey ? `sa sous-clé de signature ${d.signingKeyId}` : 'sa clé principale'} (empreinte de la clé ${fp(d.signerFingerprint)}). `,
        ) +
        (d.fingerprintMatches
          ? pick('It is the expected key.', 'C’est bien la clé attendue.')
          : pick(
              'No expected fingerprint was given: compare this fingerprint with one from another source before relying on it.',
              'Aucune empreinte attendue n’a été donnée : comparez cette empreinte avec une autre source avant de vous y fier.',
            ));
      break;
    case 'content-changed':
      text = pick(
        `Invalid signature: the content does not match the signature made on ${made} by key ${key}. The document was changed after it was signed, or the signature belongs to another document. Do not rely on this document.`,
        `Signature invalide : le contenu ne correspond pas à la signature faite le ${made} par la clé ${key}. Le document a été modifié après avoir été signé, ou la signature concerne un autre document. Ne vous fiez pas à ce document.`,
      );
      break;
    case 'weak-hash':
      text = pick(
        `Invalid signature: it uses the ${d.hashAlgorithm} hash algorithm, which is no longer safe, so it proves nothing.`,
        `Signature invalide : elle utilise l’algorithme de hachage ${d.hashAlgorithm}, qui n’est plus sûr ; elle ne prouve donc rien.`,
      );
      break;
    case 'weak-key':
      text = pick(
        `Invalid signature: the key that made it (${d.keyAlgorithm}, ${fp(d.signerFingerprint)}) is of a kind no longer considered safe.`,
        `Signature invalide : la clé qui l’a faite (${d.keyAlgorithm}, ${fp(d.signerFingerprint)}) est d’un type qui n’est plus considéré comme sûr.`,
      );
      break;
    case 'unsupported':
      text = pick(
        'Invalid signature: it contains a critical element that this verifier does not understand, so it cannot be accepted.',
        'Signature invalide : elle contient un élément critique que ce vérificateur ne comprend pas ; elle ne peut donc pas être acceptée.',
      );
      break;
    case 'future':
      text = pick(
        `Invalid signature: it is dated ${made}, after the moment of the check (${when(d.checkedAt)}).`,
        `Signature invalide : elle est datée du ${made}, après le moment de la vérification (${when(d.checkedAt)}).`,
      );
      break;
    case 'key-newer':
      text = pick(
        `Invalid signature: it is dated ${made}, before the key that made it was created (${when(d.signingKeyCreated)}); its date is false.`,
        `Signature invalide : elle est datée du ${made}, avant la création de la clé qui l’a faite (${when(d.signingKeyCreated)}) ; sa date est fausse.`,
      );
      break;
    case 'not-signing-key':
      text = pick(
        `Invalid signature: it was made by ${d.bySubkey ? `subkey ${d.signingKeyId}` : 'the primary key'} of key ${key}, which is not allowed to sign documents.`,
        `Signature invalide : elle a été faite par ${d.bySubkey ? `la sous-clé ${d.signingKeyId}` : 'la clé principale'} de la clé ${key}, qui n’est pas autorisée à signer des documents.`,
      );
      break;
    case 'rejected': {
      const clause = causeClause(d.errorCause, lang);
      text =
        pick(`Invalid signature: the OpenPGP library refused it (${clause}).`, `Signature invalide : la bibliothèque OpenPGP l’a refusée (${clause}).`) +
        technicalDetail(d.errorCause, d.error, lang);
      break;
    }
    case 'issuer-unknown': {
      const issuer = `${d.signingKeyId}${d.issuerFingerprint ? pick(` (fingerprint ${fp(d.issuerFingerprint)})`, ` (empreinte ${fp(d.issuerFingerprint)})`) : ''}`;
      const given =
        d.keysGiven.length === 1
          ? pick(`the key given (${fp(d.keysGiven[0])})`, `la clé fournie (${fp(d.keysGiven[0])})`)
          : pick(`any of the ${d.keysGiven.length} keys given`, `l’une des ${d.keysGiven.length} clés fournies`);
      text = pick(
        `Signed by another key: the signature was made by key ID ${issuer}, which is not ${given}. Get the signer’s key, or check that this is the right signature.`,
        `Signée par une autre clé : la signature a été faite par la clé d’identifiant ${issuer}, qui n’est pas ${given}. Procurez-vous la clé du signataire, ou vérifiez que c’est la bonne signature.`,
      );
      break;
    }
    case 'not-expected-key':
      text = pick(
        `Signed by another key than the expected one: the signature was made by key ${key}, but the expected fingerprint is ${fp(d.expectedFingerprint)}.`,
        `Signée par une autre clé que celle attendue : la signature a été faite par la clé ${key}, mais l’empreinte attendue est ${fp(d.expectedFingerprint)}.`,
      );
      break;
    case 'primary-expired':
    case 'subkey-expired': {
      const which = reason === 'primary-expired' ? pick(`key ${key}`, `la clé ${key}`) : subkey;
      const expired = when(reason === 'primary-expired' ? d.keyExpires : d.subkeyExpires);
      text = pick(
        `Key expired: ${which} expired on ${expired}. The signature was made on ${made}, ${d.validWhenSigned ? 'while the key was still valid' : 'after the key had expired'}; an expired key no longer vouches for anything: look for the signer’s current key.`,
        `Clé expirée : ${which} a expiré le ${expired}. La signature a été faite le ${made}, ${d.validWhenSigned ? 'quand la clé était encore valide' : 'après l’expiration de la clé'} ; une clé expirée ne garantit plus rien : cherchez la clé actuelle du signataire.`,
      );
      break;
    }
    case 'primary-revoked':
    case 'subkey-revoked': {
      const which = reason === 'primary-revoked' ? pick(`key ${key}`, `la clé ${key}`) : subkey;
      const revoked = when(reason === 'primary-revoked' ? d.keyRevoked : d.subkeyRevoked);
      const why = REVOCATION[d.revocationReason ?? 'other'][lang];
      const said = d.revocationText ? pick(`: “${d.revocationText}”`, ` : « ${d.revocationText} »`) : '';
      const compromised = d.revocationReason === 'compromised' || d.revocationReason === 'no-reason';
      text =
        pick(
          `Key revoked: ${which} was revoked on ${revoked} (${why}${said}). The signature was made on ${made}. `,
          `Clé révoquée : ${which} a été révoquée le ${revoked} (${why}${said}). La signature a été faite le ${made}. `,
        ) +
        (compromised
          ? pick(
              'The key may be in someone else’s hands: no signature made with it can be trusted, whatever its date.',
              'La clé est peut-être entre d’autres mains : aucune signature faite avec elle n’est fiable, quelle que soit sa date.',
            )
          : pick('Its owner has withdrawn it: do not rely on it any more.', 'Son propriétaire l’a retirée : ne vous y fiez plus.'));
      break;
    }
    case 'signature-expired':
      text = pick(
        `Signature expired: made on ${made} by key ${key}, it was valid only until ${when(d.signatureExpires)}. Ask for a fresh signature.`,
        `Signature expirée : faite le ${made} par la clé ${key}, elle n’était valable que jusqu’au ${when(d.signatureExpires)}. Demandez une signature récente.`,
      );
      break;
  }

  if (result.verdict === 'valid' && d.textOutsideSignature) {
    text += pick(
      ` Caution: the ${pasted ? 'pasted text' : 'file'} also contains text outside the signed block; that text is not covered by the signature.`,
      ` Attention : ${pasted ? 'le texte collé' : 'le fichier'} contient aussi du texte hors du bloc signé ; ce texte n’est pas couvert par la signature.`,
    );
  }
  const all = result.signatures ?? [];
  if (all.length > 1) {
    const list = all.map((s) => `${s.details.signingKeyId} ${verdictLabel(s.verdict, lang)}`).join(', ');
    text += pick(
      ` The ${pasted ? 'pasted text' : 'file'} holds ${all.length} signatures: ${list}.`,
      ` ${pasted ? 'Le texte collé' : 'Le fichier'} contient ${all.length} signatures : ${list}.`,
    );
  }
  return text;
}
