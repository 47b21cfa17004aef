/**
 * keys:refresh also reads the security.txt (RFC 9116) of the team's own
 * domain (its website's host, else its incident address's domain), with the
 * same fetch limits as keys, and says whether it agrees with the listing:
 * its Contact addresses and numbers, its Encryption key, and since when. A
 * file clearsigned by a key the listing names counts as signed; one signed by
 * another key, or whose signature does not hold, is refused (never accepted
 * as the team's); a file that breaks RFC 9116 is refused with the rules it
 * breaks. Records are data; words are in ./report.ts and on the team page.
 */
import 'server-only';
import { z } from 'zod';
import type { Team } from '@/lib/profile/load';
import { verifyCleartext } from '@/lib/pgp/verify';
import { parseSecurityTxt, SECURITY_TXT_LIMITS } from '@/lib/security-txt/parse';
import type { Fetcher } from './fetcher';

export const SECURITY_TXT_OUTCOMES = ['checked', 'unreachable', 'refused'] as const;

export const securityTxtCheckSchema = z.strictObject({
  url: z.string().describe('The security.txt asked for.'),
  checked_at: z.iso.datetime().describe('When (UTC).'),
  outcome: z.enum(SECURITY_TXT_OUTCOMES).describe('checked: read and compared; unreachable: no answer, an HTTP error (404 included) or a timeout; refused: an answer not used (too large, breaking RFC 9116, or signed by a key the listing does not name).'),
  reason: z.string().max(300).optional(),
  signature: z.enum(['none', 'listed-key', 'not-checked']).optional().describe('none: not clearsigned; listed-key: clearsigned by a key the listing names; not-checked: clearsigned, and no listed key is held to check it.'),
  contact: z.enum(['agrees', 'differs', 'not-comparable']).optional().describe('agrees: every mailto: and tel: Contact is an address or number of the listing; differs: one is not (see differing); not-comparable: only web Contacts.'),
  encryption: z.enum(['agrees', 'differs', 'none']).optional().describe('agrees: every Encryption names a listed fingerprint or key URL; differs: one does not; none: no Encryption field.'),
  differing: z.array(z.string().max(300)).max(20).optional().describe('The Contact and Encryption values the listing does not have.'),
  agrees_since: z.iso.datetime().optional().describe('Since when the file has agreed with the listing, run after run.'),
});
export type SecurityTxtCheck = z.infer<typeof securityTxtCheckSchema>;

/** The domain whose security.txt speaks for the team: its website's host, else its incident address's domain. */
export function teamDomain(team: Team): string | null {
  const { website, emails } = team.profile;
  if (website) return new URL(website).hostname;
  const incident = emails.find((e) => e.uses.includes('incident-reports')) ?? emails[0];
  return incident?.address.split('@')[1] ?? null;
}

const digits = (s: string) => s.replace(/\D/g, '');

function compare(team: Team, contact: string[], encryption: string[]): Pick<SecurityTxtCheck, 'contact' | 'encryption' | 'differing'> {
  const p = team.profile;
  const emails = new Set(p.emails.map((e) => e.address.toLowerCase()));
  const phones = new Set([...(p.telephone?.numbers ?? []), ...(p.fax?.numbers ?? [])].map((n) => digits(n.e164)));
  const differing: string[] = [];
  let comparable = 0;
  for (const value of contact) {
    const mail = /^mailto:([^?]+)/i.exec(value)?.[1];
    const tel = /^tel:(.+)$/i.exec(value)?.[1];
    if (mail) {
      comparable++;
      if (!emails.has(decodeURIComponent(mail).toLowerCase())) differing.push(value);
    } else if (tel) {
      comparable++;
      if (!phones.has(digits(tel))) differing.push(value);
    }
  }
  const fingerprints = p.pgp_keys.map((k) => k.fingerprint);
  const keyUrls = new Set(p.pgp_keys.flatMap((k) => k.urls));
  const encryptionDiffers = encryption.filter((value) => {
    const fpr = /^openpgp4fpr:([0-9a-f]{40,64})$/i.exec(value)?.[1]?.toUpperCase();
    if (fpr) return !fingerprints.includes(fpr);
    return !keyUrls.has(value) && !fingerprints.some((f) => value.toUpperCase().includes(f));
  });
  differing.push(...encryptionDiffers);
  return {
    contact: comparable === 0 ? 'not-comparable' : differing.some((d) => contact.includes(d)) ? 'differs' : 'agrees',
    encryption: encryption.length === 0 ? 'none' : encryptionDiffers.length ? 'differs' : 'agrees',
    ...(differing.length && { differing: differing.slice(0, 20).map((d) => d.slice(0, 300)) }),
  };
}

/** Fetches and judges the team's security.txt; `heldKeys` are the team's keys after this run's refresh. */
export async function checkSecurityTxt(team: Team, heldKeys: Uint8Array | null, fetcher: Fetcher, now: Date, previous?: SecurityTxtCheck): Promise<SecurityTxtCheck | null> {
  const domain = teamDomain(team);
  if (!domain) return null;
  const url = `https://${domain}/.well-known/security.txt`;
  const base = { url, checked_at: now.toISOString() };
  const answer = await fetcher(url);
  if (!answer.ok) return { ...base, outcome: answer.outcome, reason: answer.reason };
  if (answer.bytes.byteLength > SECURITY_TXT_LIMITS.bytes) return { ...base, outcome: 'refused', reason: `${answer.bytes.byteLength} bytes: more than a security.txt (${SECURITY_TXT_LIMITS.bytes})` };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(answer.bytes);
  const parsed = parseSecurityTxt(text, now);
  let signature: SecurityTxtCheck['signature'] = 'none';
  if (parsed.clearsigned) {
    if (!heldKeys) signature = 'not-checked';
    else {
      const result = await verifyCleartext({ message: text, keys: heldKeys, now });
      if (result.verdict !== 'valid') return { ...base, outcome: 'refused', reason: `clearsigned, but not validly by a key the listing names (${result.verdict}, ${result.reason})` };
      signature = 'listed-key';
    }
  }
  if (parsed.errors.length) return { ...base, outcome: 'refused', reason: `breaks RFC 9116: ${parsed.errors.slice(0, 5).join('; ')}`.slice(0, 300) };
  const agreement = compare(team, parsed.contact, parsed.encryption);
  const agrees = agreement.contact === 'agrees' && agreement.encryption !== 'differs';
  const since = agrees ? (previous?.agrees_since ?? now.toISOString()) : undefined;
  return { ...base, outcome: 'checked', signature, ...agreement, ...(since && { agrees_since: since }) };
}
