/**
 * The directory's own security.txt (RFC 9116), /.well-known/security.txt:
 * whom to tell about a flaw in the directory itself. Contact is SECURITY_CONTACT
 * (a mailto: or https: URI) when the build is given one, else the partners
 * page; Expires is set by each build a fixed time ahead (the one file whose
 * bytes depend on the build's clock: a daily rebuild keeps it valid);
 * Canonical, Policy and Preferred-Languages follow. Clearsigned with
 * openpgp.js when the build is given a signing key (SECURITY_TXT_KEY, an
 * armored private key file, and SECURITY_TXT_PASSPHRASE when it has one).
 */
import 'server-only';
import { absolute } from '@/lib/site/url';
import { routes } from '@/lib/site/routes';

export const SECURITY_TXT_PATH = '.well-known/security.txt';
/** How far ahead Expires is set: well under the year RFC 9116 recommends at most. */
export const SECURITY_TXT_DAYS = 180;

export type SecurityTxtOptions = { base: string; now: Date; contact?: string; signingKey?: string; passphrase?: string };

export function securityTxtText({ base, now, contact }: SecurityTxtOptions): string {
  const expires = new Date(now.getTime() + SECURITY_TXT_DAYS * 86_400_000);
  expires.setUTCMilliseconds(0);
  const policy = absolute(base, routes.partners('en').slice(1));
  if (contact && !/^(mailto:|https:)/i.test(contact)) throw new Error(`SECURITY_CONTACT must be a mailto: or https: URI, got "${contact}"`);
  return [
    '# Security contact of this CSIRT directory (RFC 9116). To report an incident to a listed team, use that team\'s page.',
    `Contact: ${contact ?? policy}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    `Canonical: ${absolute(base, SECURITY_TXT_PATH)}`,
    `Policy: ${policy}`,
    'Preferred-Languages: fr, en',
    '',
  ].join('\n');
}

/** The file, clearsigned when a signing key is given. */
export async function securityTxt(options: SecurityTxtOptions): Promise<string> {
  const text = securityTxtText(options);
  if (!options.signingKey) return text;
  const openpgp = await import('openpgp');
  let key = await openpgp.readPrivateKey({ armoredKey: options.signingKey });
  if (!key.isDecrypted()) {
    if (!options.passphrase) throw new Error('SECURITY_TXT_KEY is encrypted: give its passphrase in SECURITY_TXT_PASSPHRASE');
    key = await openpgp.decryptKey({ privateKey: key, passphrase: options.passphrase });
  }
  return openpgp.sign({ message: await openpgp.createCleartextMessage({ text }), signingKeys: key });
}
