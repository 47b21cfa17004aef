/**
 * A key's status at an instant, from its dates: the build judges it as of the
 * build, the browser again as of the reading (components/team/key-status-now).
 * Pure and browser-safe.
 */
const DAY = 86_400_000;
/** A key that expires within this many days gets a notice. */
export const EXPIRY_NOTICE_DAYS = 90;

export type KeyDates = { expires: string | null; revokedOn: string | null };
export type KeyStatus = { kind: 'revoked'; date: string } | { kind: 'expired'; date: string } | { kind: 'expires-soon'; date: string; days: number } | { kind: 'ok' };

export function keyStatusAt(key: KeyDates, now: Date): KeyStatus {
  if (key.revokedOn) return { kind: 'revoked', date: key.revokedOn };
  if (!key.expires) return { kind: 'ok' };
  const left = Date.parse(key.expires) - now.getTime();
  if (left <= 0) return { kind: 'expired', date: key.expires };
  if (left < EXPIRY_NOTICE_DAYS * DAY) return { kind: 'expires-soon', date: key.expires, days: Math.ceil(left / DAY) };
  return { kind: 'ok' };
}
