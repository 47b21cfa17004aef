import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { EMBED_POLICY, headersFile, inlineScriptHashes, pagePolicy, withCspMeta } from '@/lib/site/security';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

test('only inline scripts the browser would run are hashed: not external ones, not JSON-LD', () => {
  const html = `<html><head><meta charSet="utf-8"/><script src="/a.js" async=""></script></head><body>
<script>self.__next_f.push([0])</script><script type="application/ld+json">{"@type":"Organization"}</script>
<script type="module">import('/x.js')</script><script>self.__next_f.push([0])</script></body></html>`;
  assert.deepEqual(inlineScriptHashes(html), [sha('self.__next_f.push([0])'), sha("import('/x.js')")]);
});

test('the page policy allows our origin and the hashed scripts only', () => {
  const policy = pagePolicy([sha('x')]);
  assert.match(policy, /^default-src 'self'; script-src 'self' 'sha256-[^']+'; /);
  assert.doesNotMatch(policy, /unsafe|https?:|\*/);
  assert.match(policy, /object-src 'none'/);
  assert.doesNotMatch(EMBED_POLICY, /script-src/);
  assert.match(EMBED_POLICY, /^default-src 'none'/);
});

test('the CSP meta goes right after the charset, before any script, and only once', () => {
  const html = '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/a.js"></script></head></html>';
  const out = withCspMeta(html, "default-src 'self'");
  assert.ok(out.indexOf('Content-Security-Policy') < out.indexOf('<script'));
  assert.ok(out.indexOf('charSet') < out.indexOf('Content-Security-Policy'));
  assert.equal(withCspMeta(out, 'other'), out);
  assert.throws(() => withCspMeta('<p>no head</p>', 'x'), /no <head>/);
});

test('the _headers file sets the security headers everywhere and forbids framing except for embeds', () => {
  const file = headersFile();
  for (const header of ['Strict-Transport-Security', 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy']) assert.ok(file.includes(header), header);
  assert.match(file, /\/en\/\*\n {2}Content-Security-Policy: frame-ancestors 'self'/);
  assert.doesNotMatch(file, /\/embed/);
});
