/**
 * The building blocks of the profile schema (lib/profile/schema.ts): texts
 * with their limits and messages, the team's own words, URLs that are safe to
 * render, e-mail addresses, dates, times and section references.
 */
import 'server-only';
import { z } from 'zod';
import { isRealIsoDate, PROFILE_LIMITS, unsafeUrlReason } from './rules';

/** "expected at most 200 characters, got 5,000": the limit and the size, so the author knows how much to cut. */
export const atMost = (max: number, unit: 'characters' | 'items') => ({
  error: (issue: { input?: unknown }) => {
    const size = typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : undefined;
    return `expected at most ${max.toLocaleString('en')} ${unit}${size === undefined ? '' : `, got ${size.toLocaleString('en')}`}`;
  },
});

/** A list of at most `max` entries. */
export const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, atMost(max, 'items'));

/** A short text: a name, a place, an organisation. */
export const text = (description: string, max: number = PROFILE_LIMITS.name) =>
  z
    .string()
    .trim()
    .min(1, 'expected a non-empty text')
    .max(max, atMost(max, 'characters'))
    .describe(description);

/** Text in the team's own words, copied from its document; may span lines. */
export const asWritten = (what: string, max: number = PROFILE_LIMITS.asWritten) =>
  z
    .string()
    .trim()
    .min(1, 'expected a non-empty text')
    .max(max, atMost(max, 'characters'))
    .describe(`${what}, exactly as the team's document words it (shown verbatim).`);

/**
 * https: URLs; http: only as a fallback, for a team whose document gives no
 * https: address. Never javascript:, data:, vbscript:, file: or any other
 * scheme, nor a user name or password (https://user:pass@host/).
 */
export const httpsUrl = z
  .string()
  .max(PROFILE_LIMITS.url, atMost(PROFILE_LIMITS.url, 'characters'))
  .superRefine((value, ctx) => {
    // The value as written, not as z.url() would normalise it (it drops line breaks and fills in "//").
    const reason = unsafeUrlReason(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  })
  .meta({ format: 'uri' });

/** An address (no display name, quotes, spaces or line breaks: zod's e-mail pattern is ASCII only). */
export const email = z.email('expected an e-mail address such as cert@example.org').max(PROFILE_LIMITS.email, atMost(PROFILE_LIMITS.email, 'characters'));

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD (quote it in YAML)')
  .refine(isRealIsoDate, 'expected a real calendar date (this day does not exist)')
  // JSON Schema readers (teams.schema.json) check real days through the format.
  .meta({ format: 'date' });

export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time written HH:MM (24-hour clock)');

/** Provenance: where in the team's document a fact is stated. */
export const sectionRef = (what: string) =>
  text(
    `The section of the team's document that states ${what}: its number as the team prints it (e.g. 2.4), or its heading as written when the team does not number its sections. It must be a heading of the profile body.`,
    PROFILE_LIMITS.name,
  ).optional();
