import type { NextConfig } from 'next';

/**
 * A static export: every page is plain HTML in out/, served by any static host.
 * trailingSlash gives /fr/teams/x/index.html, which every host serves without rewrites.
 */
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // One 404 page for every unmatched URL: the app has two root layouts ("/" and "/[lang]").
  experimental: { globalNotFound: true },
};

export default nextConfig;
