/**
 * The one way keys:refresh reads the network: a timeout, a size cap (1 MB),
 * redirects followed only on the same host and scheme, a limit per host name
 * and a bound on all requests at once. Results are data, never exceptions.
 */
import { mappedUrl, type HostMap } from './host-map';
import { keyedLimiter, limiter } from './limiter';

export type FetchOptions = {
  hostMap: HostMap;
  /** Per request, headers to the last byte. */
  timeoutMs: number;
  maxBytes: number;
  perHost: number;
  global: number;
  maxRedirects?: number;
};

export const DEFAULT_FETCH_OPTIONS = { timeoutMs: 15_000, maxBytes: 1_000_000, perHost: 4, global: 16 } as const;

export type Fetched =
  | { ok: true; bytes: Uint8Array; url: string }
  | { ok: false; outcome: 'unreachable' | 'refused'; reason: string };

export type Fetcher = (url: string) => Promise<Fetched>;

const unreachable = (reason: string): Fetched => ({ ok: false, outcome: 'unreachable', reason });
const refused = (reason: string): Fetched => ({ ok: false, outcome: 'refused', reason });

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes || !response.body) {
    await response.body?.cancel();
    return declared > maxBytes ? null : new Uint8Array();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks);
}

async function fetchOnce(url: string, options: FetchOptions): Promise<Fetched> {
  let current = new URL(url);
  const signal = AbortSignal.timeout(options.timeoutMs);
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
    let response: Response;
    try {
      response = await fetch(mappedUrl(current, options.hostMap), { redirect: 'manual', signal, headers: { accept: 'application/pgp-keys, application/octet-stream, text/plain' } });
    } catch (error) {
      return unreachable(signal.aborted ? `no answer within ${options.timeoutMs} ms` : `connection failed (${(error as Error).cause ?? (error as Error).message})`);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel();
      const next = new URL(response.headers.get('location')!, current);
      if (next.host !== current.host || next.protocol !== current.protocol) return refused(`redirect to another host or scheme (${next.origin})`);
      current = next;
      continue;
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      return unreachable(`HTTP ${response.status}`);
    }
    try {
      const bytes = await readCapped(response, options.maxBytes);
      if (!bytes) return refused(`response larger than ${options.maxBytes.toLocaleString('en')} bytes`);
      return { ok: true, bytes, url: current.href };
    } catch {
      return unreachable(signal.aborted ? `no answer within ${options.timeoutMs} ms` : 'connection lost while reading');
    }
  }
  return refused('too many redirects');
}

/** A fetcher sharing one global bound and one limit per host name across all its calls. */
export function createFetcher(options: FetchOptions): Fetcher {
  const all = limiter(options.global);
  const perHost = keyedLimiter(options.perHost);
  return (url) => perHost(new URL(url).hostname.toLowerCase())(() => all(() => fetchOnce(url, options)));
}
