/**
 * The site's Content-Security-Policy and security headers: one source for the
 * build (a CSP <meta> in every page), the local server (scripts/serve.ts), the
 * `_headers` file written beside the site and the examples in docs/deploy.md.
 *
 * Why a meta tag per page: a static host may not let us set headers, and the
 * policy must name each page's own inline scripts (Next's hydration data) by
 * hash, so that no other inline script runs, injected or not. Headers add what
 * a meta tag cannot carry (frame-ancestors, HSTS, …) where the host allows.
 */
import 'server-only';
import { createHash } from 'node:crypto';

/** Script types the browser executes; anything else (application/ld+json) is data. */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/** sha256 hashes ('sha256-…') of the page's inline executable scripts, in order, duplicates removed. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1] ?? '';
    if (!EXECUTABLE.test(type.trim())) continue;
    hashes.add(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy of a page: everything from this origin only; scripts only our
 * files and the hashed inline ones (no eval, no WebAssembly); no plugins, no
 * <base>, forms only to ourselves.
 */
export function pagePolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The embeddable contact card: no script at all, only our stylesheet. */
export const EMBED_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** Adds the CSP meta tag right after <meta charset>, before any script; returns the page unchanged if it already has one. */
export function withCspMeta(html: string, policy: string): string {
  if (/http-equiv="Content-Security-Policy"/i.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const charset = /<meta charSet="utf-8"\/>|<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('page has no <head>');
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

/** Headers every response should carry (HSTS only matters over HTTPS; browsers ignore it on http://). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Pages may not be framed by other sites (clickjacking). The contact cards
 * under /embed/ are made for partner sites' iframes and get no such header.
 * frame-ancestors only works as a header (a meta tag cannot carry it).
 */
export const FRAME_POLICY = "frame-ancestors 'self'";
/** The paths that carry FRAME_POLICY: every page but the embeds. */
const FRAMED_PATHS = ['/', '/fr/*', '/en/*', '/404.html'];

export function isEmbedPath(urlPath: string): boolean {
  return urlPath.startsWith('/embed/');
}

/** A Netlify / Cloudflare Pages style `_headers` file with the same headers. */
export function headersFile(): string {
  return [
    '# Written by scripts/build.ts from lib/site/security.ts; see docs/deploy.md.',
    '/*',
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
    ...FRAMED_PATHS.flatMap((p) => ['', p, `  Content-Security-Policy: ${FRAME_POLICY}`]),
    '',
  ].join('\n');
}
