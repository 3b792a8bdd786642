import { withSerwist } from '@serwist/turbopack';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { STATIC_SECURITY_HEADERS } from './lib/http/security-headers.ts';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Loaded from node_modules at run time rather than bundled: they carry WASM and native binaries, and the
  // database must be opened lazily by the one server process, never by build workers.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/adapter-pg',
    'pg',
    '@node-rs/argon2',
    '@open-spaced-repetition/binding',
    // The server's log writer: one instance per process, installed by scripts/server.ts (lib/observability/log-sink.ts).
    'sonic-boom',
  ],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [...STATIC_SECURITY_HEADERS],
      },
      {
        // The service worker is prerendered, so Next would let shared caches keep it a year (s-maxage): a school's
        // proxy or a CDN could then hold back every update. Phones and caches must ask each time (it is small).
        source: '/serwist/:path*',
        headers: [{ key: 'Cache-Control', value: 'no-cache' }],
      },
    ];
  },
};

// withSerwist keeps esbuild, which bundles the service worker at build time, out of the server bundle.
export default withSerwist(withNextIntl(nextConfig));
