/**
 * KEYS_HOST_MAP: send the requests meant for a host name to another base URL,
 * so that `keys:refresh` runs against local stand-ins (tests, the benchmark,
 * anyone checking the command offline).
 *
 *   KEYS_HOST_MAP='cert.example=http://127.0.0.1:8080,keys.openpgp.org=http://127.0.0.1:8080/vks-host'
 *
 * A request for https://cert.example/key.asc goes to http://127.0.0.1:8080/key.asc;
 * with a path on the base, the path is prefixed. Rules about hosts (redirects,
 * per-host limits) apply to the host name asked for, not to the stand-in.
 */
export type HostMap = ReadonlyMap<string, string>;

export class HostMapError extends Error {}

/** Parses "host=base,host=base"; throws HostMapError naming the bad entry. */
export function parseHostMap(value: string | undefined): HostMap {
  const map = new Map<string, string>();
  for (const entry of (value ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const at = entry.indexOf('=');
    const host = entry.slice(0, at).trim().toLowerCase();
    const base = entry.slice(at + 1).trim();
    if (at <= 0 || !/^[a-z0-9.-]+$/.test(host)) throw new HostMapError(`KEYS_HOST_MAP: "${entry}" is not host=URL (for example cert.example=http://127.0.0.1:8080)`);
    let url: URL;
    try {
      url = new URL(base);
    } catch {
      throw new HostMapError(`KEYS_HOST_MAP: "${base}" (for ${host}) is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new HostMapError(`KEYS_HOST_MAP: "${base}" (for ${host}) is not http: or https:`);
    map.set(host, `${url.origin}${url.pathname.replace(/\/$/, '')}`);
  }
  return map;
}

/** The URL actually requested for `url`: the stand-in when its host is mapped, else itself. */
export function mappedUrl(url: URL, map: HostMap): string {
  const base = map.get(url.hostname.toLowerCase());
  return base ? `${base}${url.pathname}${url.search}` : url.href;
}
