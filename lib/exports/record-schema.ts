/**
 * The schema of the open data records: one zod schema, from which both the
 * TypeScript type of a record and the published JSON Schema
 * (data/teams.schema.json, draft 2020-12) are made.
 *
 * Why: the record type and its published schema cannot drift apart when they
 * are one source, and the build checks every record against it before
 * writing. Field names follow Trusted Introducer's teams.json (snake_case)
 * where they mean the same thing; the rest are this directory's own.
 * Version 1: renaming or retyping a field needs a new version.
 */
import 'server-only';
import { z } from 'zod';
import { CONSTITUENCY_TAGS, MEMBERSHIP_STATUSES, TEAM_TYPES } from '@/lib/profile/schema';
import { asWritten, channelState, country, date, email, hours, pgpKey, phone, text, url } from './record-fields';

export const exportTeamSchema = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('Permanent identifier of the team in this directory (the URL segment of its pages).'),
    official_name: text('Official name of the team (TI official_name).'),
    short_name: text('Short or common name (TI short_name).').optional(),
    team_type: z.enum(TEAM_TYPES).describe('Kind of team in the directory vocabulary: national, regional, sectoral, government, commercial, internal, academic, psirt.'),
    country: country.describe('Country of the team\'s seat (TI country).'),
    region: text('Region of the seat.').optional(),
    city: text('City of the seat.').optional(),
    host_organisation: text('Organisation that hosts or runs the team (TI host_organisation).').optional(),
    website: url("The team's web page (FIRST website).").optional(),
    postal_address: asWritten('Postal address with \\n line breaks (TI postal_address)').optional(),
    emails: z.array(email).min(1).describe('E-mail addresses (TI emails), in the document\'s order.'),
    phones: z.array(phone).describe('Published telephone and fax numbers (TI phones); empty when none is published.'),
    telephone: channelState.optional().describe('Telephone channel status, when the document states it.'),
    fax: channelState.optional().describe('Fax channel status, when the document states it.'),
    other_channels: z
      .strictObject({ status: z.enum(['none', 'listed']).describe('none: the document says there are none.'), as_written: asWritten('Other channels') })
      .optional()
      .describe('Other telecommunication channels (RFC 2350 section 2.6).'),
    pgp_keys: z.array(pgpKey).describe('OpenPGP keys (TI pgp_keys); empty when the team publishes none.'),
    business_hours: asWritten('The operating hours, free text (TI business_hours)').optional(),
    business_hours_timezone: text('IANA time zone of the hours (TI business_hours_timezone).').optional(),
    hours: hours.optional(),
    urgent_subject: asWritten('Tag to put in the subject of an urgent e-mail').optional(),
    members: z
      .strictObject({
        public: z.boolean().describe('Whether the document lists the team members.'),
        head: text('Head of the team, when named.').optional(),
        as_written: asWritten('What the document says about the members').optional(),
      })
      .optional()
      .describe('Team members (RFC 2350 section 2.9).'),
    constituency: z
      .strictObject({
        tags: z.array(z.enum(CONSTITUENCY_TAGS)).optional().describe('Who the team serves, in the directory vocabulary.'),
        customers_only: z.boolean().describe('True when only contracted customers or the host organisation are served.'),
        countries: z.array(country).optional().describe('Countries served (TI constituency.countries).'),
        regions: z.array(text('A region.')).optional().describe('Regions served.'),
        worldwide: z.boolean().optional().describe('True when organisations anywhere in the world are served too.'),
        as_written: asWritten('The constituency (FIRST constituency-description)'),
      })
      .optional()
      .describe('Constituency (RFC 2350 section 3.2).'),
    memberships: z
      .array(
        z
          .strictObject({
            organisation: text('Network, association or scheme.'),
            status: z.enum(MEMBERSHIP_STATUSES).describe('Status the document states.'),
            as_written: asWritten('The sentence that states it'),
          })
          .describe('One membership, accreditation or qualification.'),
      )
      .optional()
      .describe('Memberships, accreditations and qualifications the document states.'),
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).optional().describe('Languages the team works in (ISO 639-1), only when the document states them.'),
    tlp: z
      .strictObject({ version: text('TLP version, when stated.').optional(), as_written: asWritten('What the document says about TLP') })
      .optional()
      .describe('Traffic Light Protocol use.'),
    reporting: z
      .strictObject({
        form_url: url('Incident report form.').optional(),
        form_note: asWritten('What the document says about report forms').optional(),
        checklist: z.array(text('One item.')).optional().describe('What the team asks a reporter to give (RFC 2350 section 6).'),
      })
      .optional()
      .describe('How to report an incident.'),
    listing: z
      .strictObject({
        added: date('Day the team was added to this directory.'),
        updated: date('Day of the last change to this listing.').optional(),
        key_changed: date('Day the directory last recorded a change of the team\'s keys.').optional(),
      })
      .optional()
      .describe("This directory's record of the listing."),
    document: z
      .strictObject({
        lang: z.string().regex(/^[a-z]{2}$/).describe('Language of the RFC 2350 document (ISO 639-1).'),
        version: text('Version of the document.').optional(),
        last_updated: date('Last update of the document.'),
        date_note: asWritten('Remarks on inconsistent dates in the document').optional(),
        locations: z.array(url('A URL.')).optional().describe('Where the team publishes the document.'),
        signed: z.boolean().describe('Whether the document says it is PGP-signed.'),
        distribution: asWritten('The distribution list for notifications').optional(),
      })
      .describe('The RFC 2350 document the profile was made from.'),
    last_modified: date('Latest day the profile states (listing or document dates); FIRST last-modified.'),
    permalinks: z
      .strictObject({ fr: url('Team page in French.'), en: url('Team page in English.') })
      .describe('Permanent team pages; they never change when the site does.'),
    links: z
      .strictObject({
        json: url('This record alone (data/teams/<slug>.json).'),
        vcard: url('The team as a vCard 4.0 (data/teams/<slug>.vcf).'),
        key: url('key.asc, when the directory holds the team\'s key.').optional(),
      })
      .describe('Other views of this team.'),
    files: z
      .array(
        z
          .strictObject({
            name: text('File name in the team folder.'),
            url: url('Absolute URL of the file.'),
            signatures: z.array(url('A signature URL.')).describe('Detached OpenPGP signatures over the file.'),
          })
          .describe('One published file.'),
      )
      .optional()
      .describe('Files the directory publishes for the team, byte for byte (profile.md, documents), with their signatures.'),
  })
  .meta({ id: 'team', title: 'Team', description: 'One CSIRT of the directory. Keys for facts the profile does not state are left out.' });

export const exportFileSchema = z
  .strictObject({
    $schema: url('URL of this JSON Schema.'),
    version: z.literal(1).describe('Version of the record format; a new version means a renamed or retyped field.'),
    generated_from: z.literal('profiles').describe('Source of the data: the team profiles of this directory.'),
    last_modified: date('Latest day any team record states.').optional(),
    teams: z.array(exportTeamSchema).describe('Every team, sorted by official name.'),
  })
  .meta({ title: 'CSIRT directory open data', description: 'Every team of the directory (data/teams.json).' });

export type ExportTeam = z.infer<typeof exportTeamSchema>;
export type ExportFileRecord = z.infer<typeof exportFileSchema>;

/** The published JSON Schema (draft 2020-12) of data/teams.json; one team is `#/$defs/team`. */
export function teamsJsonSchema(schemaUrl: string): Record<string, unknown> {
  const generated = z.toJSONSchema(exportFileSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: schemaUrl, ...rest };
}
