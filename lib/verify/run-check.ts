/**
 * The verify islands' checks, loaded on click (dynamic import) together with
 * the verification engine, openpgp.js and the explanations: nothing here is in
 * a page's first load. Returns what to show, in the reader's language.
 */
import { routes } from '@/lib/site/routes';
import { formatFingerprint } from '@/lib/keys/fingerprint';
import { findIssuer, type KeyIndexEntry } from '@/lib/keys/key-index';
import { explain, verdictLabel, type InputOrigins } from '@/lib/pgp/explain';
import { explainProblem } from '@/lib/pgp/explain-problem';
import type { InputName, InputProblem } from '@/lib/pgp/inputs';
import { isCleartext, signatureIssuers } from '@/lib/pgp/issuers';
import type { VerifyResult } from '@/lib/pgp/verdict';
import { inputProblems, verifyCleartext, verifyDetached } from '@/lib/pgp/verify';
import type { UiLang } from '@/lib/i18n/ui-lang';
import { FIELDS, fill, type FieldError, type FieldName, type Outcome, type ShownVerdict } from './outcome';
import type { VerdictStrings, VerifyFormStrings } from './strings';

type Input = Uint8Array | string;

function shown(result: VerifyResult, lang: UiLang, s: VerdictStrings, origins: InputOrigins = {}, note: string | null = null): ShownVerdict {
  const d = result.details;
  const rows: Array<[string, string | null]> = [
    [s.signer, d.signerUserId],
    [s.fingerprint, d.signerFingerprint && formatFingerprint(d.signerFingerprint)],
    [s.signingKeyId, d.signingKeyId && `0x${d.signingKeyId}`],
    [s.signedOn, d.signatureCreated],
    [s.keyExpiresOn, d.keyExpires],
  ];
  return {
    verdict: result.verdict,
    label: verdictLabel(result.verdict, lang),
    message: explain(result, lang, origins),
    note,
    facts: rows.filter((row): row is [string, string] => row[1] !== null),
  };
}

/** A team page's published file, its signature and the team key, all fetched as files. */
export async function checkPublished(files: { data: Input; signature: Input; keys: Input }, expectFingerprint: string | null, lang: UiLang, s: VerdictStrings): Promise<ShownVerdict> {
  return shown(await verifyDetached({ ...files, expectFingerprint }), lang, s);
}

const FIELD_OF: Record<InputName, FieldName | null> = { data: 'document', signature: 'signature', message: 'signature', key: 'key', fingerprint: null };
const byField = (a: FieldError, b: FieldError) => (a.field ? FIELDS.indexOf(a.field) : FIELDS.length) - (b.field ? FIELDS.indexOf(b.field) : FIELDS.length);

/** The form's inputs: bytes (a file) or text (pasted), null when the field is empty; `pasted` names the pasted ones. */
export type FormInputs = Record<FieldName, Input | null> & { pasted: FieldName[] };

async function directoryIndex(): Promise<KeyIndexEntry[]> {
  const response = await fetch(routes.keyIndex);
  if (!response.ok) throw new Error(`${routes.keyIndex}: HTTP ${response.status}`);
  return response.json();
}

/**
 * The verify page's check. Every field is read first and each problem is
 * reported on its own field (all of them, not only the first). Without a key,
 * the signature's issuer is looked up in the directory's key index.
 */
export async function checkForm(inputs: FormInputs, lang: UiLang, s: VerifyFormStrings): Promise<Outcome> {
  const { document: data, signature, key } = inputs;
  const origin = (field: FieldName) => (inputs.pasted.includes(field) ? 'pasted' : 'file');
  const origins: InputOrigins = { data: origin('document'), signature: origin('signature'), message: origin('signature'), key: origin('key') };
  const fieldError = (p: InputProblem): FieldError => ({ field: p.input ? FIELD_OF[p.input] : null, message: explainProblem(p, lang, origins) });

  const cleartext = signature !== null && isCleartext(signature);
  const errors: FieldError[] = [];
  if (signature === null) errors.push({ field: 'signature', message: s.missingSignature });
  else if (!cleartext && data === null) errors.push({ field: 'document', message: s.missingDocument });
  const problems = await inputProblems({
    data: cleartext ? undefined : (data ?? undefined),
    signature: cleartext ? undefined : (signature ?? undefined),
    message: cleartext ? (signature ?? undefined) : undefined,
    keys: key ?? undefined,
  });
  errors.push(...problems.map(fieldError));
  if (errors.length > 0 || signature === null) return { kind: 'errors', errors: errors.sort(byField) };

  const index = await directoryIndex();
  const verify = (keys: Input, expectFingerprint: string | null) =>
    cleartext ? verifyCleartext({ message: signature, keys, expectFingerprint }) : verifyDetached({ data: data ?? '', signature, keys, expectFingerprint });
  const result = async (keys: Input, expectFingerprint: string | null, team?: KeyIndexEntry): Promise<Outcome> => {
    const r = await verify(keys, expectFingerprint);
    if (r.verdict === 'unreadable') return { kind: 'errors', errors: r.problems.map(fieldError).sort(byField) };
    const signer = team ?? (r.verdict === 'valid' ? findIssuer(index, { fingerprint: r.details.signerFingerprint }) : undefined);
    const note = signer && r.verdict === 'valid' ? fill(s.signedByTeam, { name: signer.name }) : null;
    return { kind: 'verdict', verdict: shown(r, lang, s.verdict, origins, note) };
  };

  if (key !== null) return result(key, null);
  const issuers = await signatureIssuers(signature, cleartext ? 'cleartext' : 'detached');
  for (const issuer of issuers) {
    const team = findIssuer(index, issuer);
    if (!team) continue;
    const id = issuer.fingerprint ?? issuer.keyId;
    if (!team.key) return { kind: 'message', message: fill(s.issuerTeamNoKey, { name: team.name, id }) };
    const response = await fetch(team.key);
    if (!response.ok) throw new Error(`${team.key}: HTTP ${response.status}`);
    return result(new Uint8Array(await response.arrayBuffer()), team.fingerprint, team);
  }
  const first = issuers[0];
  if (!first || (first.keyId === '0000000000000000' && !first.fingerprint)) return { kind: 'message', message: s.noIssuer };
  return { kind: 'message', message: fill(s.issuerUnknown, { id: first.fingerprint ?? first.keyId }) };
}
