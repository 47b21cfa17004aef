/**
 * The building blocks of the open data record schema (record-schema.ts):
 * description helpers, and the sub-records for countries, phones, e-mail
 * addresses, OpenPGP keys and hours.
 *
 * Why a file of their own: every field carries a description, which the
 * published JSON Schema repeats; kept apart, the team record itself reads
 * as one page. Names follow Trusted Introducer's teams.json where they mean
 * the same thing (phones[].usage, emails[].usage, pgp_keys[].fingerprint).
 */
import 'server-only';
import { z } from 'zod';
import { DAYS, EMAIL_USES, PHONE_USES } from '@/lib/profile/schema';

export const text = (description: string) => z.string().min(1).describe(description);
export const asWritten = (what: string) => text(`${what}, exactly as the team's document words it.`);
export const url = (description: string) => z.url().describe(description);
export const date = (description: string) => z.iso.date().describe(`${description} ISO 8601 date (YYYY-MM-DD).`);
const dateTime = (description: string) => z.iso.datetime().describe(`${description} ISO 8601 date-time in UTC.`);
const hhmm = (description: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/).describe(`${description} HH:MM, 24-hour clock, in hours.timezone.`);

export const country = z
  .strictObject({
    code: z.string().regex(/^[A-Z]{2}$/).describe('ISO 3166-1 alpha-2 code.'),
    name: text('English name of the country (Unicode CLDR).'),
  })
  .describe('A country, as Trusted Introducer writes it: {code, name}.');

export const phone = z
  .strictObject({
    number: z.string().regex(/^\+[1-9]\d{6,14}$/).describe('The number in E.164 form (+ and digits only), for tel: links (TI phones[].number).'),
    display: asWritten('The number as printed, with its spacing'),
    usage: z.array(z.enum(['voice', 'emergency', 'fax'])).min(1).describe('Trusted Introducer usage: voice, emergency or fax.'),
    channel: z.enum(['telephone', 'fax']).describe('Whether the document lists it as a telephone or a fax number.'),
    use: z.enum(PHONE_USES).describe("The directory's own label: main line, emergency / 24x7 line, hotline, or reserved to customers."),
    timezone: text('IANA time zone of the team\'s hours (TI phones[].timezone).').optional(),
    comments: asWritten('A remark on this number').optional(),
  })
  .describe('One published telephone or fax number.');

export const channelState = z
  .strictObject({
    status: z.enum(['public', 'not-public', 'none']).describe('public: numbers are in phones[]; not-public: the team has one but does not publish it; none: the document says there is none.'),
    note: asWritten('What the document says about this channel').optional(),
  })
  .describe('Whether the channel exists and is published.');

export const email = z
  .strictObject({
    address: z.email().describe('The e-mail address.'),
    usage: z.array(z.literal('contact')).describe('Trusted Introducer usage: ["contact"] for an address that takes incident reports (the one intelmq uses as abuse contact), else [].'),
    uses: z.array(z.enum(EMAIL_USES)).min(1).describe("The directory's own labels: incident-reports, general, document-updates."),
    preferred: z.boolean().describe('True for the one address to write to first: the first incident-reports address (else the first address).'),
    comments: asWritten('A remark on this address').optional(),
  })
  .describe('One e-mail address and its uses.');

const keyFile = z
  .strictObject({
    url: url('Absolute URL of key.asc, published by this directory.'),
    created: dateTime('Creation time of the primary key.'),
    expires: z.iso.datetime().nullable().describe('Expiry of the primary key, ISO 8601 date-time in UTC; null when the key does not expire.'),
    algorithm: text('Algorithm of the primary key, e.g. "RSA 4096" or "EdDSA Ed25519".'),
    user_ids: z.array(z.string()).describe('User IDs of the key, as written in the key.'),
    revoked: z
      .strictObject({
        date: dateTime('When the key was revoked.'),
        reason: z.enum(['no-reason', 'superseded', 'compromised', 'retired', 'user-id-invalid', 'other']).describe('Reason given in the revocation.'),
      })
      .optional()
      .describe('Present when the key file holds a revocation of the primary key.'),
  })
  .describe('Facts read from the key file the directory holds (only for keys the team folder holds in key.asc).');

export const pgpKey = z
  .strictObject({
    fingerprint: z.string().regex(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/).describe('OpenPGP v4 fingerprint in space-separated groups of four (TI pgp_keys[].fingerprint).'),
    fingerprint_hex: z.string().regex(/^[0-9A-F]{40}$/).describe('The same fingerprint as 40 uppercase hex digits, for comparing.'),
    key_id: text('The key ID exactly as the document prints it (short, long, with or without 0x).').optional(),
    user_id: asWritten('The user ID of the key').optional(),
    urls: z.array(url('A download URL.')).optional().describe('Where the team says the key can be downloaded.'),
    location_note: asWritten('Where else the key can be found').optional(),
    expires: dateTime('Expiry of the key (TI pgp_keys[].expires), when the directory holds the key and it expires.').optional(),
    key_file: keyFile.optional(),
  })
  .describe('One OpenPGP key the team publishes.');

const schedule = z
  .strictObject({
    days: z.array(z.enum(DAYS)).min(1).describe('Days: mon … sun.'),
    open: hhmm('Opening time,'),
    close: hhmm('Closing time,'),
  })
  .describe('Regular opening hours on some days.');

export const hours = z
  .strictObject({
    timezone: text('IANA time zone of the hours, e.g. Europe/Paris.'),
    timezone_as_written: asWritten('The time zone').optional(),
    schedule: z.array(schedule).optional().describe('Regular opening hours (FIRST operating-hours); absent when the document gives none.'),
    except_public_holidays: z.boolean().optional().describe('True when public holidays are excluded.'),
    as_written: asWritten('The operating hours').optional(),
    around_the_clock: z
      .strictObject({
        channels: z.array(z.enum(['phone', 'email'])).min(1).describe('Channels available 24/7.'),
        audience: z.enum(['everyone', 'customers']).describe('Who may use the 24/7 service.'),
        except_public_holidays: z.boolean().optional().describe('True when the 24/7 service excludes public holidays.'),
        as_written: asWritten('The 24/7 arrangement'),
      })
      .optional()
      .describe('24/7 arrangement, when the document describes one.'),
  })
  .describe('Operating hours, structured (the free text is in as_written).');
