/**
 * Constituency resources as search tokens, shared by the index (Node) and the
 * search box (browser): a domain by its tokens (lib/search/normalize.ts), an
 * AS number as "as<n>", and an address range as one token per range
 * ("ipv4" + network in hex + prefix length, fixed width), so that an address
 * typed into the search box becomes the token of every range that could hold
 * it, one per prefix length, and finds the team whose range does, from the
 * index alone. Parsing by ipaddr.js: this module is the engine's (loaded on
 * the first search) and the build's, never the search box's first load.
 */
import ipaddr from 'ipaddr.js';
import { foldForSearch, parseQuery, type ParsedQuery } from './normalize';

const hex = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('');

/** The token of a network: family, network address (hex, fixed width) and prefix length (fixed width). */
function networkToken(address: ipaddr.IPv4 | ipaddr.IPv6, prefix: number): string {
  const bytes = address.toByteArray();
  const bits = bytes.length * 8;
  // Keep the first `prefix` bits of the address, zero the rest.
  const masked = bytes.map((b, i) => {
    const keep = Math.max(0, Math.min(8, prefix - i * 8));
    return keep === 0 ? 0 : b & (0xff << (8 - keep)) & 0xff;
  });
  return `${bits === 32 ? 'ipv4' : 'ipv6'}${hex(masked)}p${String(prefix).padStart(3, '0')}`;
}

/** A CIDR range ("192.0.2.0/24", "2001:db8::/32") as its token, or null when it is not one. */
export function rangeToken(cidr: string): string | null {
  try {
    const [address, prefix] = ipaddr.parseCIDR(cidr.trim());
    return networkToken(address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() ? (address as ipaddr.IPv6).toIPv4Address() : address, prefix);
  } catch {
    return null;
  }
}

/** True for a well-formed CIDR range. */
export const isRange = (cidr: string) => rangeToken(cidr) !== null;

/** An address typed whole ("192.0.2.7", "2001:db8::1"), as the token of every range that may hold it; null when it is not an address. */
export function addressTokens(text: string): string[] | null {
  const value = text.trim();
  if (!/^[0-9a-f:.]+$/i.test(value) || !(value.includes(':') || /^\d{1,3}(\.\d{1,3}){3}$/.test(value))) return null;
  if (!ipaddr.isValid(value)) return null;
  let address = ipaddr.parse(value);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) address = (address as ipaddr.IPv6).toIPv4Address();
  const bits = address.kind() === 'ipv4' ? 32 : 128;
  return Array.from({ length: bits + 1 }, (_, prefix) => networkToken(address, prefix));
}

/**
 * An IPv4 address in dotted quads, or an IPv6 address (hex groups, at most eight, one "::" at
 * most): what the search box takes for an address, before lib/search/network.ts parses it.
 * A fingerprint written with colons has twenty groups, so it stays a key.
 */
function looksLikeAddress(v: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v)) return v.split('.').every((n) => Number(n) <= 255);
  if (!/^[0-9a-f:.]+$/.test(v) || !v.includes(':') || (v.match(/::/g) ?? []).length > 1) return false;
  const groups = v.split(':');
  return groups.length >= 3 && groups.length <= 8 && (v.includes('::') || groups.length === 8);
}

/** An AS number as typed ("AS64500", "asn 64500", "AS 64500"), as its token; null otherwise. */
export function asnToken(text: string): string | null {
  const m = /^as(?:n)?\s*(\d{1,10})$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 && n <= 4_294_967_295 ? `as${n}` : null;
}

/**
 * What the engine searches for a query: an address typed whole (then the token of every range
 * that may hold it), an AS number (its token), else what parseQuery makes of it. The search box
 * reads queries with parseQuery alone (to know one is too short), so this module and ipaddr.js
 * load with the engine.
 */
export function parseSearch(raw: string): ParsedQuery {
  const v = foldForSearch(raw);
  if (looksLikeAddress(v)) return { kind: 'address', query: v, terms: [v] };
  const asn = asnToken(v);
  if (asn) return { kind: 'asn', query: asn, terms: [asn] };
  return parseQuery(raw);
}
