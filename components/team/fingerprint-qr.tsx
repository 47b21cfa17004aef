import { fingerprintQr } from '@/lib/keys/fingerprint-qr';

/** The fingerprint as a QR code (openpgp4fpr: URI), drawn at build time: an SVG of one path, no script. */
export function FingerprintQr({ fingerprint, label }: { fingerprint: string; label: string }) {
  const { size, path } = fingerprintQr(fingerprint);
  return (
    <svg viewBox={`0 0 ${size} ${size}`} width={132} height={132} role="img" aria-label={label} className="bg-white" shapeRendering="crispEdges" data-testid="fingerprint-qr">
      <path d={path} fill="#000" />
    </svg>
  );
}
