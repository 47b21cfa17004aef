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

export { asnToken } from './normalize';
