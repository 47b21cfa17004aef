/**
 * The moment a build judges key expiry and revocation at. BUILD_NOW (an ISO
 * date) pins it, so fixture sites and their tests do not change with the calendar.
 */
export function buildNow(): Date {
  const pinned = process.env.BUILD_NOW;
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (!Number.isFinite(date.getTime())) throw new Error(`BUILD_NOW is not a date: ${pinned}`);
  return date;
}
