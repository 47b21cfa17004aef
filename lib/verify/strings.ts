/**
 * The strings each verify island renders, picked on the server from the
 * language's dictionary and passed as props: islands get strings, never a
 * dictionary. Sentences with a name in them travel as templates ("{name}",
 * "{id}"), filled in by the island (fill()). Import from islands as types only.
 */
import { dict } from '@/lib/i18n/index';
import type { UiLang } from '@/lib/i18n/ui-lang';

/** Labels around a verdict; the verdict's own words come from lib/pgp/explain.ts, loaded on click. */
export type VerdictStrings = {
  /** "Result: ", "Résultat : " */
  resultPrefix: string;
  technicalDetails: string;
  signer: string;
  fingerprint: string;
  signingKeyId: string;
  signedOn: string;
  keyExpiresOn: string;
};

/** A check that could not run (files not fetched, engine not loaded): the sentence, then the browser's message, labelled. */
export type LoadFailureStrings = { failedToLoad: string; technicalDetail: string };

export type VerifyButtonStrings = LoadFailureStrings & { verify: string; verifying: string; verdict: VerdictStrings };

export type VerifyFormStrings = LoadFailureStrings & {
  documentInput: string;
  signatureInput: string;
  keyInput: string;
  chooseFile: string;
  orPaste: string;
  check: string;
  verifying: string;
  errorSummaryTitle: string;
  errorPrefix: string;
  missingSignature: string;
  missingDocument: string;
  noIssuer: string;
  /** Templates: {id} is the issuer's fingerprint or key ID, {name} the team's name. */
  issuerUnknown: string;
  issuerTeamNoKey: string;
  signedByTeam: string;
  verdict: VerdictStrings;
};

/** What a check that could not start says: the library did not load, with the browser's own message labelled. */
function loadFailureStrings(lang: UiLang): LoadFailureStrings {
  return { failedToLoad: dict(lang).verifyFailedToLoad, technicalDetail: dict(lang).verifyTechnicalDetail };
}

function verdictStrings(lang: UiLang): VerdictStrings {
  const t = dict(lang);
  return {
    resultPrefix: `${t.verdictLabel}${t.colon}`,
    technicalDetails: t.technicalDetails,
    signer: t.signer,
    fingerprint: t.fingerprint,
    signingKeyId: t.signingKeyId,
    signedOn: t.signedOn,
    keyExpiresOn: t.keyExpiresOn,
  };
}

export function verifyButtonStrings(lang: UiLang): VerifyButtonStrings {
  const t = dict(lang);
  return { verify: t.verify, verifying: t.verifying, ...loadFailureStrings(lang), verdict: verdictStrings(lang) };
}

export function verifyFormStrings(lang: UiLang): VerifyFormStrings {
  const t = dict(lang);
  return {
    documentInput: t.documentInput,
    signatureInput: t.signatureInput,
    keyInput: t.keyInput,
    chooseFile: t.chooseFile,
    orPaste: t.orPaste,
    check: t.check,
    verifying: t.verifying,
    ...loadFailureStrings(lang),
    errorSummaryTitle: t.errorSummaryTitle,
    errorPrefix: t.errorPrefix,
    missingSignature: t.missingSignature,
    missingDocument: t.missingDocument,
    noIssuer: t.noIssuer,
    issuerUnknown: t.issuerUnknown('{id}'),
    issuerTeamNoKey: t.issuerTeamNoKey('{name}', '{id}'),
    signedByTeam: t.signedByTeam('{name}'),
    verdict: verdictStrings(lang),
  };
}
