/** Facts derived from a profile for display; no React here. */
import type { Profile } from './profile/schema';

export function incidentEmail(profile: Profile): string {
  return (profile.emails.find((e) => e.uses.includes('incident-reports')) ?? profile.emails[0]).address;
}

export function isAroundTheClock(profile: Profile): boolean {
  return !!profile.hours?.around_the_clock;
}

/** A mailto: link with the team's urgent-subject convention when it has one. */
export function mailtoHref(address: string, urgentSubject?: string): string {
  return `mailto:${address}${urgentSubject ? `?subject=${encodeURIComponent(`${urgentSubject} `)}` : ''}`;
}
