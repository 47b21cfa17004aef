/**
 * A static export: every page is plain HTML in out/, served by any static host.
 * trailingSlash gives /fr/teams/x/index.html, which every host serves without rewrites.
 *
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  // One 404 page for every unmatched URL: the app has two root layouts ("/" and "/[lang]").
  experimental: { globalNotFound: true },
  // The e2e builds (scripts/e2e.ts) run after `npm run typecheck` has checked the same code: they skip
  // Next's second pass. Every other build, the one for publishing included, type-checks.
  typescript: { ignoreBuildErrors: process.env.SKIP_NEXT_TYPECHECK === '1' },
};

export default nextConfig;
