/** Facts derived from a profile for display; no React here. */
import type { Profile } from './profile/schema';

export function incidentEmail(profile: Profile): string {
  return (profile.emails.find((e) => e.uses.includes('incident-reports')) ?? profile.emails[0]).address;
}

/** The number a person in a hurry should call: the emergency line, else the first public number; none when no number is public. */
export function callFirst(profile: Profile): { e164: string; display: string } | undefined {
  const numbers = profile.telephone?.status === 'public' ? profile.telephone.numbers : [];
  const n = numbers.find((x) => x.use === 'emergency') ?? numbers[0];
  return n && { e164: n.e164, display: n.display };
}

export function isAroundTheClock(profile: Profile): boolean {
  return !!profile.hours?.around_the_clock;
}

/** A mailto: link with the team's urgent-subject convention when it has one. */
export function mailtoHref(address: string, urgentSubject?: string): string {
  return `mailto:${address}${urgentSubject ? `?subject=${encodeURIComponent(`${urgentSubject} `)}` : ''}`;
}

/**
 * The urgent e-mail of the help page: the team's urgent subject tag, and a body
 * listing what the team asks a reporter to give (its RFC 2350 section 6).
 */
export function urgentMailto(profile: Profile, intro: string): string {
  const subject = profile.urgent_subject ? `${profile.urgent_subject} ` : '';
  const checklist = profile.reporting?.checklist ?? [];
  // RFC 6068: line breaks in a mailto body are CRLF.
  const body = checklist.length ? `${intro}\r\n\r\n${checklist.map((item) => `- ${item}\r\n  \r\n`).join('')}` : '';
  const query = [subject && `subject=${encodeURIComponent(subject)}`, body && `body=${encodeURIComponent(body)}`].filter(Boolean).join('&');
  return `mailto:${incidentEmail(profile)}${query ? `?${query}` : ''}`;
}
