/**
 * Plain-words explanations of verification results, in French and English.
 * Both languages say the same things; every verdict and reason has a text.
 */
import type { Found, InputName } from './inputs';
import type { RevocationReason } from './key-facts';
import type { Details, Reason, Verdict } from './verdict';

export type Lang = 'fr' | 'en';

export interface Explainable {
  verdict: Verdict;
  reason: Reason;
  details: Details;
  /** When given with more than one entry, a sentence lists every signature of the file. */
  signatures?: ReadonlyArray<{ verdict: Verdict; details: Pick<Details, 'signingKeyId'> }>;
}

const LABELS: Record<Verdict, Record<Lang, string>> = {
  valid: { en: 'valid', fr: 'valide' },
  invalid: { en: 'invalid', fr: 'invalide' },
  'wrong-key': { en: 'made by another key', fr: 'faite par une autre clé' },
  'key-expired': { en: 'key expired', fr: 'clé expirée' },
  'key-revoked': { en: 'key revoked', fr: 'clé révoquée' },
  'signature-expired': { en: 'signature expired', fr: 'signature expirée' },
  unreadable: { en: 'unreadable', fr: 'illisible' },
};

/** A short label for a verdict ("key expired", "clé expirée"), e.g. for a badge. */
export function verdictLabel(verdict: Verdict, lang: Lang): string {
  return LABELS[verdict][lang];
}

const INPUTS: Record<InputName | 'none', Record<Lang, [string, string]>> = {
  key: { en: ['The key file', 'the key file'], fr: ['Le fichier de clé', 'le fichier de clé'] },
  signature: { en: ['The signature file', 'the signature file'], fr: ['Le fichier de signature', 'le fichier de signature'] },
  data: { en: ['The signed file', 'the signed file'], fr: ['Le fichier signé', 'le fichier signé'] },
  message: { en: ['The signed message', 'the signed message'], fr: ['Le message signé', 'le message signé'] },
  fingerprint: { en: ['The expected fingerprint', 'the expected fingerprint'], fr: ['L’empreinte attendue', 'l’empreinte attendue'] },
  none: { en: ['The input', 'the input'], fr: ['L’entrée', 'l’entrée'] },
};

const FOUND: Record<Found, Record<Lang, string>> = {
  'public-key': { en: 'a public key', fr: 'une clé publique' },
  'private-key': { en: 'a private key', fr: 'une clé privée' },
  signature: { en: 'a detached signature', fr: 'une signature détachée' },
  'signed-message': { en: 'a clearsigned message', fr: 'un message signé en clair' },
  message: { en: 'an OpenPGP message (encrypted or compressed)', fr: 'un message OpenPGP (chiffré ou compressé)' },
};

const EXPECTED: Record<InputName, Record<Lang, string>> = {
  key: { en: 'a public key', fr: 'd’une clé publique' },
  signature: { en: 'a detached signature', fr: 'd’une signature détachée' },
  message: { en: 'a clearsigned message', fr: 'd’un message signé en clair' },
  data: { en: 'a file', fr: 'd’un fichier' },
  fingerprint: { en: 'a fingerprint', fr: 'd’une empreinte' },
};

const REVOCATION: Record<RevocationReason, Record<Lang, string>> = {
  'no-reason': { en: 'no reason given', fr: 'aucune raison donnée' },
  superseded: { en: 'replaced by another key', fr: 'remplacée par une autre clé' },
  compromised: { en: 'key compromised', fr: 'clé compromise' },
  retired: { en: 'no longer used', fr: 'plus utilisée' },
  'user-id-invalid': { en: 'user ID no longer valid', fr: 'identité plus valable' },
  other: { en: 'reason unknown', fr: 'raison inconnue' },
};

const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
};

/** The whole explanation of a result (or of one signature) in one language. */
export function explain(result: Explainable, lang: Lang): string {
  const d = result.details;
  const fr = lang === 'fr';
  const pick = (en: string, frText: string) => (fr ? frText : en);
  const when = (iso: string | null) => (iso ? `${DATE_FORMATS[lang].format(new Date(iso))} UTC` : pick('an unknown date', 'une date inconnue'));
  const fp = (hex: string | null) => (hex ?? '?').replace(/(.{4})(?=.)/g, '$1 ');
  const uid = d.signerUserId ? pick(` (“${d.signerUserId}”)`, ` (« ${d.signerUserId} »)`) : '';
  const key = `${fp(d.signerFingerprint)}${uid}`;
  const subkey = pick(`the signing subkey ${d.signingKeyId} of key ${key}`, `la sous-clé de signature ${d.signingKeyId} de la clé ${key}`);
  const made = when(d.signatureCreated);
  const [Input, input] = INPUTS[d.input ?? 'none'][lang];

  let text: string;
  switch (result.reason) {
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
    case 'rejected':
      text = pick(`Invalid signature: openpgp.js refused it (${d.error}).`, `Signature invalide : openpgp.js l’a refusée (${d.error}).`);
      break;
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
      const which = result.reason === 'primary-expired' ? pick(`key ${key}`, `la clé ${key}`) : subkey;
      const expired = when(result.reason === 'primary-expired' ? d.keyExpires : d.subkeyExpires);
      text = pick(
        `Key expired: ${which} expired on ${expired}. The signature was made on ${made}, ${d.validWhenSigned ? 'while the key was still valid' : 'after the key had expired'}; an expired key no longer vouches for anything: look for the signer’s current key.`,
        `Clé expirée : ${which} a expiré le ${expired}. La signature a été faite le ${made}, ${d.validWhenSigned ? 'quand la clé était encore valide' : 'après l’expiration de la clé'} ; une clé expirée ne garantit plus rien : cherchez la clé actuelle du signataire.`,
      );
      break;
    }
    case 'primary-revoked':
    case 'subkey-revoked': {
      const which = result.reason === 'primary-revoked' ? pick(`key ${key}`, `la clé ${key}`) : subkey;
      const revoked = when(result.reason === 'primary-revoked' ? d.keyRevoked : d.subkeyRevoked);
      const reason = REVOCATION[d.revocationReason ?? 'other'][lang];
      const said = d.revocationText ? pick(`: “${d.revocationText}”`, ` : « ${d.revocationText} »`) : '';
      const compromised = d.revocationReason === 'compromised' || d.revocationReason === 'no-reason';
      text =
        pick(
          `Key revoked: ${which} was revoked on ${revoked} (${reason}${said}). The signature was made on ${made}. `,
          `Clé révoquée : ${which} a été révoquée le ${revoked} (${reason}${said}). La signature a été faite le ${made}. `,
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
    case 'empty':
      text = pick(`${Input} is empty.`, `${Input} est vide.`);
      break;
    case 'too-large': {
      const mib = Math.round((d.limitBytes ?? 0) / (1024 * 1024));
      // No byte limit: too many signatures or keys (COUNT_LIMITS), said in `error`.
      if (d.limitBytes === null && d.error) {
        text = pick(`${Input} holds too many signatures or keys to be checked (${d.error}).`, `${Input} contient trop de signatures ou de clés pour être vérifié (${d.error}).`);
        break;
      }
      text = pick(`${Input} is too large to be checked (over ${mib} MiB).`, `${Input} dépasse la taille maximale acceptée (${mib} Mio).`);
      break;
    }
    case 'truncated':
      text = pick(
        `${Input} is cut short: its armored block (“-----BEGIN PGP …”) has no END line. It was probably copied or downloaded only in part.`,
        `${Input} s’arrête avant la fin : son bloc armuré (« -----BEGIN PGP … ») n’a pas de ligne END. Il a sans doute été copié ou téléchargé en partie seulement.`,
      );
      break;
    case 'damaged':
      text = pick(
        `${Input} cannot be read as OpenPGP data: it is damaged or in another format (${d.error}).`,
        `Impossible de lire ${input} : ce ne sont pas des données OpenPGP valides, abîmées ou dans un autre format (${d.error}).`,
      );
      break;
    case 'not-openpgp':
      text = pick(
        `${Input} holds no OpenPGP data: no armored block (“-----BEGIN PGP …”) and no binary OpenPGP packets. Is it the right file?`,
        `${Input} ne contient pas de données OpenPGP : ni bloc armuré (« -----BEGIN PGP … »), ni paquets OpenPGP binaires. Est-ce le bon fichier ?`,
      );
      break;
    case 'wrong-type': {
      const found = d.found ? FOUND[d.found][lang] : pick('something else', 'autre chose');
      const expected = EXPECTED[d.input ?? 'signature'][lang];
      let hint = '';
      if (d.input === 'signature' && d.found === 'signed-message') {
        hint = pick(' Check it as a clearsigned message, without a separate signed file.', ' Vérifiez-le comme un message signé en clair, sans fichier signé séparé.');
      } else if (d.input === 'message' && d.found === 'signature') {
        hint = pick(' A detached signature is checked together with the file it signs.', ' Une signature détachée se vérifie avec le fichier qu’elle signe.');
      }
      text = pick(`${Input} holds ${found} instead of ${expected}.${hint}`, `${Input} contient ${found} au lieu ${expected}.${hint}`);
      break;
    }
    case 'no-signature':
      text = pick(
        `${Input} holds no signature over a document (only other kinds of OpenPGP signatures, such as key certifications).`,
        `${Input} ne contient aucune signature de document (seulement d’autres sortes de signatures OpenPGP, comme des certifications de clé).`,
      );
      break;
    case 'bad-fingerprint':
      text = pick(
        `${Input} is not a fingerprint: 40 hexadecimal digits are expected (64 for a v6 key), with or without spaces.`,
        `${Input} n’est pas une empreinte : 40 chiffres hexadécimaux sont attendus (64 pour une clé v6), avec ou sans espaces.`,
      );
      break;
    case 'unexpected-error':
      text = pick(
        `The check could not be completed (${d.error}); nothing can be said about this signature.`,
        `La vérification n’a pas pu aller au bout (${d.error}) ; rien ne peut être dit de cette signature.`,
      );
      break;
  }

  if (result.verdict === 'valid' && d.textOutsideSignature) {
    text += pick(
      ' Caution: the file also contains text outside the signed block; that text is not covered by the signature.',
      ' Attention : le fichier contient aussi du texte hors du bloc signé ; ce texte n’est pas couvert par la signature.',
    );
  }
  const all = result.signatures ?? [];
  if (all.length > 1) {
    const list = all.map((s) => `${s.details.signingKeyId} ${verdictLabel(s.verdict, lang)}`).join(', ');
    text += pick(` The file holds ${all.length} signatures: ${list}.`, ` Le fichier contient ${all.length} signatures : ${list}.`);
  }
  return text;
}
