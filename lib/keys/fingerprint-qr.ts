/**
 * A QR code of a key's fingerprint as an openpgp4fpr: URI, made at build time
 * (qrcode): a phone scanning the team page picks up the fingerprint.
 */
import QRCode from 'qrcode';
import { parseFingerprint } from '@/lib/keys/fingerprint';

/** "openpgp4fpr:<FPR>" for a fingerprint in any printed form; throws on anything else. */
export function openpgp4fpr(fingerprint: string): string {
  const hex = parseFingerprint(fingerprint);
  if (!hex) throw new Error(`not an OpenPGP fingerprint: "${fingerprint}"`);
  return `openpgp4fpr:${hex}`;
}

const MARGIN = 2;

/**
 * The QR code of `openpgp4fpr(fingerprint)` as one SVG path (one unit square
 * per dark module, a 2-module quiet zone): the team page renders it as React
 * elements, so no markup string is ever injected.
 */
export function fingerprintQr(fingerprint: string): { size: number; path: string } {
  const { modules } = QRCode.create(openpgp4fpr(fingerprint), { errorCorrectionLevel: 'M' });
  let path = '';
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) path += `M${x + MARGIN} ${y + MARGIN}h1v1h-1z`;
  }
  return { size: modules.size + 2 * MARGIN, path };
}
