/**
 * The schema of the open data records: one zod schema, from which both the
 * TypeScript type of a record and the published JSON Schema
 * (data/teams.schema.json, draft 2020-12) are made.
 *
 * Why: the record type and its published schema cannot drift apart when they
 * are one source, and the build checks every record against it before
 * writing. Fields are the profile schema's own (lib/profile/schema.ts), so a
 * pattern or vocabulary changed there changes here too; names follow Trusted
 * Introducer's teams.json (snake_case) where they mean the same thing, and
 * only those renamings and the directory's own facts are described here.
 * Version 1: renaming or retyping a field needs a new version.
 */
import 'server-only';
import { z } from 'zod';
import { profileSchema } from '@/lib/profile/schema';
import { SLUG_PATTERN } from '@/lib/profile/rules';
import { addToDescription, channelState, country, date, email, hours, nonEmptyList, pgpKey, phone, url } from './record-fields';

const P = profileSchema.shape;
const structuredHours = P.hours.unwrap().shape;

export const exportTeamSchema = z
  .strictObject({
    slug: z.string().regex(SLUG_PATTERN).describe('Permanent identifier of the team in this directory (the URL segment of its pages).'),
    official_name: addToDescription(P.name.shape.official, 'Trusted Introducer: official_name.'),
    short_name: addToDescription(P.name.shape.short.unwrap(), 'Trusted Introducer: short_name.').optional(),
    team_type: P.team_type,
    country: country.describe("Country of the team's seat (Trusted Introducer: country)."),
    region: P.region,
    city: P.city,
    host_organisation: addToDescription(P.host_organisation.unwrap(), 'Trusted Introducer: host_organisation.').optional(),
    website: P.website,
    postal_address: addToDescription(P.address.unwrap(), 'Trusted Introducer: postal_address.').optional(),
    emails: z.array(email).min(1).describe("E-mail addresses (Trusted Introducer: emails), in the document's order."),
    phones: z.array(phone).describe('Published telephone and fax numbers (Trusted Introducer: phones); empty when none is published.'),
    telephone: channelState.optional().describe('Telephone channel status, when the document states it.'),
    fax: channelState.optional().describe('Fax channel status, when the document states it.'),
    other_channels: P.other_channels,
    pgp_keys: z.array(pgpKey).describe('OpenPGP keys (Trusted Introducer: pgp_keys); empty when the team publishes none.'),
    business_hours: structuredHours.as_written
      .unwrap()
      .describe("The same text as hours.as_written, under Trusted Introducer's name (business_hours), for tools that read its teams.json.")
      .optional(),
    business_hours_timezone: structuredHours.timezone
      .describe("The same value as hours.timezone, under Trusted Introducer's name (business_hours_timezone), for tools that read its teams.json.")
      .optional(),
    hours: hours.optional(),
    urgent_subject: P.urgent_subject,
    members: P.members,
    constituency: P.constituency
      .unwrap()
      .extend({
        tags: nonEmptyList(P.constituency.unwrap().shape.tags),
        countries: z.array(country).min(1).optional().describe('Countries served (Trusted Introducer: constituency.countries); left out when none is named.'),
        regions: nonEmptyList(P.constituency.unwrap().shape.regions),
        domains: nonEmptyList(P.constituency.unwrap().shape.domains),
        asns: nonEmptyList(P.constituency.unwrap().shape.asns),
        ipranges: nonEmptyList(P.constituency.unwrap().shape.ipranges),
      })
      .optional()
      .describe(P.constituency.description!),
    memberships: nonEmptyList(P.memberships),
    conditions: nonEmptyList(P.conditions),
    requirements: nonEmptyList(P.requirements),
    derived: nonEmptyList(P.derived).describe('Fields of this record (country, region) whose value the directory derived, not the team\'s document (a region from a postal code, a country from a phone prefix); left out when none.'),
    sections: P.sections,
    checked_against: P.checked_against,
    languages: P.languages,
    tlp: P.tlp,
    reporting: P.reporting
      .unwrap()
      .extend({ checklist: nonEmptyList(P.reporting.unwrap().shape.checklist) })
      .optional()
      .describe(P.reporting.description!),
    listing: P.listing,
    document: P.document
      .omit({ source: true })
      .extend({
        locations: nonEmptyList(P.document.shape.locations),
        signed: z
          .boolean()
          .describe('True when this directory publishes at least one detached OpenPGP signature over the team\'s files, so a reader can check it (files[].signatures); says_signed is the document\'s own claim.'),
        says_signed: addToDescription(P.document.shape.signed, 'Its own claim, not checked by this directory; signed tells whether a signature is published here.'),
      })
      .describe(P.document.description!),
    last_modified: date('Latest day the profile states (listing or document dates); FIRST last-modified.'),
    permalinks: z
      .strictObject({ fr: url('Team page in French.'), en: url('Team page in English.') })
      .describe('Permanent team pages; they never change when the site does.'),
    links: z
      .strictObject({
        json: url('This record alone (data/teams/<slug>.json).'),
        vcard: url('The team as a vCard 4.0 (data/teams/<slug>.vcf).'),
        key: url("key.asc, when the directory holds the team's key.").optional(),
      })
      .describe('Other views of this team.'),
    files: z
      .array(
        z
          .strictObject({
            name: z.string().min(1).describe('File name in the team folder.'),
            url: url('Absolute URL of the file.'),
            signatures: z.array(url('A signature URL.')).describe('Detached OpenPGP signatures over the file.'),
          })
          .describe('One published file.'),
      )
      .optional()
      .describe('Files the directory publishes for the team, byte for byte (profile.md, documents), with their signatures.'),
  })
  .refine((team) => team.document.signed === (team.files ?? []).some((f) => f.signatures.length > 0), {
    message: 'document.signed must be true exactly when files[] lists a signature',
    path: ['document', 'signed'],
  })
  .meta({ id: 'team', title: 'Team', description: 'One CSIRT of the directory. Keys for facts the profile does not state are left out.' });

export const exportFileSchema = z
  .strictObject({
    $schema: url('URL of this JSON Schema.'),
    version: z.literal(1).describe('Version of the record format; a new version means a renamed or retyped field.'),
    generated_from: z.literal('profiles').describe('Source of the data: the team profiles of this directory.'),
    licence: z
      .strictObject({
        name: z.string().describe('The licence\'s name.'),
        id: z.string().describe('Its SPDX identifier.'),
        url: z.string().url().describe('Its text.'),
        scope: z.string().describe('What it covers, and what it does not.'),
      })
      .describe("The licence of the directory's structured data (Licence Ouverte 2.0); each team's document remains its author's."),
    last_modified: date('Latest day any team record states.').optional(),
    teams: z.array(exportTeamSchema).describe('Every team, sorted by official name.'),
  })
  .meta({
    title: 'CSIRT directory open data',
    description: "Every team of the directory (data/teams.json), under the Licence Ouverte / Open Licence 2.0 (Etalab): https://www.etalab.gouv.fr/licence-ouverte-open-licence/. Each team's RFC 2350 document remains its author's (document.reproduction).",
  });

export type ExportTeam = z.infer<typeof exportTeamSchema>;
export type ExportFileRecord = z.infer<typeof exportFileSchema>;

/** The published JSON Schema (draft 2020-12) of data/teams.json; one team is `#/$defs/team`. */
export function teamsJsonSchema(schemaUrl: string): Record<string, unknown> {
  const generated = z.toJSONSchema(exportFileSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: schemaUrl, ...rest };
}
