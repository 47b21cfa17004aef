/**
 * Who made a signature, read from the signature itself (issuer key ID and, when
 * present, issuer fingerprint subpackets), so the verify page can find the key
 * in the directory. Reading the issuer proves nothing: only a check against the
 * key does.
 */
import type * as OpenPGP from 'openpgp';
import { readCleartextInput, readSignatureInput } from './inputs';
import { loadOpenPGP } from './openpgp';

export type Issuer = { keyId: string; fingerprint: string | null };

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();

/** The issuer a signature packet names: its key ID and, when present, its fingerprint subpacket (uppercase hex). */
export function issuerOf(packet: OpenPGP.SignaturePacket): Issuer {
  return { keyId: packet.issuerKeyID.toHex().toUpperCase(), fingerprint: packet.issuerFingerprint ? hex(packet.issuerFingerprint) : null };
}

/** The issuers of every document signature in a detached signature or a clearsigned message; [] when unreadable. */
export async function signatureIssuers(input: Uint8Array | string, kind: 'detached' | 'cleartext'): Promise<Issuer[]> {
  const pgp = await loadOpenPGP();
  const read = kind === 'cleartext' ? await readCleartextInput(pgp, input) : await readSignatureInput(pgp, input);
  if (!read.ok) return [];
  const signature = 'signature' in read.value ? read.value.signature : read.value;
  return signature.packets.map(issuerOf);
}

/** True when the text is a clearsigned message rather than a detached signature. */
export function isCleartext(input: Uint8Array | string): boolean {
  const head = typeof input === 'string' ? input.slice(0, 4096) : new TextDecoder().decode(input.slice(0, 4096));
  return head.includes('-----BEGIN PGP SIGNED MESSAGE-----');
}
