// GET /serwist/sw.js (and its source map): the service worker, bundled by Serwist with esbuild from
// lib/pwa/service-worker.ts while `next build` prerenders this route, then served as a static file. It is served
// with `Service-Worker-Allowed: /` because it lives under /serwist/ but must control every page.
import { randomUUID } from 'node:crypto';
import { createSerwistRoute } from '@serwist/turbopack';
import { APP_ICONS, appIconRevision, appIconUrl } from '@/lib/pwa/app-icons';
import { SUPPORTED_LOCALES } from '@/lib/i18n/locales';
import { offlinePagePath } from '@/lib/pwa/offline';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = false;

// The offline page (one per language) is rendered by the server, so nothing on disk tells when it changed: every build gives it a
// new revision (a build happens only when the code changed), so phones never keep one drawn with old chunks.
const buildRevision = randomUUID();
const iconRevision = appIconRevision();

const serwistRoute = createSerwistRoute({
  swSrc: 'lib/pwa/service-worker.ts',
  // esbuild is already installed for tsx; the native binary is faster than the WASM build.
  useNativeEsbuild: true,
  // A classic script rather than an ES module: module service workers are newer than some school phones.
  esbuildOptions: { format: 'iife' },
  // The build's own files: JS, CSS and any images or fonts it emits (Parta itself uses the system's fonts).
  globPatterns: ['.next/static/**/*.{js,css,svg,png,woff2}'],
  additionalPrecacheEntries: [
    ...SUPPORTED_LOCALES.map((locale) => ({ url: offlinePagePath(locale), revision: buildRevision })),
    ...APP_ICONS.map((icon) => ({ url: appIconUrl(icon), revision: iconRevision })),
  ],
});

export const generateStaticParams = serwistRoute.generateStaticParams;
export const GET = serwistRoute.GET;
