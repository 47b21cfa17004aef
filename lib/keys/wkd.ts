/**
 * Web Key Directory (draft-koch-openpgp-webkey-service) lookup URLs for an
 * e-mail address: the advanced method (openpgpkey.<domain>) first, then the
 * direct one. The local part is lowercased, hashed with SHA-1 (node:crypto)
 * and written in z-base-32: RFC 4648 base32 (@scure/base) with z-base-32's
 * alphabet, which for a 20-byte hash is the same bit grouping.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { base32nopad } from '@scure/base';

const RFC4648 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ZBASE32 = 'ybndrfg8ejkmcpqxot1uwisza345h769';

/** The "hu" name of a local part: z-base-32 of the SHA-1 of its lowercase form. */
export function wkdHash(localPart: string): string {
  const digest = createHash('sha1').update(localPart.toLowerCase(), 'utf8').digest();
  return [...base32nopad.encode(digest)].map((c) => ZBASE32[RFC4648.indexOf(c)]).join('');
}

export type WkdUrls = { advanced: string; direct: string };

export function wkdUrls(address: string): WkdUrls {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  const tail = `${wkdHash(local)}?l=${encodeURIComponent(local)}`;
  return {
    advanced: `https://openpgpkey.${domain}/.well-known/openpgpkey/${domain}/hu/${tail}`,
    direct: `https://${domain}/.well-known/openpgpkey/hu/${tail}`,
  };
}
