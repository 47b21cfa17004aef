/** Small pure checks shared by the schema, the loader and the pages. */

/** Uppercase hex without spaces or a leading 0x: "0x2c3d 542d" -> "2C3D542D". */
export function normaliseHex(value: string): string {
  return value.trim().replace(/^0x/i, '').replace(/\s+/g, '').toUpperCase();
}

/** "ED9C60A1…" -> "ED9C 60A1 …": the way fingerprints are printed and compared by people. */
export function groupInFours(hex: string): string {
  return normaliseHex(hex).replace(/(.{4})(?=.)/g, '$1 ');
}

/** True for a YYYY-MM-DD string naming a day that exists (2023-02-29 does not). */
export function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for a time zone name the platform's ICU knows (IANA names such as Indian/Reunion). */
export function isValidTimeZone(value: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Folder names become permalinks: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
