/**
 * The public verification API: one verdict for a signed document, the same in
 * the browser, at build time (lib/profile/keys.ts) and on the command line
 * (scripts/verify.ts). Returns data only (lib/pgp/verdict.ts); explain.ts
 * words it where it is shown.
 *
 * All parsing and cryptography is openpgp.js's, loaded on first use (dynamic
 * import), never at module load. Nothing here throws: every failure,
 * including hostile input, comes back as a verdict. Every input is read, so a
 * result names each one that cannot be used (`problems`), not only the first.
 * How signatures are judged: lib/pgp/check-signature.ts.
 */
import type * as OpenPGP from 'openpgp';
import { checkSignature, decide, type SignatureContext } from './check-signature';
import { readCleartextInput, readDataInput, readFingerprintInput, readKeysInput, readSignatureInput, type InputProblem, type Read } from './inputs';
import { errorCause, errorText, loadOpenPGP, type OpenPGPModule } from './openpgp';
import { blankDetails, type Details, type SignatureCheck, type VerifyCleartextOptions, type VerifyDetachedOptions, type VerifyResult } from './verdict';

type Kind = VerifyResult['kind'];

function unreadable(kind: Kind, now: Date, problems: InputProblem[], details: Partial<Details> = {}): VerifyResult {
  return { verdict: 'unreadable', reason: problems[0].reason, details: { ...blankDetails(now), ...details }, kind, signatures: [], problems, signedText: null };
}

/** The problems of the reads that failed, in the order given (null: input not given). */
function problemsOf(reads: Array<Read<unknown> | null>): InputProblem[] {
  return reads.flatMap((read) => (read && !read.ok ? [read.problem] : []));
}

type Prepared = { pgp: OpenPGPModule; now: Date; expected: Read<string | null> };

/** Loads openpgp.js, checks `now`, reads the expected fingerprint, and turns any exception into a verdict. */
async function guarded(kind: Kind, options: { now?: Date; expectFingerprint?: string | null }, body: (prepared: Prepared) => Promise<VerifyResult>): Promise<VerifyResult> {
  const now = options.now ?? new Date();
  if (!Number.isFinite(now.getTime())) return unreadable(kind, new Date(), [{ input: null, reason: 'unexpected-error', cause: 'invalid-now' }]);
  const expected: Read<string | null> = options.expectFingerprint ? readFingerprintInput(options.expectFingerprint) : { ok: true, value: null };
  try {
    const pgp = await loadOpenPGP();
    return await body({ pgp, now, expected });
  } catch (error) {
    const problem: InputProblem = { input: null, reason: 'unexpected-error', error: errorText(error), cause: errorCause(error) };
    return unreadable(kind, now, [problem], { expectedFingerprint: expected.ok ? expected.value : null });
  }
}

async function judge(
  kind: Kind,
  { pgp, now }: Prepared,
  expected: string | null,
  keys: OpenPGP.Key[],
  signature: OpenPGP.Signature,
  literal: object,
  gate: () => Promise<OpenPGP.VerifyMessageResult>,
  extra: { textOutsideSignature: boolean | null; signedText: string | null },
): Promise<VerifyResult> {
  const publicKeys = keys.map((k) => k.toPublic());
  const base: Details = {
    ...blankDetails(now),
    expectedFingerprint: expected,
    keysGiven: publicKeys.map((k) => k.getFingerprint().toUpperCase()),
    textOutsideSignature: extra.textOutsideSignature,
  };
  let gates: Array<Promise<unknown>> = [];
  let gateError: unknown = null;
  try {
    gates = (await gate()).signatures.map((s) => s.verified);
  } catch (error) {
    gateError = error;
  }
  const ctx: SignatureContext = { pgp, keys: publicKeys, expected, now, literal, base };
  const checks: SignatureCheck[] = [];
  for (const [i, packet] of signature.packets.entries()) {
    checks.push(await checkSignature(ctx, packet, gateError ? Promise.reject(gateError) : (gates[i] ?? null)));
  }
  const { verdict, reason, details } = decide(checks);
  return { verdict, reason, details, kind, signatures: checks, problems: [], signedText: extra.signedText };
}

/** Checks a detached signature (armored or binary) of `data` against the key(s) of `keys`. */
export function verifyDetached(options: VerifyDetachedOptions): Promise<VerifyResult> {
  return guarded('detached', options, async (prepared) => {
    const { pgp, now, expected } = prepared;
    const data = readDataInput(options.data);
    const signature = await readSignatureInput(pgp, options.signature);
    const keys = await readKeysInput(pgp, options.keys);
    if (!data.ok || !signature.ok || !keys.ok || !expected.ok) return unreadable('detached', now, problemsOf([data, signature, keys, expected]));
    // Bytes, never text: a binary signature covers the exact bytes; a text-mode one is
    // canonicalised to CRLF by openpgp.js itself (so CRLF and LF copies both verify, as in GnuPG).
    const message = await pgp.createMessage({ binary: data.value });
    const literal = message.packets.findPacket(pgp.enums.packet.literalData);
    if (!literal) throw new Error('openpgp.js made no literal data packet');
    const verificationKeys = keys.value.map((k) => k.toPublic());
    const gate = () => pgp.verify({ message, signature: signature.value, verificationKeys, date: now, expectSigned: false, format: 'binary' });
    return judge('detached', prepared, expected.value, keys.value, signature.value, literal, gate, { textOutsideSignature: null, signedText: null });
  });
}

/** Checks a clearsigned message against the key(s) of `keys`. Only its first signed block counts. */
export function verifyCleartext(options: VerifyCleartextOptions): Promise<VerifyResult> {
  return guarded('cleartext', options, async (prepared) => {
    const { pgp, now, expected } = prepared;
    const read = await readCleartextInput(pgp, options.message);
    const keys = await readKeysInput(pgp, options.keys);
    if (!read.ok || !keys.ok || !expected.ok) return unreadable('cleartext', now, problemsOf([read, keys, expected]));
    const { message, signature, outside } = read.value;
    const text = message.getText();
    const literal = (await pgp.createMessage({ text })).packets.findPacket(pgp.enums.packet.literalData);
    if (!literal) throw new Error('openpgp.js made no literal data packet');
    const verificationKeys = keys.value.map((k) => k.toPublic());
    const gate = () => pgp.verify({ message, verificationKeys, date: now, expectSigned: false });
    return judge('cleartext', prepared, expected.value, keys.value, signature, literal, gate, { textOutsideSignature: outside, signedText: text });
  });
}

export type CheckInputs = { data?: Uint8Array | string; signature?: Uint8Array | string; message?: Uint8Array | string; keys?: Uint8Array | string };

/**
 * Reads the inputs given, checking nothing else, and reports each one that
 * cannot be used, in this order: data, signature, message, keys. The verify
 * page uses it before looking a signature's issuer up in the directory.
 */
export async function inputProblems(inputs: CheckInputs): Promise<InputProblem[]> {
  const pgp = await loadOpenPGP();
  return problemsOf([
    inputs.data === undefined ? null : readDataInput(inputs.data),
    inputs.signature === undefined ? null : await readSignatureInput(pgp, inputs.signature),
    inputs.message === undefined ? null : await readCleartextInput(pgp, inputs.message),
    inputs.keys === undefined ? null : await readKeysInput(pgp, inputs.keys),
  ]);
}
