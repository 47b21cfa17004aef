/**
 * security.txt (RFC 9116) read as the RFC says: "Field: value" lines, "#"
 * comments, CRLF or LF, field names case-insensitive; Contact (one or more,
 * URIs), Expires (exactly one, RFC 3339, in the future), Encryption,
 * Canonical, Policy, Acknowledgments, Hiring, CSAF (URIs) and
 * Preferred-Languages (at most one). A clearsigned file is recognised and its
 * signed text returned for the caller to verify (lib/pgp verifies; nothing
 * here is cryptography). Pure and browser-safe; no maintained JavaScript
 * parser of RFC 9116 could be found on the npm registry, so this one follows
 * the RFC's rules and only them.
 */

export const SECURITY_TXT_LIMITS = { bytes: 32_768, lines: 1_000, fieldLength: 2_048 } as const;

const URI_FIELDS = ['contact', 'encryption', 'canonical', 'policy', 'acknowledgments', 'hiring', 'csaf'] as const;
type UriField = (typeof URI_FIELDS)[number];

export type SecurityTxt = {
  contact: string[];
  expires: string | null;
  encryption: string[];
  canonical: string[];
  policy: string[];
  acknowledgments: string[];
  hiring: string[];
  csaf: string[];
  preferredLanguages: string[];
  /** Every rule of RFC 9116 the file breaks, in words, for the report. */
  errors: string[];
  /** The text between the OpenPGP cleartext markers, when the file is clearsigned (verify the whole file, not this). */
  clearsigned: boolean;
};

const BEGIN = '-----BEGIN PGP SIGNED MESSAGE-----';

/** The signed text of a clearsigned file (dash-escaping undone), or the file itself. */
function body(text: string): { text: string; clearsigned: boolean } {
  if (!text.startsWith(BEGIN)) return { text, clearsigned: false };
  const afterHeaders = text.indexOf('\n\n', BEGIN.length) >= 0 ? text.indexOf('\n\n', BEGIN.length) + 2 : text.length;
  const end = text.indexOf('\n-----BEGIN PGP SIGNATURE-----', afterHeaders);
  const signed = text.slice(afterHeaders, end < 0 ? text.length : end).replace(/^- /gm, '');
  return { text: signed, clearsigned: true };
}

export function parseSecurityTxt(input: string, now: Date): SecurityTxt {
  const out: SecurityTxt = { contact: [], expires: null, encryption: [], canonical: [], policy: [], acknowledgments: [], hiring: [], csaf: [], preferredLanguages: [], errors: [], clearsigned: false };
  if (input.length > SECURITY_TXT_LIMITS.bytes) {
    out.errors.push(`larger than ${SECURITY_TXT_LIMITS.bytes} bytes`);
    return out;
  }
  const { text, clearsigned } = body(input.replace(/\r\n/g, '\n'));
  out.clearsigned = clearsigned;
  const lines = text.split('\n');
  if (lines.length > SECURITY_TXT_LIMITS.lines) out.errors.push(`more than ${SECURITY_TXT_LIMITS.lines} lines`);
  let expiresSeen = 0;
  let languagesSeen = 0;
  for (const [i, raw] of lines.slice(0, SECURITY_TXT_LIMITS.lines).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!m) {
      out.errors.push(`line ${i + 1} is not "Field: value"`);
      continue;
    }
    const name = m[1].toLowerCase();
    const value = m[2].trim().slice(0, SECURITY_TXT_LIMITS.fieldLength);
    if ((URI_FIELDS as readonly string[]).includes(name)) {
      if (!/^(https:|mailto:|tel:|openpgp4fpr:|dns:)/i.test(value)) out.errors.push(`${m[1]} on line ${i + 1} is not a URI this file may use ("${value.slice(0, 60)}")`);
      else if (name !== 'contact' && /^http:/i.test(value)) out.errors.push(`${m[1]} on line ${i + 1} must use https`);
      out[name as UriField].push(value);
    } else if (name === 'expires') {
      expiresSeen++;
      out.expires = value;
      const date = new Date(value);
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(date.getTime())) out.errors.push(`Expires on line ${i + 1} is not an RFC 3339 date and time`);
      else if (date.getTime() <= now.getTime()) out.errors.push(`Expires (${value}) is in the past`);
    } else if (name === 'preferred-languages') {
      languagesSeen++;
      out.preferredLanguages = value.split(',').map((l) => l.trim()).filter(Boolean);
    }
    // Other fields are allowed (extensions) and ignored.
  }
  if (!out.contact.length) out.errors.push('no Contact field');
  if (expiresSeen !== 1) out.errors.push(expiresSeen ? 'more than one Expires field' : 'no Expires field');
  if (languagesSeen > 1) out.errors.push('more than one Preferred-Languages field');
  return out;
}
