import { CONDITION_CODES } from '@/lib/profile/vocabulary';
/**
 * The building blocks of the open data record schema (record-schema.ts): the
 * sub-records for countries, phones, e-mail addresses, OpenPGP keys and hours,
 * made of the profile schema's own fields (lib/profile/schema.ts).
 *
 * Why: a pattern, a vocabulary or a limit is defined once, in the profile
 * schema; the record reuses it, so changing it there changes teams.json and
 * its published JSON Schema too. Only what the record changes is described
 * here: Trusted Introducer's field names (phones[].usage, emails[].usage,
 * pgp_keys[].fingerprint), lists left out when empty, and facts the directory
 * derives (long key ID, key file facts).
 */
import 'server-only';
import { z } from 'zod';
import type { RevocationReason } from '@/lib/pgp/key-facts';
import { emailSchema, hoursSchema, pgpKeySchema, phoneSchema, profileSchema, telephoneSchema } from '@/lib/profile/schema';

export const url = (description: string) => z.url().describe(description);
export const date = (description: string) => z.iso.date().describe(`${description} ISO 8601 date (YYYY-MM-DD).`);
const dateTime = (description: string) => z.iso.datetime().describe(`${description} ISO 8601 date-time in UTC.`);

/** The schema with one more sentence after its own description (a Trusted Introducer name, how it differs from a look-alike). */
export function addToDescription<T extends z.ZodType>(schema: T, sentence: string): T {
  if (!schema.description) throw new Error(`addToDescription: the schema has no description to add "${sentence}" to`);
  return schema.describe(`${schema.description} ${sentence}`);
}

/** A profile list that defaults to []: in a record an empty list states nothing, so the key is left out instead. */
export function nonEmptyList<T extends z.ZodType>(list: z.ZodDefault<z.ZodArray<T>>) {
  return list.unwrap().min(1).describe(`${list.description} In a record, an empty list is left out.`).optional();
}

/** Every reason lib/pgp reads from a revocation; the type check below fails when one is added there and not here. */
const REVOCATION_REASONS = ['no-reason', 'superseded', 'compromised', 'retired', 'user-id-invalid', 'other'] as const satisfies readonly RevocationReason[];
const allReasons: Exclude<RevocationReason, (typeof REVOCATION_REASONS)[number]> extends never ? true : never = true;
void allReasons;

export const country = z
  .strictObject({
    code: profileSchema.shape.country.describe('ISO 3166-1 alpha-2 code.'),
    name: z.string().min(1).describe('English name of the country (Unicode CLDR).'),
  })
  .describe('A country, as Trusted Introducer writes it: {code, name}.');

const teamTimeZone = profileSchema.shape.hours.unwrap().shape.timezone;

export const phone = z
  .strictObject({
    number: addToDescription(phoneSchema.shape.e164, 'Trusted Introducer: phones[].number.'),
    display: phoneSchema.shape.display,
    usage: z
      .array(z.enum(['voice', 'emergency', 'fax']))
      .min(1)
      .describe('Trusted Introducer\'s vocabulary, derived from channel and use for tools that read its teams.json: ["voice"], ["voice", "emergency"] for an emergency line, ["fax"].'),
    channel: z.enum(['telephone', 'fax']).describe('Whether the document lists it as a telephone or a fax number.'),
    use: addToDescription(phoneSchema.shape.use, "This directory's own label, finer than usage (which is derived from it)."),
    timezone: teamTimeZone.describe("The team's time zone, the same value as hours.timezone, repeated on each number as Trusted Introducer does (phones[].timezone).").optional(),
    comments: addToDescription(phoneSchema.shape.note.unwrap(), 'Trusted Introducer: phones[].comments.').optional(),
    section: phoneSchema.shape.section,
    conditions: z
      .array(z.enum(CONDITION_CODES))
      .min(1)
      .optional()
      .describe('Codes of the conditions the team puts on calls to this number (emergencies-only, customers-only); their words are in conditions[]. Left out when none.'),
    around_the_clock: z.literal(true).optional().describe("True when the team's 24/7 arrangement (hours.around_the_clock) names the phone and covers this number; its conditions are in conditions[] with applies_to around-the-clock."),
  })
  .describe('One published telephone or fax number.');

export const channelState = z
  .strictObject({
    status: telephoneSchema.shape.status.describe('public: numbers are in phones[]; not-public: the team has one but does not publish it; none: the document says there is none.'),
    note: telephoneSchema.shape.note,
  })
  .describe('Whether the channel exists and is published.');

export const email = z
  .strictObject({
    address: emailSchema.shape.address,
    usage: z
      .array(z.literal('contact'))
      .describe('Trusted Introducer\'s vocabulary, derived from uses for tools that read its teams.json: ["contact"] for an address that takes incident reports (the one intelmq uses as abuse contact), else [].'),
    uses: addToDescription(emailSchema.shape.uses, "This directory's own labels (incident-reports, general, document-updates), finer than usage (which is derived from them)."),
    preferred: z.boolean().describe('True for the one address to write to first: the first incident-reports address (else the first address).'),
    comments: addToDescription(emailSchema.shape.note.unwrap(), 'Trusted Introducer: emails[].comments.').optional(),
    section: emailSchema.shape.section,
  })
  .describe('One e-mail address and its uses.');

const keyFile = z
  .strictObject({
    url: url('Absolute URL of key.asc, published by this directory.'),
    created: dateTime('Creation time of the primary key.'),
    expires: z.iso.datetime().nullable().describe('Expiry of the primary key, ISO 8601 date-time in UTC; null when the key does not expire.'),
    algorithm: z.string().min(1).describe('Algorithm of the primary key, e.g. "RSA 4096" or "EdDSA Ed25519".'),
    user_ids: z.array(z.string()).describe('User IDs of the key, as written in the key.'),
    revoked: z
      .strictObject({
        date: dateTime('When the key was revoked.'),
        reason: z.enum(REVOCATION_REASONS).describe('Reason given in the revocation.'),
      })
      .optional()
      .describe('Present when the key file holds a revocation of the primary key.'),
  })
  .describe('Facts read from the key file the directory holds (only for keys the team folder holds in key.asc).');

const key = pgpKeySchema.shape;

export const pgpKey = z
  .strictObject({
    fingerprint: z
      .string()
      .regex(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/)
      .describe('OpenPGP v4 fingerprint in space-separated groups of four, as Trusted Introducer writes it (pgp_keys[].fingerprint).'),
    fingerprint_hex: key.fingerprint.describe('The same fingerprint as 40 uppercase hex digits, for comparing.'),
    key_id: key.key_id,
    long_key_id: z
      .string()
      .regex(/^[0-9A-F]{16}$/)
      .describe('The long key ID (the last 16 hex digits of the fingerprint, uppercase), derived by this directory; key_id is what the document prints, in whatever form.'),
    user_id: key.user_id,
    section: key.section,
    urls: nonEmptyList(key.urls),
    location_note: key.location_note,
    expires: dateTime('Expiry of the key, when the directory holds the key and it expires (Trusted Introducer: pgp_keys[].expires); key_file.expires also says when it never does.').optional(),
    key_file: keyFile.optional(),
  })
  .describe('One OpenPGP key the team publishes.');

export const hours = hoursSchema
  .extend({ schedule: nonEmptyList(hoursSchema.shape.schedule) })
  .describe('Operating hours, structured; the free text is in as_written.');
