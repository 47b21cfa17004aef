/**
 * The victim's report: turning what was typed into the text sent to a team,
 * and the limits that text must respect. Pure and browser-safe: it runs in the
 * composer island, where nothing typed leaves the device except through the
 * reader's own mail client or clipboard.
 */

/** Reports larger than this are neither mailed nor encrypted: a clear message says to send a file instead. */
export const REPORT_MAX_BYTES = 100 * 1024;
/** Mail clients refuse or cut longer mailto: links (about 2,000 characters); the page offers Copy instead. */
export const MAILTO_MAX_CHARS = 2000;

export type ReportField = { label: string; value: string };

/** "label\nvalue" blocks separated by blank lines; empty answers are left out; the intro first. */
export function reportText(intro: string, fields: readonly ReportField[]): string {
  const blocks = fields.filter((f) => f.value.trim()).map((f) => `${f.label}\n${f.value.trim()}`);
  return [intro, ...blocks].join('\n\n') + '\n';
}

export function reportBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The subject: the team's urgent tag first when it has one ("[URGENT] Incident report"). */
export function reportSubject(subject: string, urgentTag?: string): string {
  return urgentTag ? `${urgentTag} ${subject}` : subject;
}

/** A mailto: URL with subject and body, encoded as RFC 6068 asks (line breaks as CRLF). */
export function reportMailto(address: string, subject: string, body: string): string {
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

/**
 * Characters that change how text reads without being seen: C0/C1 controls
 * (tab and line breaks aside), zero-width characters and bidirectional
 * overrides and isolates. The preview shows each as a visible mark.
 */
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export type PreviewPart = { text: string; hidden?: false } | { text: string; hidden: true; code: string };

/** The text cut into plain runs and hidden characters, each hidden one named by its code point ("U+202E"). */
export function previewParts(text: string): PreviewPart[] {
  const parts: PreviewPart[] = [];
  let last = 0;
  for (const m of text.matchAll(HIDDEN)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[0], hidden: true, code: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
