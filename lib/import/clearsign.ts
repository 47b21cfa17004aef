/**
 * Clearsigned RFC 2350 documents: strips the OpenPGP armor so the text can be
 * read, and, when the maintainer gives the team's key, verifies the signature
 * with openpgp.js. Self-contained on purpose: lib/pgp/ is written separately.
 */
import * as openpgp from 'openpgp';

const BEGIN = /^-----BEGIN PGP SIGNED MESSAGE-----\r?$/m;
const SIGNATURE = /^-----BEGIN PGP SIGNATURE-----\r?$/m;

export type Unarmored = {
  /** The signed text, dash-escaping undone; the whole input when it was not clearsigned. */
  text: string;
  clearsigned: boolean;
  /** The armored cleartext message (header to signature end), for verification. */
  armored?: string;
};

/** Finds a clearsigned block and returns its text (RFC 4880 §7: headers dropped, "- " escapes undone). */
export function stripClearsign(input: string): Unarmored {
  const text = input.replace(/\r\n?/g, '\n');
  const begin = BEGIN.exec(text);
  if (!begin) return { text: input, clearsigned: false };
  const rest = text.slice(begin.index + begin[0].length + 1);
  const headerEnd = rest.search(/^\s*$/m);
  const sig = SIGNATURE.exec(rest);
  if (headerEnd < 0 || !sig || sig.index < headerEnd) return { text: input, clearsigned: false };
  const body = rest
    .slice(rest.indexOf('\n', headerEnd) + 1, sig.index)
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.replace(/^- /, ''))
    .join('\n');
  const endMatch = /^-----END PGP SIGNATURE-----$/m.exec(rest.slice(sig.index));
  const armoredEnd = endMatch ? begin.index + begin[0].length + 1 + sig.index + endMatch.index + endMatch[0].length : text.length;
  return { text: body, clearsigned: true, armored: text.slice(begin.index, armoredEnd) + '\n' };
}

export type Verification = {
  valid: boolean;
  /** Fingerprint of the key given with --key (uppercase hex). */
  keyFingerprint?: string;
  /** Key ID the signature names (uppercase hex, 16 digits). */
  signatureKeyId?: string;
  detail: string;
};

/** Verifies a clearsigned message against an armored public key; never throws. */
export async function verifyClearsigned(armored: string, armoredKey: string): Promise<Verification> {
  let key: openpgp.Key;
  try {
    key = await openpgp.readKey({ armoredKey });
  } catch (error) {
    return { valid: false, detail: `the key file is not a readable OpenPGP public key (${error instanceof Error ? error.message : String(error)})` };
  }
  const keyFingerprint = key.getFingerprint().toUpperCase();
  try {
    const message = await openpgp.readCleartextMessage({ cleartextMessage: armored });
    const result = await openpgp.verify({ message, verificationKeys: key, expectSigned: false });
    const [signature] = result.signatures;
    if (!signature) return { valid: false, keyFingerprint, detail: 'the document carries no signature' };
    const signatureKeyId = signature.keyID.toHex().toUpperCase();
    try {
      await signature.verified;
      return { valid: true, keyFingerprint, signatureKeyId, detail: `good signature by ${signatureKeyId}` };
    } catch (error) {
      return { valid: false, keyFingerprint, signatureKeyId, detail: error instanceof Error ? error.message : String(error) };
    }
  } catch (error) {
    return { valid: false, keyFingerprint, detail: `the signature cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
}
