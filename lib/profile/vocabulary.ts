/**
 * The fixed vocabularies of the profile schema, without zod: browser code
 * (opening hours, search filters) imports them from here so that the schema
 * library stays out of the pages' JavaScript.
 */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

export const TEAM_TYPES = [
  'national',
  'regional',
  'sectoral',
  'government',
  'commercial',
  'internal',
  'academic',
  'psirt',
] as const;
export type TeamType = (typeof TEAM_TYPES)[number];

export const CONSTITUENCY_TAGS = [
  'smes',
  'mid-size-companies',
  'large-companies',
  'private-sector',
  'public-sector',
  'local-authorities',
  'health',
  'associations',
  'individuals',
  'customers',
  'internal',
  'partners',
] as const;
export type ConstituencyTag = (typeof CONSTITUENCY_TAGS)[number];

export const PHONE_USES = ['main', 'emergency', 'hotline', 'customers-only'] as const;

export const EMAIL_USES = ['incident-reports', 'general', 'document-updates'] as const;

export const MEMBERSHIP_STATUSES = ['member', 'participant', 'candidate', 'listed', 'accredited', 'certified', 'qualified'] as const;

/** Who holds a membership or qualification when it is not the team itself. */
export const MEMBERSHIP_HOLDERS = ['team', 'parent'] as const;

/** Conditions a team's document may put on a channel or service (codes: pages word them in the reader's language). */
export const CONDITION_CODES = [
  'critical-incidents-only',
  'emergencies-only',
  'customers-only',
  'open-to-all',
  'except-public-holidays',
  'first-reply-delay',
  'preferred-channel',
  'intervention-delay',
] as const;

/** What a condition limits. */
export const CONDITION_SCOPES = ['phone', 'email', 'around-the-clock', 'hours'] as const;
