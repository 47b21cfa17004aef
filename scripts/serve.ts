/**
 * Serves the built static site on 127.0.0.1 only, the way a plain static host
 * would: files as they are (gzip-compressed when the client accepts it), /x/ -> /x/index.html, unknown paths -> 404.html
 * with status 404. No rewrites, no server logic.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import handler from 'serve-handler';
import compression from 'compression';
import { FRAME_POLICY, SECURITY_HEADERS, isEmbedPath } from '@/lib/site/security';

const siteDir = path.resolve(process.env.SITE_DIR || 'site');
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '127.0.0.1';

if (!fs.existsSync(path.join(siteDir, 'index.html'))) {
  console.error(`No built site in ${siteDir}: run "npm run build" first.`);
  process.exit(1);
}

// gzip, as any static host or CDN does, so that local measurements (Lighthouse, benchmarks) are realistic.
const compress = compression();

// The same headers as the _headers file and docs/deploy.md (lib/site/security.ts).
const server = http.createServer((req, res) => {
  for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
  if (!isEmbedPath(new URL(req.url ?? '/', 'http://localhost').pathname)) res.setHeader('Content-Security-Policy', FRAME_POLICY);
  compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {
    void handler(req, res, { public: siteDir, cleanUrls: true, trailingSlash: true, directoryListing: false });
  });
});

server.listen(port, host, () => {
  console.log(`CSIRT directory: http://${host}:${port}/ (serving ${path.relative(process.cwd(), siteDir) || siteDir}; Ctrl+C to stop)`);
});
