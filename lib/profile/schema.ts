/**
 * The profile schema: the single source of the types of a team profile.
 *
 * Every field carries a description; `docs/profile-format.md` is written from
 * this file and `scripts/print-schema.ts` prints it as JSON Schema. Objects are
 * strict: a field the schema does not know stops the build, so a typo such as
 * `fingerprnt:` can never silently hide a fact.
 */
import 'server-only';
import { z } from 'zod';
import { normalizeHex } from '@/lib/keys/fingerprint';
import { isValidTimeZone, PROFILE_LIMITS } from './rules';
import { asWritten, atMost, email, hhmm, httpsUrl, isoDate, list, sectionRef, text } from './schema-fields';
import { conditionSchema, reproductionSchema, requirementSchema } from './schema-conditions';
import { networkFields } from './schema-network';
import {
  AROUND_THE_CLOCK_KINDS,
  CONDITION_CODES,
  CONDITION_SCOPES,
  CONSTITUENCY_TAGS,
  DAYS,
  DERIVABLE_FIELDS,
  DERIVED_FROM,
  EMAIL_USES,
  MEMBERSHIP_HOLDERS,
  MEMBERSHIP_STATUSES,
  PHONE_USES,
  REQUIREMENT_CODES,
  TEAM_TYPES,
} from './vocabulary';

export { CONDITION_CODES, CONDITION_SCOPES, CONSTITUENCY_TAGS, DAYS, EMAIL_USES, MEMBERSHIP_HOLDERS, MEMBERSHIP_STATUSES, PHONE_USES, REQUIREMENT_CODES, TEAM_TYPES };

export { conditionSchema, requirementSchema };

/** The document version and date this listing was checked against, and when. */
export const checkedAgainstSchema = z
  .strictObject({
    version: text('The version of the team\'s document, as it prints it (e.g. 1.0).', 50),
    date: isoDate.describe('The date the document gives to that version, YYYY-MM-DD (quoted).'),
    checked_on: isoDate.describe('When the directory last read the listing against that document, YYYY-MM-DD (quoted).'),
  })
  .describe('Which document version and date the listing was checked against, and when.');

export const fingerprintSchema = z
  .string()
  .max(60, atMost(60, 'characters'))
  .transform(normalizeHex)
  .pipe(z.string().regex(/^[0-9A-F]{40}$/, 'expected 40 hexadecimal digits (a v4 OpenPGP fingerprint; spaces are allowed)'))
  .describe('Full OpenPGP v4 fingerprint: 40 hexadecimal digits. Spaces are allowed and ignored; shown in groups of four.');

export const phoneSchema = z
  .strictObject({
    e164: z
      .string()
      .regex(/^\+[1-9]\d{6,14}$/, 'expected an international number in E.164 form such as +33184190727')
      .describe('The number in E.164 form (+ and digits only), used for tel: links.'),
    display: asWritten('The number as printed in the document, with its spacing', PROFILE_LIMITS.name),
    use: z.enum(PHONE_USES).describe('What the number is for: main (a number the document lists, with no role stated), emergency (the line the document gives for emergencies or its on-call duty: its note or a condition must say so), hotline, or customers-only (reserved to customers: a customers-only condition applying to phone quotes it).'),
    note: asWritten('A remark on this number').optional(),
    section: sectionRef('this number'),
  })
  .describe('One telephone number.');

/** A contact channel that may be published, withheld, or absent; all three are facts worth showing. */
const channelState = z
  .enum(['public', 'not-public', 'none'])
  .describe('public: numbers are listed; not-public: the team has one but does not publish it; none: the document says there is none.');

export const telephoneSchema = z
  .strictObject({
    status: channelState,
    numbers: list(phoneSchema, 10).default([]).describe('The published numbers (empty unless status is public).'),
    note: asWritten('What the document says about this channel').optional(),
    section: sectionRef('this channel'),
  })
  .refine((t) => (t.status === 'public') === t.numbers.length > 0, {
    message: 'expected numbers when status is public, and none otherwise',
    path: ['numbers'],
  })
  .describe('Telephone or fax: published numbers, or an explicit "not public" / "none".');

export const emailSchema = z
  .strictObject({
    address: email.describe('The e-mail address.'),
    uses: list(z.enum(EMAIL_USES), EMAIL_USES.length).min(1).describe('What this address is for.'),
    note: asWritten('A remark on this address').optional(),
    section: sectionRef('this address'),
  })
  .describe('One e-mail address and its uses.');

export const pgpKeySchema = z
  .strictObject({
    fingerprint: fingerprintSchema,
    key_id: z
      .string()
      .trim()
      .max(60, atMost(60, 'characters'))
      .regex(/^(0x)?[0-9A-Fa-f ]+$/, 'expected a key ID in hexadecimal, e.g. 0x2C3D542D')
      .describe('The key ID exactly as printed in the document (short, long, with or without 0x and spaces). It must be the tail of the fingerprint.')
      .optional(),
    user_id: asWritten('The user ID of the key', 500).optional(),
    urls: list(httpsUrl, 10).default([]).describe('Where the public key can be downloaded, as given by the document.'),
    location_note: asWritten('Where else the document says the key can be found (key servers, web pages)').optional(),
    section: sectionRef('this key'),
  })
  .superRefine((k, ctx) => {
    if (!k.key_id) return;
    const id = normalizeHex(k.key_id);
    if (![8, 16, 40].includes(id.length)) {
      ctx.addIssue({ code: 'custom', path: ['key_id'], message: `expected 8, 16 or 40 hex digits, got ${id.length}` });
    } else if (!k.fingerprint.endsWith(id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['key_id'],
        message: `expected the tail of the fingerprint (${k.fingerprint.slice(-id.length)}), got ${id}`,
      });
    }
  })
  .describe('One OpenPGP key the team publishes.');

export const scheduleSchema = z
  .strictObject({
    days: list(z.enum(DAYS), 7).min(1).describe('Days these hours apply to: mon … sun.'),
    open: hhmm.describe('Opening time, HH:MM, in the hours time zone.'),
    close: hhmm.describe('Closing time, HH:MM, in the hours time zone (after open).'),
  })
  .refine((s) => s.open < s.close, { message: 'expected close to be later than open', path: ['close'] });

export const hoursSchema = z
  .strictObject({
    timezone: z
      .string()
      .max(64, atMost(64, 'characters'))
      .refine(isValidTimeZone, 'expected an IANA time zone such as Europe/Paris or Indian/Reunion')
      .describe('IANA time zone of the hours (Europe/Paris, Indian/Reunion, …).'),
    timezone_as_written: asWritten('The time zone', PROFILE_LIMITS.name).optional(),
    schedule: list(scheduleSchema, 14).default([]).describe('Regular opening hours; empty when the document gives none.'),
    as_written: asWritten('The operating hours').optional(),
    around_the_clock: z
      .strictObject({
        kind: z
          .enum(AROUND_THE_CLOCK_KINDS)
          .default('service')
          .describe('What runs 24/7: service (the team says it is available 24/7), on-call (an on-call duty, "astreinte"), qualification (only requests are qualified 24/7; intervention is in office hours).'),
        channels: list(z.enum(['phone', 'email']), 2).describe('Channels the document names for the 24/7 arrangement; empty when it names none.'),
        as_written: asWritten('The 24/7 arrangement'),
        section: sectionRef('the 24/7 arrangement'),
      })
      .optional()
      .describe('24/7 arrangements, when the document describes them. Who may use them, and on what terms (public holidays, emergencies only), are conditions applying to around-the-clock.'),
  })
  .describe('Operating hours, structured so that a page can say whether the team is open now.');

export const membershipSchema = z
  .strictObject({
    organisation: text('The network, association or scheme (e.g. InterCERT France, FIRST, TF-CSIRT).'),
    status: z.enum(MEMBERSHIP_STATUSES).describe('The status exactly as the document states it: a candidacy or an application is candidate, not member.'),
    held_by: z
      .enum(MEMBERSHIP_HOLDERS)
      .optional()
      .describe('Who holds it when not the team itself: parent (the company or body the team belongs to). Left out when the team holds it.'),
    as_written: asWritten('The sentence that states it'),
  })
  .describe('A membership, accreditation or qualification the document states.');

export const profileSchema = z
  .strictObject({
    name: z
      .strictObject({
        official: text('Official name of the team.'),
        short: text('Short or common name, when the document gives one.').optional(),
      })
      .describe('Names of the team.'),
    team_type: z.enum(TEAM_TYPES).describe('Kind of team: national, regional, sectoral, government, commercial (CSIRT as a service), internal (enterprise), academic, psirt.'),
    country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as FR').describe('Country of the team\'s seat, ISO 3166-1 alpha-2.'),
    region: text('Region of the seat (for filters and "who covers me").').optional(),
    city: text('City of the seat.').optional(),
    host_organisation: text('Organisation that hosts or runs the team.').optional(),
    website: httpsUrl.optional().describe('The team\'s web page.'),
    address: asWritten('Postal address, one line per line').optional(),
    telephone: telephoneSchema.optional(),
    fax: telephoneSchema.optional(),
    other_channels: z
      .strictObject({
        status: z.enum(['none', 'listed']).describe('none: the document says there are none; listed: as_written names them.'),
        as_written: asWritten('Other telecommunication channels'),
      })
      .optional()
      .describe('Other telecommunication channels (section 2.6); "none" is a fact too.'),
    emails: list(emailSchema, 20).min(1, 'expected at least one e-mail address').describe('E-mail addresses by use; the first incident-reports address is the one shown first.'),
    pgp_keys: list(pgpKeySchema, 10).default([]).describe('OpenPGP keys the team publishes.'),
    hours: hoursSchema.optional(),
    urgent_subject: asWritten('Tag to put in the subject line of an urgent e-mail, e.g. [URGENT]', PROFILE_LIMITS.name).optional(),
    members: z
      .strictObject({
        public: z.boolean().describe('Whether the document lists team members.'),
        head: text('Name of the head of the team, when the document names one.').optional(),
        as_written: asWritten('What the document says about the team members').optional(),
      })
      .optional()
      .describe('Team members (section 2.9).'),
    constituency: z
      .strictObject({
        tags: list(z.enum(CONSTITUENCY_TAGS), CONSTITUENCY_TAGS.length).default([]).describe('Who the team serves, in a fixed vocabulary used by filters.'),
        customers_only: z.boolean().describe('True when the document says only contracted customers (or the host organisation) are served; a team that serves them "mainly" is not customers-only.'),
        tags_qualifier: z
          .enum(['mainly', 'including'])
          .optional()
          .describe('How the document qualifies its list of those served: mainly ("principalement", "mainly"), including ("notamment", "in particular"). Shown with the list; its word must be in constituency.as_written.'),
        countries: list(z.string().regex(/^[A-Z]{2}$/, 'expected ISO 3166-1 alpha-2 codes'), 250).default([]).describe('Countries served, as the document states them; a team that serves a region gets regions, not its whole country.'),
        regions: list(text('A region served.'), 100).default([]).describe('Regions served, when the constituency is regional.'),
        worldwide: z.boolean().optional().describe('True when the document says the team also serves organisations anywhere in the world.'),
        ...networkFields,
        as_written: asWritten('The constituency'),
      })
      .optional()
      .describe('Constituency (section 3.2).'),
    memberships: list(membershipSchema, 30).default([]).describe('Memberships, accreditations and qualifications the document states.'),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, 'expected ISO 639-1 codes such as fr, en'))
      .max(50, atMost(50, 'items'))
      .optional()
      .describe('Languages the team works in, only when the document states them.'),
    tlp: z
      .strictObject({ version: text('TLP version, only when stated.', 20).optional(), as_written: asWritten('What the document says about TLP') })
      .optional()
      .describe('Traffic Light Protocol use.'),
    reporting: z
      .strictObject({
        form_url: httpsUrl.optional().describe('URL of the incident report form.'),
        form_note: asWritten('What the document says about reporting forms').optional(),
        checklist: list(asWritten('One item', PROFILE_LIMITS.item), 50).default([]).describe('Information the team asks a reporter to give (section 6).'),
      })
      .optional()
      .describe('How to report an incident (section 6).'),
    listing: z
      .strictObject({
        added: isoDate.describe('Date the team was added to this directory, YYYY-MM-DD (quoted).'),
        updated: isoDate.optional().describe('Date of the last change to this listing, when later than added.'),
        key_changed: isoDate.optional().describe('Date the directory last recorded a change of the team\'s keys.'),
      })
      .optional()
      .describe('The directory\'s own record of this listing (not the team\'s document): dates for the change feed. Set "added" when publishing a team.'),
    document: z
      .strictObject({
        lang: z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code such as fr or en').describe('Language of the document and of the profile body.'),
        version: text('Version of the RFC 2350 document.', 50).optional(),
        last_updated: isoDate.describe('Date of last update, YYYY-MM-DD (quoted in YAML).'),
        date_note: text('The directory\'s own remark on the document dates, when the document is inconsistent (not a quote).', PROFILE_LIMITS.asWritten).optional(),
        locations: list(httpsUrl, 10).default([]).describe('Where the document is published.'),
        signed: z.boolean().describe('Whether the document says it is PGP-signed.'),
        signature_url: httpsUrl
          .refine((url) => /\.(txt|pdf)\.(asc|sig)(?:[?#].*)?$/i.test(url), 'expected the URL of a detached signature over a .txt or .pdf document, ending in .txt.asc, .txt.sig, .pdf.asc or .pdf.sig')
          .optional()
          .describe('URL of the detached OpenPGP signature over the published document; the document is the same URL without .asc or .sig. `npm run keys:refresh` fetches both into the team folder as rfc2350.<txt|pdf> and its signature.'),
        distribution: asWritten('The distribution list for notifications (section 1.2)').optional(),
        reproduction: reproductionSchema.optional(),
        source: text('File of the seed or source document this profile was made from.', 500).optional(),
      })
      .describe('The RFC 2350 document the profile was made from.'),
    checked_against: checkedAgainstSchema.optional(),
    requirements: list(requirementSchema, 30)
      .default([])
      .describe('What the team asks of those who contact it (encryption, when a call is accepted, what a report holds, where others should turn), each with its words and section.'),
    derived: list(
      z.strictObject({
        field: z.enum(DERIVABLE_FIELDS).describe('The profile field whose value the directory derived.'),
        from: z.enum(DERIVED_FROM).describe('What it was derived from: postal-code, phone-prefix, time-zone, constituency.'),
      }),
      DERIVABLE_FIELDS.length,
    )
      .default([])
      .describe('Fields the document does not state, whose value the directory derived (a region from a postal code, a country from a phone prefix): shown as derived, left out of exports that present the team\'s own fields.'),
    conditions: list(conditionSchema, 30)
      .default([])
      .describe('Conditions the document puts on its channels and services (availability, audience, restrictions, reply delay), each with its words and section.'),
    sections: z
      .strictObject({
        address: sectionRef('the postal address'),
        timezone: sectionRef('the time zone'),
        hours: sectionRef('the operating hours and any 24/7 arrangement'),
        urgent_subject: sectionRef('the urgent subject tag'),
        members: sectionRef('the team members'),
        constituency: sectionRef('the constituency'),
        reporting: sectionRef('how to report an incident'),
      })
      .optional()
      .describe('Provenance of facts whose objects have no section field of their own: the section of the team\'s document that states each.'),
  })
  .describe('A CSIRT profile: the frontmatter of content/teams/<slug>/profile.md.');

export type Profile = z.infer<typeof profileSchema>;
export type PgpKey = z.infer<typeof pgpKeySchema>;
export type Phone = z.infer<typeof phoneSchema>;
export type Hours = z.infer<typeof hoursSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
