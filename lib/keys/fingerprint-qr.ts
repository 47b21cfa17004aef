/**
 * A QR code of a key's fingerprint as an openpgp4fpr: URI, made at build time
 * as an SVG string (qrcode): paths only, no script, no external reference,
 * so a team page can inline it and a phone can pick up the fingerprint.
 */
import QRCode from 'qrcode';
import { parseFingerprint } from '@/lib/fingerprint';

/** "openpgp4fpr:<FPR>" for a fingerprint in any printed form; throws on anything else. */
export function openpgp4fpr(fingerprint: string): string {
  const hex = parseFingerprint(fingerprint);
  if (!hex) throw new Error(`not an OpenPGP fingerprint: "${fingerprint}"`);
  return `openpgp4fpr:${hex}`;
}

/** The SVG markup of the QR code of `openpgp4fpr(fingerprint)`. */
export async function fingerprintQrSvg(fingerprint: string): Promise<string> {
  const svg = await QRCode.toString(openpgp4fpr(fingerprint), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  // qrcode writes <svg> with paths only; make sure of it, since pages inline the result.
  if (/<script|\bon[a-z]+=|href=/i.test(svg)) throw new Error('qrcode produced active SVG content');
  return svg;
}
