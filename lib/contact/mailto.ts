/** mailto: links to a team, from its contact model; no React here. */
import type { ContactModel } from './model';

/** A mailto: link with the team's urgent-subject convention when it has one. */
export function mailtoHref(address: string, urgentSubject?: string): string {
  return `mailto:${address}${urgentSubject ? `?subject=${encodeURIComponent(`${urgentSubject} `)}` : ''}`;
}

/**
 * The urgent e-mail of the help page, to the incident address: the team's
 * urgent subject tag, and a body listing what the team asks a reporter to
 * give (its RFC 2350 section 6).
 */
export function urgentMailto(model: ContactModel, checklist: readonly string[], intro: string): string {
  const subject = model.urgentSubject ? `${model.urgentSubject.tag} ` : '';
  // RFC 6068: line breaks in a mailto body are CRLF.
  const body = checklist.length ? `${intro}\r\n\r\n${checklist.map((item) => `- ${item}\r\n  \r\n`).join('')}` : '';
  const query = [subject && `subject=${encodeURIComponent(subject)}`, body && `body=${encodeURIComponent(body)}`].filter(Boolean).join('&');
  return `mailto:${model.incident.address}${query ? `?${query}` : ''}`;
}
