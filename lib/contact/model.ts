/**
 * The one contact model: everything a person acts on, computed once from a
 * profile (which address, which number, when, for whom, on what terms), as
 * codes with the team's words and section beside them. Every surface (list
 * and search cards, the 24/7 filter, the help ranking and cards, the contact
 * card, the embed, JSON-LD, vCard, teams.json, the feeds, the print sheet)
 * reads this and nothing else, so none says more than the team wrote; pages
 * choose the words (lib/contact/words.ts).
 *
 * A condition travels with exactly what it limits: office-hours conditions
 * stay on the office hours, a 24/7 claim carries only conditions scoped to
 * around-the-clock, a number carries only conditions scoped to phone.
 * Pure and browser-safe: no zod, no files, no words.
 */
import type { AroundTheClockKind, ConditionCode, ConditionScope, Day, EmailUse, PhoneUse, RequirementCode } from '@/lib/profile/vocabulary';

/** The part of a profile the model reads (a Profile fits). */
export type ContactInput = {
  emails: { address: string; uses: EmailUse[]; note?: string; section?: string }[];
  urgent_subject?: string;
  telephone?: { status: 'public' | 'not-public' | 'none'; note?: string; section?: string; numbers: { e164: string; display: string; use: PhoneUse; note?: string; section?: string }[] };
  hours?: {
    timezone: string;
    timezone_as_written?: string;
    schedule: { days: Day[]; open: string; close: string }[];
    as_written?: string;
    around_the_clock?: { kind: AroundTheClockKind; channels: ('phone' | 'email')[]; as_written: string; section?: string };
  };
  constituency?: { customers_only: boolean; tags_qualifier?: 'mainly' | 'including' };
  conditions: { code: ConditionCode; applies_to: ConditionScope[]; as_written: string; section?: string }[];
  requirements: { code: RequirementCode; applies_to: ConditionScope[]; as_written: string; section?: string }[];
  sections?: { hours?: string; urgent_subject?: string };
};

/** A condition the team states, with its words: what it limits is where it sits in the model. */
export type StatedCondition = { code: ConditionCode; quote: string; section?: string };
/** Something the team asks of those who contact it. */
export type StatedRequirement = { code: RequirementCode; appliesTo: ConditionScope[]; quote: string; section?: string };

/** Who a line or a service is for: customers or everyone only when the document says so. */
export type Audience = 'customers' | 'everyone' | 'unstated';

export type EmailFacts = {
  address: string;
  uses: EmailUse[];
  incident: boolean;
  note?: string;
  section?: string;
  /** Conditions scoped to e-mail (a preferred channel). */
  conditions: StatedCondition[];
};

export type NumberFacts = {
  e164: string;
  display: string;
  role: PhoneUse;
  note?: string;
  section?: string;
  /** customers when the number is reserved to them (its role, or a customers-only condition on phone). */
  audience: Audience;
  /** Conditions scoped to phone (emergencies only, customers only). */
  conditions: StatedCondition[];
  /** What the team asks of a caller (a call accepted only in an emergency). */
  requirements: StatedRequirement[];
  /** True when the team's 24/7 arrangement names the phone and this is the number it covers. */
  aroundTheClock: boolean;
  /** False when the team reserves the number to its customers. */
  anyoneMayCall: boolean;
};

export type AroundTheClockClaim = {
  kind: AroundTheClockKind;
  /** Channels the document names for it; empty when it names none. */
  channels: ('phone' | 'email')[];
  /** From customers-only / open-to-all conditions scoped to around-the-clock. */
  audience: Audience;
  /** The conditions scoped to around-the-clock (audience and preferred-channel aside), in the vocabulary's order. */
  conditions: StatedCondition[];
  /** The conditions that set the audience, with their words. */
  audienceConditions: StatedCondition[];
  closedOnHolidays: boolean;
  quote: string;
  section?: string;
  /**
   * True when a member of the public can reach the team round the clock on a
   * named channel as the team states it: neither the service nor the team is
   * for customers only, and it is more than the qualification of requests.
   * Its conditions still travel with it.
   */
  publicReach: boolean;
};

export type OfficeHours = {
  timezone: string;
  timezoneAsWritten?: string;
  schedule: { days: Day[]; open: string; close: string }[];
  /** Conditions scoped to the office hours (public holidays, a first-reply delay). */
  conditions: StatedCondition[];
  closedOnHolidays: boolean;
  quote?: string;
  section?: string;
};

export type ContactModel = {
  /** Every address, the incident address first, each with its uses. */
  emails: EmailFacts[];
  /** Where to write about an incident; stated is false when no address is for incident reports (the first address is given). */
  incident: { address: string; stated: boolean };
  urgentSubject?: { tag: string; section?: string };
  phone: { status: 'public' | 'not-public' | 'none' | 'unstated'; note?: string; section?: string; numbers: NumberFacts[] };
  /** The number a person in a hurry should call: the public emergency line, else the first public number anyone may call. */
  callFirst?: NumberFacts;
  aroundTheClock?: AroundTheClockClaim;
  officeHours?: OfficeHours;
  requirements: StatedRequirement[];
  /** Every condition, with its scope, for the list of conditions on the team page. */
  conditions: (StatedCondition & { scope: ConditionScope[] })[];
};

const stated = (c: { code: ConditionCode; as_written: string; section?: string }): StatedCondition => ({
  code: c.code,
  quote: c.as_written,
  ...(c.section !== undefined && { section: c.section }),
});

const requirement = (r: ContactInput['requirements'][number]): StatedRequirement => ({
  code: r.code,
  appliesTo: [...r.applies_to],
  quote: r.as_written,
  ...(r.section !== undefined && { section: r.section }),
});

const AUDIENCE_CODES: readonly ConditionCode[] = ['customers-only', 'open-to-all'];

/** One model per profile object: every surface of a build asks for it, the model is pure and nobody changes it. */
const models = new WeakMap<ContactInput, ContactModel>();

export function contactModel(profile: ContactInput): ContactModel {
  let model = models.get(profile);
  if (!model) models.set(profile, (model = computeModel(profile)));
  return model;
}

function computeModel(profile: ContactInput): ContactModel {
  const scoped = (scope: ConditionScope) => profile.conditions.filter((c) => c.applies_to.includes(scope));
  const has = (scope: ConditionScope, code: ConditionCode) => scoped(scope).some((c) => c.code === code);

  const incidentIndex = profile.emails.findIndex((e) => e.uses.includes('incident-reports'));
  const emailConditions = scoped('email').map(stated);
  const emails = profile.emails
    .map((e, i) => ({
      address: e.address,
      uses: [...e.uses],
      incident: i === incidentIndex,
      ...(e.note !== undefined && { note: e.note }),
      ...(e.section !== undefined && { section: e.section }),
      conditions: emailConditions,
    }))
    .sort((a, b) => Number(b.incident) - Number(a.incident));

  const atcInput = profile.hours?.around_the_clock;
  let aroundTheClock: AroundTheClockClaim | undefined;
  if (atcInput) {
    const own = scoped('around-the-clock');
    const audienceConditions = own.filter((c) => AUDIENCE_CODES.includes(c.code)).map(stated);
    const audience: Audience = has('around-the-clock', 'customers-only') ? 'customers' : has('around-the-clock', 'open-to-all') ? 'everyone' : 'unstated';
    aroundTheClock = {
      kind: atcInput.kind,
      channels: [...atcInput.channels],
      audience,
      conditions: own.filter((c) => !AUDIENCE_CODES.includes(c.code) && c.code !== 'preferred-channel').map(stated),
      audienceConditions,
      closedOnHolidays: has('around-the-clock', 'except-public-holidays'),
      quote: atcInput.as_written,
      ...(atcInput.section !== undefined && { section: atcInput.section }),
      publicReach: audience !== 'customers' && !profile.constituency?.customers_only && atcInput.kind !== 'qualification' && atcInput.channels.length > 0,
    };
  }

  const telephone = profile.telephone;
  const phoneConditions = scoped('phone').map(stated);
  const phoneRequirements = profile.requirements.filter((r) => r.applies_to.includes('phone')).map(requirement);
  const publicNumbers = telephone?.status === 'public' ? telephone.numbers : [];
  const phoneOnCall = !!aroundTheClock && aroundTheClock.kind !== 'qualification' && aroundTheClock.channels.includes('phone');
  // The 24/7 arrangement covers the emergency line when there is one, else every listed number.
  const onCallNumbers = phoneOnCall ? (publicNumbers.some((n) => n.use === 'emergency') ? publicNumbers.filter((n) => n.use === 'emergency') : publicNumbers) : [];
  const customersPhone = has('phone', 'customers-only');
  const numbers: NumberFacts[] = publicNumbers.map((n) => {
    const audience: Audience = n.use === 'customers-only' || customersPhone ? 'customers' : has('phone', 'open-to-all') ? 'everyone' : 'unstated';
    return {
      e164: n.e164,
      display: n.display,
      role: n.use,
      ...(n.note !== undefined && { note: n.note }),
      ...(n.section !== undefined && { section: n.section }),
      audience,
      conditions: phoneConditions,
      requirements: phoneRequirements,
      aroundTheClock: onCallNumbers.includes(n),
      anyoneMayCall: audience !== 'customers',
    };
  });
  const callable = numbers.filter((n) => n.anyoneMayCall);
  const callFirst = callable.find((n) => n.role === 'emergency') ?? callable[0];

  const hours = profile.hours;
  const officeHours: OfficeHours | undefined = hours && {
    timezone: hours.timezone,
    ...(hours.timezone_as_written !== undefined && { timezoneAsWritten: hours.timezone_as_written }),
    schedule: hours.schedule.map((s) => ({ days: [...s.days], open: s.open, close: s.close })),
    conditions: scoped('hours').map(stated),
    closedOnHolidays: has('hours', 'except-public-holidays'),
    ...(hours.as_written !== undefined && { quote: hours.as_written }),
    ...(profile.sections?.hours !== undefined && { section: profile.sections.hours }),
  };

  const first = profile.emails[incidentIndex] ?? profile.emails[0];
  return {
    emails,
    incident: { address: first.address, stated: incidentIndex >= 0 },
    ...(profile.urgent_subject && { urgentSubject: { tag: profile.urgent_subject, ...(profile.sections?.urgent_subject !== undefined && { section: profile.sections.urgent_subject }) } }),
    phone: {
      status: telephone?.status ?? 'unstated',
      ...(telephone?.note !== undefined && { note: telephone.note }),
      ...(telephone?.section !== undefined && { section: telephone.section }),
      numbers,
    },
    ...(callFirst && { callFirst }),
    ...(aroundTheClock && { aroundTheClock }),
    ...(officeHours && { officeHours }),
    requirements: profile.requirements.map(requirement),
    conditions: profile.conditions.map((c) => ({ ...stated(c), scope: [...c.applies_to] })),
  };
}

/** Every condition code a 24/7 claim carries, audience first: what a badge must name with it. */
export function aroundTheClockCodes(claim: AroundTheClockClaim): ConditionCode[] {
  return [...new Set([...claim.audienceConditions, ...claim.conditions].map((c) => c.code))];
}

/**
 * What the "open now" islands need, and nothing more (serialisable props):
 * the office hours with their holiday rule, and the 24/7 phone line with its own.
 */
export type OpenHours = {
  timezone: string;
  schedule: { days: Day[]; open: string; close: string }[];
  closedOnHolidays: boolean;
  /** The 24/7 arrangement on this line, when there is one (a channel named, not only qualification). */
  aroundTheClock?: { closedOnHolidays: boolean };
};

/** The open-hours facts of the office (no channel), of the phone line, or of the e-mail channel. */
export function openHours(model: ContactModel, channel?: 'phone' | 'email'): OpenHours | undefined {
  const atc = model.aroundTheClock;
  const onLine = !!channel && !!atc && atc.kind !== 'qualification' && atc.channels.includes(channel);
  const office = model.officeHours;
  // A 24/7 arrangement sits inside the hours block, so the time zone is always known here.
  if (!office) return undefined;
  return {
    timezone: office.timezone,
    schedule: office.schedule,
    closedOnHolidays: office.closedOnHolidays,
    ...(onLine && { aroundTheClock: { closedOnHolidays: atc.closedOnHolidays } }),
  };
}

/** Whether the build must list public holidays for this team: only when the team says a line closes on them. */
export function needsHolidays(model: ContactModel): boolean {
  return !!model.officeHours?.closedOnHolidays || !!model.aroundTheClock?.closedOnHolidays;
}
