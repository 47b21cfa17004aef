/**
 * The one answer to "when and how can this team be reached, and on what
 * terms": structured claims per channel, each with the conditions the team's
 * document puts on it (codes, with the team's words and section). Every place
 * that says "24/7" or "open now" reads this, so none says more than the team.
 * Pure and browser-safe: no zod, no words (pages word the codes).
 */
import type { CONDITION_CODES, CONDITION_SCOPES } from './profile/vocabulary';

type Scope = (typeof CONDITION_SCOPES)[number];

/** The part of a profile this function reads (a Profile fits). */
export type AvailabilityInput = {
  telephone?: { status: 'public' | 'not-public' | 'none'; numbers: { e164: string }[] };
  emails: { address: string }[];
  hours?: {
    schedule: unknown[];
    except_public_holidays?: boolean;
    around_the_clock?: { channels: ('phone' | 'email')[] };
  };
  conditions?: { code: (typeof CONDITION_CODES)[number]; applies_to: Scope[]; as_written: string; section?: string }[];
};

export type ClaimCondition = { code: (typeof CONDITION_CODES)[number]; quote: string; section?: string };

export type AvailabilityClaim = {
  channel: 'phone' | 'email';
  /** False for a phone the document mentions (e.g. a 24/7 line for customers) but whose number is not public. */
  published: boolean;
  /** True when the document describes a 24/7 service on this channel. */
  aroundTheClock: boolean;
  /** True when regular opening hours are given (see hours.schedule). */
  businessHours: boolean;
  /** Every condition that limits this claim: on the channel, on the 24/7 service (when aroundTheClock), on the hours. */
  conditions: ClaimCondition[];
};

/**
 * Claims per channel: e-mail when an address is given; phone when numbers are
 * public, or when the document describes a 24/7 phone service whose number it
 * does not publish (then published is false, and the conditions say for whom).
 */
export function availabilityClaims(profile: AvailabilityInput): AvailabilityClaim[] {
  const atc = profile.hours?.around_the_clock?.channels ?? [];
  const phonePublished = profile.telephone?.status === 'public' && profile.telephone.numbers.length > 0;
  const channels: ('phone' | 'email')[] = [];
  if (phonePublished || atc.includes('phone')) channels.push('phone');
  if (profile.emails.length) channels.push('email');
  const businessHours = (profile.hours?.schedule.length ?? 0) > 0;
  return channels.map((channel) => {
    const aroundTheClock = atc.includes(channel);
    const scopes: Scope[] = [channel, ...(aroundTheClock ? (['around-the-clock'] as const) : []), ...(businessHours ? (['hours'] as const) : [])];
    const conditions = (profile.conditions ?? [])
      .filter((c) => c.applies_to.some((s) => scopes.includes(s)))
      .map((c) => ({ code: c.code, quote: c.as_written, ...(c.section !== undefined && { section: c.section }) }));
    return { channel, published: channel === 'email' || phonePublished, aroundTheClock, businessHours, conditions };
  });
}

/** Whether any claim is 24/7 (the fact a "24/7" badge shows; its conditions travel in availabilityClaims). */
export function isAroundTheClockClaimed(claims: AvailabilityClaim[]): boolean {
  return claims.some((c) => c.aroundTheClock);
}
