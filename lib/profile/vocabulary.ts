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
export type PhoneUse = (typeof PHONE_USES)[number];

export const EMAIL_USES = ['incident-reports', 'general', 'document-updates'] as const;
export type EmailUse = (typeof EMAIL_USES)[number];

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

/** What a condition limits: a channel, the 24/7 arrangement, or the regular opening hours. */
export const CONDITION_SCOPES = ['phone', 'email', 'around-the-clock', 'hours'] as const;
export type ConditionScope = (typeof CONDITION_SCOPES)[number];
export type ConditionCode = (typeof CONDITION_CODES)[number];

/** What a 24/7 arrangement is: the whole service, an on-call (astreinte) duty, or only the qualification of a request (with intervention in office hours). */
export const AROUND_THE_CLOCK_KINDS = ['service', 'on-call', 'qualification'] as const;
export type AroundTheClockKind = (typeof AROUND_THE_CLOCK_KINDS)[number];

/**
 * What the team asks of those who contact it (codes: pages word them, the
 * team's quote goes beside): encryption rules, when a call is accepted, what a
 * report must hold, where those it does not serve should turn.
 */
export const REQUIREMENT_CODES = [
  'encrypt-sensitive',
  'encryption-encouraged',
  'plain-allowed-for-non-sensitive',
  'call-only-in-emergency',
  'report-contents',
  'customers-use-contract-channel',
  'outside-constituency',
] as const;
export type RequirementCode = (typeof REQUIREMENT_CODES)[number];

/** Profile fields whose value the directory derived rather than read in the document, and from what. */
export const DERIVABLE_FIELDS = ['country', 'region'] as const;
export const DERIVED_FROM = ['postal-code', 'phone-prefix', 'time-zone', 'constituency'] as const;
