/**
 * openpgp.js, loaded on first use (a separate chunk in the browser), and its
 * error messages turned into codes: the library speaks English, the site
 * speaks French and English, so explain.ts words the code and keeps the
 * library's own text only as a technical detail.
 */
import type * as OpenPGP from 'openpgp';

export type OpenPGPModule = typeof OpenPGP;

let loading: Promise<OpenPGPModule> | null = null;

/** Loads openpgp.js once, on first use. */
export function loadOpenPGP(): Promise<OpenPGPModule> {
  loading ??= import('openpgp').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** The library's (or the runtime's) message, cut to a readable length; kept as a technical detail. */
export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);

/**
 * What went wrong, as a code. Most come from openpgp.js's messages (errorCause);
 * no-creation-time, no-gate-result and invalid-now from the engine's own
 * checks; `unknown` is a library
 * message no pattern below recognises: it is shown with a generic sentence and
 * the raw message labelled as a technical detail.
 */
export const ERROR_CAUSES = [
  'bad-armor',
  'bad-checksum',
  'bad-packet',
  'unsupported-version',
  'unsupported-algorithm',
  'critical-unknown',
  'digest-mismatch',
  'weak-algorithm',
  'key-expired',
  'signature-expired',
  'revoked',
  'future',
  'no-signing-key',
  'no-creation-time',
  'no-gate-result',
  'invalid-now',
  'unknown',
] as const;
export type ErrorCause = (typeof ERROR_CAUSES)[number];

/**
 * openpgp.js 6 messages, most specific first: a wrapped error ("Could not find
 * valid signing key packet in key …: Primary key is expired") is judged by its cause.
 */
const PATTERNS: Array<[RegExp, ErrorCause]> = [
  [/Signature is expired/i, 'signature-expired'],
  [/is expired/i, 'key-expired'],
  [/revoked/i, 'revoked'],
  [/in the future/i, 'future'],
  [/too weak|Insecure (message )?hash algorithm/i, 'weak-algorithm'],
  [/Unknown critical/i, 'critical-unknown'],
  [/Signed digest did not match/i, 'digest-mismatch'],
  [/Missing signature creation time/i, 'no-creation-time'],
  [/integrity check failed|checksum/i, 'bad-checksum'],
  // In a browser, a damaged base64 body of the armor fails in atob() before openpgp.js words it.
  [/Misformed armored text|ASCII armor|non-ASCII character|armor|atob|not correctly encoded/i, 'bad-armor'],
  [/Unsupported key version|Version \d+ of the .* is unsupported|version/i, 'unsupported-version'],
  [/(Unknown|Unsupported) (public key |signature |hash )?(algorithm|curve|hash function)|Unsupported curve/i, 'unsupported-algorithm'],
  [/Could not find (valid )?signing key|Could not find primary user|Could not find valid .* signature in key/i, 'no-signing-key'],
  [/Error during parsing|Packet not allowed|Unexpected packet|Unknown packet|Error reading MPIs|Parsing .* failed|Missing key parameters|No key packet found|Unexpected end/i, 'bad-packet'],
];

/** The code for an error thrown by openpgp.js. */
export function errorCause(error: unknown): ErrorCause {
  const message = errorText(error);
  return PATTERNS.find(([pattern]) => pattern.test(message))?.[1] ?? 'unknown';
}
