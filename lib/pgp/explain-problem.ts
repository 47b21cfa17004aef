/**
 * Plain words, in French and English, for an input that cannot be used and
 * for the causes of a library error (lib/pgp/openpgp.ts). An input is named
 * the way the reader gave it: "the key file" for a file, "the pasted key" for
 * text pasted into the page. The library's own English message is shown only
 * for a cause no code covers, labelled as a technical detail.
 */
import type { UiLang } from '@/lib/i18n/ui-lang';
import type { Found, InputName, InputProblem } from './inputs';
import type { ErrorCause } from './openpgp';

/** How the reader gave an input: a file (chosen, fetched, or on the command line) or text pasted into the page. */
export type InputOrigin = 'file' | 'pasted';
export type InputOrigins = Partial<Record<InputName, InputOrigin>>;

type Words = Record<UiLang, string>;
/** A noun phrase with its article; `feminine` for French agreement. */
type Noun = { en: string; fr: string; feminine?: true };

const NOUNS: Record<InputName | 'none', Record<InputOrigin, Noun>> = {
  key: { file: { en: 'The key file', fr: 'Le fichier de clé' }, pasted: { en: 'The pasted key', fr: 'La clé collée', feminine: true } },
  signature: {
    file: { en: 'The signature file', fr: 'Le fichier de signature' },
    pasted: { en: 'The pasted signature', fr: 'La signature collée', feminine: true },
  },
  data: { file: { en: 'The signed file', fr: 'Le fichier signé' }, pasted: { en: 'The pasted document', fr: 'Le document collé' } },
  message: { file: { en: 'The signed message', fr: 'Le message signé' }, pasted: { en: 'The pasted signed message', fr: 'Le message signé collé' } },
  fingerprint: {
    file: { en: 'The expected fingerprint', fr: 'L’empreinte attendue', feminine: true },
    pasted: { en: 'The expected fingerprint', fr: 'L’empreinte attendue', feminine: true },
  },
  none: { file: { en: 'The input', fr: 'L’entrée', feminine: true }, pasted: { en: 'The input', fr: 'L’entrée', feminine: true } },
};

const FOUND: Record<Found, Words> = {
  'public-key': { en: 'a public key', fr: 'une clé publique' },
  'private-key': { en: 'a private key', fr: 'une clé privée' },
  signature: { en: 'a detached signature', fr: 'une signature détachée' },
  'signed-message': { en: 'a clearsigned message', fr: 'un message signé en clair' },
  message: { en: 'an OpenPGP message (encrypted or compressed)', fr: 'un message OpenPGP (chiffré ou compressé)' },
};

const EXPECTED: Record<InputName, Words> = {
  key: { en: 'a public key', fr: 'd’une clé publique' },
  signature: { en: 'a detached signature', fr: 'd’une signature détachée' },
  message: { en: 'a clearsigned message', fr: 'd’un message signé en clair' },
  data: { en: 'a file', fr: 'd’un fichier' },
  fingerprint: { en: 'a fingerprint', fr: 'd’une empreinte' },
};

/** What a count limit counts, per input (COUNT_LIMITS in inputs.ts). */
const COUNTED: Record<'key' | 'other', Words> = {
  key: { en: 'keys, user IDs, subkeys and self-signatures', fr: 'clés, identités, sous-clés et auto-signatures' },
  other: { en: 'signatures over a document', fr: 'signatures de document' },
};

/** Each cause as a clause ("… : <clause>."); `unknown` says nothing precise, the technical detail follows. */
export const CAUSES: Record<ErrorCause, Words> = {
  'bad-armor': { en: 'its armor (the “-----BEGIN PGP …” text block) is malformed', fr: 'son armure (le bloc de texte « -----BEGIN PGP … ») est mal formée' },
  'bad-checksum': {
    en: 'the checksum of its armor does not match: the text was changed or damaged on the way',
    fr: 'la somme de contrôle de son armure ne correspond pas : le texte a été modifié ou abîmé en route',
  },
  'bad-packet': { en: 'its OpenPGP packets are damaged or out of place', fr: 'ses paquets OpenPGP sont abîmés ou mal placés' },
  'unsupported-version': {
    en: 'it uses a version of OpenPGP this verifier does not support',
    fr: 'ses données utilisent une version d’OpenPGP que ce vérificateur ne prend pas en charge',
  },
  'unsupported-algorithm': {
    en: 'it uses an algorithm this verifier does not support',
    fr: 'ses données utilisent un algorithme que ce vérificateur ne prend pas en charge',
  },
  'critical-unknown': {
    en: 'it contains a critical element this verifier does not understand',
    fr: 'les données contiennent un élément critique que ce vérificateur ne comprend pas',
  },
  'digest-mismatch': { en: 'the content does not match the signature', fr: 'le contenu ne correspond pas à la signature' },
  'weak-algorithm': {
    en: 'the algorithm or key size used is no longer considered safe',
    fr: 'l’algorithme ou la taille de clé utilisés ne sont plus considérés comme sûrs',
  },
  'key-expired': { en: 'the key, or the subkey that signed, has expired', fr: 'la clé, ou la sous-clé qui a signé, a expiré' },
  'signature-expired': { en: 'the signature has expired', fr: 'la signature a expiré' },
  revoked: { en: 'the key, or the subkey that signed, was revoked', fr: 'la clé, ou la sous-clé qui a signé, a été révoquée' },
  future: { en: 'one of its dates lies in the future', fr: 'une de ses dates est dans le futur' },
  'no-signing-key': { en: 'no valid signing key was found', fr: 'aucune clé de signature valide n’a été trouvée' },
  'no-creation-time': { en: 'the signature has no creation date', fr: 'la signature n’a pas de date de création' },
  'no-gate-result': {
    en: 'the OpenPGP library gave no result for this signature',
    fr: 'la bibliothèque OpenPGP n’a donné aucun résultat pour cette signature',
  },
  'invalid-now': { en: 'the date to check as of is not a valid date', fr: 'la date de vérification demandée n’est pas une date valide' },
  unknown: { en: 'for a reason this verifier does not recognise', fr: 'pour une raison que ce vérificateur ne reconnaît pas' },
};

/** The library's raw message, labelled: appended only when no code covers it. */
export function technicalDetail(cause: ErrorCause | null | undefined, error: string | null | undefined, lang: UiLang): string {
  if ((cause && cause !== 'unknown') || !error) return '';
  return lang === 'fr'
    ? ` Détail technique (message de la bibliothèque OpenPGP, en anglais) : « ${error} ».`
    : ` Technical detail (message from the OpenPGP library): “${error}”.`;
}

/** The cause as a clause; `fallback` replaces the vague `unknown` where the context says more. */
export const causeClause = (cause: ErrorCause | null | undefined, lang: UiLang, fallback: Words = CAUSES.unknown) =>
  (cause && cause !== 'unknown' ? CAUSES[cause] : fallback)[lang];

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The name of an input as the reader gave it ("The pasted key", "Le fichier de clé"). */
export function inputNoun(input: InputName | null, lang: UiLang, origins: InputOrigins = {}): string {
  return NOUNS[input ?? 'none'][(input && origins[input]) || 'file'][lang];
}

/** One input problem, in one language. */
export function explainProblem(problem: InputProblem, lang: UiLang, origins: InputOrigins = {}): string {
  const fr = lang === 'fr';
  const pick = (en: string, frText: string) => (fr ? frText : en);
  const pasted = problem.input !== null && origins[problem.input] === 'pasted';
  const noun = NOUNS[problem.input ?? 'none'][pasted ? 'pasted' : 'file'];
  const Input = noun[lang];
  const e = noun.feminine ? 'e' : '';
  const it = noun.feminine ? 'Elle' : 'Il';
  switch (problem.reason) {
    case 'empty':
      return pick(`${Input} is empty.`, `${Input} est vide.`);
    case 'too-large': {
      const mib = Math.round((problem.limitBytes ?? 0) / (1024 * 1024));
      return pick(`${Input} is too large to be checked (over ${mib} MiB).`, `${Input} dépasse la taille maximale acceptée (${mib} Mio).`);
    }
    case 'too-many': {
      const what = COUNTED[problem.input === 'key' ? 'key' : 'other'][lang];
      return pick(
        `${Input} holds too many ${what} to be checked (${problem.count}; at most ${problem.countLimit}).`,
        `${Input} contient trop de ${what} pour être vérifié${e} (${problem.count} ; au plus ${problem.countLimit}).`,
      );
    }
    case 'truncated':
      return pick(
        `${Input} is cut short: its armored block (“-----BEGIN PGP …”) has no END line. It was probably ${pasted ? 'copied' : 'copied or downloaded'} only in part.`,
        `${Input} s’arrête avant la fin : son bloc armuré (« -----BEGIN PGP … ») n’a pas de ligne END. ${it} a sans doute été ${pasted ? `copié${e}` : `copié${e} ou téléchargé${e}`} en partie seulement.`,
      );
    case 'damaged': {
      const clause = causeClause(problem.cause, lang, { en: 'it is damaged or in another format', fr: 'ses données sont abîmées ou dans un autre format' });
      const detail = technicalDetail(problem.cause, problem.error, lang);
      return pick(`${Input} cannot be read as OpenPGP data: ${clause}.${detail}`, `Impossible de lire ${lowerFirst(Input)} : ${clause}.${detail}`);
    }
    case 'not-openpgp':
      return pick(
        `${Input} holds no OpenPGP data: no armored block (“-----BEGIN PGP …”) and no binary OpenPGP packets. Is it the right ${pasted ? 'text' : 'file'}?`,
        `${Input} ne contient pas de données OpenPGP : ni bloc armuré (« -----BEGIN PGP … »), ni paquets OpenPGP binaires. Est-ce le bon ${pasted ? 'texte' : 'fichier'} ?`,
      );
    case 'wrong-type': {
      const found = problem.found ? FOUND[problem.found][lang] : pick('something else', 'autre chose');
      const expected = EXPECTED[problem.input ?? 'signature'][lang];
      let hint = '';
      if (problem.input === 'signature' && problem.found === 'signed-message') {
        hint = pick(' Check it as a clearsigned message, without a separate signed file.', ' Vérifiez-le comme un message signé en clair, sans fichier signé séparé.');
      } else if (problem.input === 'message' && problem.found === 'signature') {
        hint = pick(' A detached signature is checked together with the file it signs.', ' Une signature détachée se vérifie avec le fichier qu’elle signe.');
      }
      return pick(`${Input} holds ${found} instead of ${expected}.${hint}`, `${Input} contient ${found} au lieu ${expected}.${hint}`);
    }
    case 'no-signature':
      return pick(
        `${Input} holds no signature over a document (only other kinds of OpenPGP signatures, such as key certifications).`,
        `${Input} ne contient aucune signature de document (seulement d’autres sortes de signatures OpenPGP, comme des certifications de clé).`,
      );
    case 'bad-fingerprint':
      return pick(
        `${Input} is not a fingerprint: 40 hexadecimal digits are expected (64 for a v6 key), with or without spaces.`,
        `${Input} n’est pas une empreinte : 40 chiffres hexadécimaux sont attendus (64 pour une clé v6), avec ou sans espaces.`,
      );
    case 'unexpected-error': {
      const clause = causeClause(problem.cause, lang, { en: 'an unexpected error occurred', fr: 'une erreur inattendue s’est produite' });
      return pick(
        `The check could not be completed (${clause}); nothing can be said about this signature.`,
        `La vérification n’a pas pu aller au bout (${clause}) ; rien ne peut être dit de cette signature.`,
      ) + technicalDetail(problem.cause, problem.error, lang);
    }
  }
}
