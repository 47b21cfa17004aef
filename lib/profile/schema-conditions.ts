/**
 * The conditions a team puts on its channels and services, and what it asks
 * of those who contact it: codes with the team's words and section, read by
 * the contact model (lib/contact/model.ts).
 */
import 'server-only';
import { z } from 'zod';
import { asWritten, list, sectionRef } from './schema-fields';
import { CONDITION_CODES, CONDITION_SCOPES, REQUIREMENT_CODES } from './vocabulary';

/** A condition the team's document puts on a channel or a service, with the words that state it (lib/contact/model.ts scopes them). */
export const conditionSchema = z
  .strictObject({
    code: z
      .enum(CONDITION_CODES)
      .describe(
        'What the condition is: critical-incidents-only, emergencies-only (e.g. "only in an absolute emergency"), customers-only, open-to-all (the document says anyone may use it), except-public-holidays, first-reply-delay (a stated delay for a first reply), preferred-channel (the document prefers this channel to the others), intervention-delay (when the team intervenes).',
      ),
    applies_to: list(z.enum(CONDITION_SCOPES), CONDITION_SCOPES.length)
      .min(1)
      .describe('What it limits: phone, email, around-the-clock (the 24/7 service), hours (the regular opening hours).'),
    as_written: asWritten('The sentence that states the condition'),
    section: sectionRef('the condition'),
  })
  .describe('A condition stated by the team, set only when its document states it; it travels with every claim it limits.');

/** What the document says of its own reproduction, when it says something (lib/profile/rights.ts applies it). */
export const reproductionSchema = z
  .strictObject({
    allowed: z.boolean().describe('False when the document forbids its use, reproduction or diffusion without the team\'s permission: the site and exports then give its facts and short quotes only, and publish neither its text nor its body.'),
    as_written: asWritten('The sentence that states the terms'),
    section: sectionRef('the terms'),
  })
  .describe('The reproduction terms the team\'s document states.');

/** Something the team asks of those who contact it, with the words that ask it (lib/contact/ reads these). */
export const requirementSchema = z
  .strictObject({
    code: z
      .enum(REQUIREMENT_CODES)
      .describe(
        'What the team asks: encrypt-sensitive (sensitive information must be encrypted), encryption-encouraged (encryption is recommended, not required), plain-allowed-for-non-sensitive (non-sensitive information may be sent unencrypted), call-only-in-emergency (a call is accepted only in an emergency), report-contents (what a report must hold), customers-use-contract-channel (customers reach the team through the channel their contract gives), outside-constituency (where those the team does not serve should turn).',
      ),
    applies_to: list(z.enum(CONDITION_SCOPES), CONDITION_SCOPES.length).default([]).describe('The channel it concerns, when it concerns one: phone, email.'),
    as_written: asWritten('The sentence that states it'),
    section: sectionRef('it'),
  })
  .describe('A rule or instruction the team gives to those who contact it, set only when its document states it.');
