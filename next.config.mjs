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
};

export default nextConfig;
