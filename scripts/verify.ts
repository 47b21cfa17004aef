/**
 * Checks an OpenPGP signature with the directory's verification engine
 * (lib/pgp/verify.ts) and prints one JSON object on stdout, with the
 * engine's codes and their explanation (lib/pgp/explain.ts) in both languages.
 *
 *   npm run --silent verify -- --key KEY.asc --signature SIG [--data FILE]
 *                              [--expect-fingerprint FPR] [--now ISO-DATE] [--lang fr|en]
 *
 * Without --data, SIG is a clearsigned message. Exit code: 0 valid, 1 any
 * other verdict, 2 unusable arguments (message on stderr, nothing on stdout).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { explain } from '@/lib/pgp/explain';
import { PGP_INPUT_LIMITS } from '@/lib/pgp/inputs';
import { verifyCleartext, verifyDetached } from '@/lib/pgp/verify';
import type { VerifyResult } from '@/lib/pgp/verdict';
import { parseFingerprint } from '@/lib/keys/fingerprint';
import { isUiLang, UI_LANGS, type UiLang } from '@/lib/i18n/ui-lang';

const USAGE = `usage: npm run --silent verify -- --key KEY.asc --signature SIG [--data FILE] [--expect-fingerprint FPR] [--now ISO-DATE] [--lang fr|en]

  --key FILE                 the signer's public key (armored or binary; several keys allowed)
  --signature FILE           a detached signature of --data, or, without --data, a clearsigned message
  --data FILE                the signed file
  --expect-fingerprint FPR   the primary key fingerprint the signer must have (spaces allowed)
  --now ISO-DATE             judge expiry and revocation as of this date (default: now)
  --lang fr|en               language of "message" (default: en; "messages" has both)

Prints one JSON object. Exit code: 0 valid, 1 any other verdict, 2 unusable arguments.`;

class UsageError extends Error {}

/** Reads at most `cap` + 1 bytes: a larger file is reported `too-large` by the engine without being read whole. */
function readCapped(flag: string, file: string, cap: number): Uint8Array {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    throw new UsageError(`cannot read ${flag} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw new UsageError(`cannot read ${flag} ${file}: not a regular file`);
    const buffer = Buffer.alloc(Math.min(fs.fstatSync(fd).size, cap + 1));
    let read = 0;
    while (read < buffer.length) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, read);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${flag} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  } finally {
    fs.closeSync(fd);
  }
}

function parse(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        key: { type: 'string' },
        signature: { type: 'string' },
        data: { type: 'string' },
        'expect-fingerprint': { type: 'string' },
        now: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { help: true as const };
  if (!values.key) throw new UsageError('--key is required');
  if (!values.signature) throw new UsageError('--signature is required');
  const lang = values.lang ?? 'en';
  if (!isUiLang(lang)) throw new UsageError(`--lang must be fr or en, not ${lang}`);
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.now) || !Number.isFinite(now.getTime())) {
      throw new UsageError(`--now must be an ISO 8601 date, such as 2025-06-01 or 2025-06-01T12:00:00Z, not ${values.now}`);
    }
  }
  const expected = values['expect-fingerprint'];
  if (expected !== undefined && !parseFingerprint(expected)) {
    throw new UsageError(`--expect-fingerprint must be 40 hexadecimal digits (64 for a v6 key), not ${expected}`);
  }
  return { help: false as const, key: values.key, signature: values.signature, data: values.data, expected, now, lang };
}

/** The explanation in every UI language, e.g. { fr: '…', en: '…' }. */
const inEveryLang = (said: (lang: UiLang) => string) => Object.fromEntries(UI_LANGS.map((l) => [l, said(l)])) as Record<UiLang, string>;

function output(result: VerifyResult, lang: UiLang) {
  // The fields most readers want first, then every other detail.
  const { signerFingerprint, signingKeyId, signatureCreated, keyExpires, keyRevoked, ...details } = result.details;
  return {
    verdict: result.verdict,
    reason: result.reason,
    message: explain(result, lang),
    signerFingerprint,
    signingKeyId,
    signatureCreated,
    keyExpires,
    keyRevoked,
    kind: result.kind,
    ...details,
    problems: result.problems,
    messages: inEveryLang((l) => explain(result, l)),
    signatures: result.signatures.map((s) => ({
      verdict: s.verdict,
      reason: s.reason,
      signingKeyId: s.details.signingKeyId,
      signerFingerprint: s.details.signerFingerprint,
      signatureCreated: s.details.signatureCreated,
      message: explain(s, lang),
    })),
  };
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const keys = readCapped('--key', args.key, PGP_INPUT_LIMITS.key);
  const common = { keys, expectFingerprint: args.expected, now: args.now };
  const result =
    args.data === undefined
      ? await verifyCleartext({ ...common, message: readCapped('--signature', args.signature, PGP_INPUT_LIMITS.message) })
      : await verifyDetached({
          ...common,
          signature: readCapped('--signature', args.signature, PGP_INPUT_LIMITS.signature),
          data: readCapped('--data', args.data, PGP_INPUT_LIMITS.data),
        });
  process.stdout.write(`${JSON.stringify(output(result, args.lang), null, 2)}\n`);
  return result.verdict === 'valid' ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`verify: ${error.message}\n\n${USAGE}\n`);
    } else {
      process.stderr.write(`verify: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 2;
  },
);
