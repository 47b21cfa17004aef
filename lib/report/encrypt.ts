/**
 * Encrypts a report to a team's public key in the browser with openpgp.js,
 * loaded by this call only (never with the page). The key comes with the page
 * (the armored file the directory holds), so encrypting makes no request but
 * the one for the library's code.
 */
import { normalizeHex } from '../keys/fingerprint';

export type EncryptOutcome =
  | { ok: true; armored: string; fingerprint: string }
  | { ok: false; reason: 'wrong-key' | 'unusable-key' };

export async function encryptReport(text: string, armoredKey: string, expectedFingerprint: string): Promise<EncryptOutcome> {
  const openpgp = await import('openpgp');
  let key;
  try {
    key = await openpgp.readKey({ armoredKey });
  } catch {
    return { ok: false, reason: 'unusable-key' };
  }
  const fingerprint = key.getFingerprint().toUpperCase();
  // Only to the key the listing names: a file holding another key is refused, not used.
  if (fingerprint !== normalizeHex(expectedFingerprint)) return { ok: false, reason: 'wrong-key' };
  try {
    const armored = await openpgp.encrypt({ message: await openpgp.createMessage({ text }), encryptionKeys: key, format: 'armored' });
    return { ok: true, armored, fingerprint };
  } catch {
    // Expired, revoked, or without an encryption subkey: openpgp.js refuses it, and so do we.
    return { ok: false, reason: 'unusable-key' };
  }
}
