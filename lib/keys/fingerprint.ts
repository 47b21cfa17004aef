/**
 * OpenPGP fingerprints and key IDs as people print them and as programs
 * compare them: the one place that normalises and groups them. Pure and
 * browser-safe (no dependency).
 */

/** Uppercase hex with spaces, colons and a leading 0x removed: "0x2c3d 54:2d" -> "2C3D542D". */
export function normalizeHex(value: string): string {
  return value.trim().replace(/^0x/i, '').replace(/[\s:]+/g, '').toUpperCase();
}

/** A v4 (40 hex digits) or v6 (64) fingerprint in any printed form, normalised; null when it is not one. */
export function parseFingerprint(value: string): string | null {
  const hex = normalizeHex(value);
  return /^(?:[0-9A-F]{40}|[0-9A-F]{64})$/.test(hex) ? hex : null;
}

/** "ED9C60A1…" -> "ED9C 60A1 …": the way people print and compare fingerprints. */
export function formatFingerprint(hex: string): string {
  return normalizeHex(hex).replace(/(.{4})(?=.)/g, '$1 ');
}

/** The long (16 hex digits) and short (8) key IDs of a v4 fingerprint: its last digits. */
export function keyIdsOf(fingerprint: string): { longId: string; shortId: string } {
  const hex = normalizeHex(fingerprint);
  return { longId: hex.slice(-16), shortId: hex.slice(-8) };
}
