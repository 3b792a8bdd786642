/// <reference lib="webworker" />
// The service worker, built by Serwist when Next builds (app/serwist/[path]/route.ts) and registered in
// production only (components/pwa/ServiceWorkerRegistration.tsx). It never touches /api/*, POSTs (server
// actions, sign-in) or other sites: only the routes below are answered, everything else goes to the network as is.
import { ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig, type SerwistPlugin } from 'serwist';
import { SESSION_MAX_AGE_SECONDS } from '../auth/session-config.ts';
import { LOCALE_COOKIE } from '../i18n/locales.ts';
import { endsSession, forgetCachedPages, isPageWorthKeeping, isRequestForPageOpenedOffline, OFFLINE_FALLBACK_PATH, PAGE_CACHE_NAME, pageCacheKey } from './offline.ts';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

/**
 * Only a signed-in student's own page is kept. A redirect (to sign-in) means their session is over, here or on
 * another device: the pages of whoever used this phone are forgotten before anyone else can open them offline.
 * (cacheWillUpdate sees every network answer, navigation preloads included, which skip fetchDidSucceed.)
 */
const keepSignedInPagesOnly: SerwistPlugin = {
  async cacheWillUpdate({ response }) {
    if (endsSession(response)) await forgetCachedPages();
    return isPageWorthKeeping(response) ? response : null;
  },
};

/** The Cookie Store API, which workers have in Chromium and recent Safari; elsewhere the switcher forgets the kept pages instead. */
interface CookieStoreInWorker {
  get(name: string): Promise<{ value: string } | null | undefined>;
}

/** The language chosen on this device now (the locale cookie is not HttpOnly for this), or null. */
async function chosenLocale(): Promise<string | null> {
  const store = (self as unknown as { cookieStore?: CookieStoreInWorker }).cookieStore;
  try {
    return (await store?.get(LOCALE_COOKIE))?.value ?? null;
  } catch {
    return null;
  }
}

/** Each page is kept, and looked up, in the language chosen on the device: see pageCacheKey. */
const keyPagesByLanguage: SerwistPlugin = {
  async cacheKeyWillBeUsed({ request }) {
    return pageCacheKey(request.url, await chosenLocale());
  },
};

const serwist = new Serwist({
  // The build's JS and CSS chunks, the icons and the offline page: enough to draw any cached page offline.
  precacheEntries: self.__SW_MANIFEST,
  // Fetched without cookies, so the precached offline page shows nobody's navigation.
  precacheOptions: { cleanupOutdatedCaches: true, fetchOptions: { credentials: 'omit' } },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: [
    {
      matcher: isRequestForPageOpenedOffline,
      // Network first, so a student online always sees today's page; after 8 s (a bus between masts) or
      // offline, the copy from their last visit. Not shorter: a busy school server must not make pages stale.
      handler: new NetworkFirst({
        cacheName: PAGE_CACHE_NAME,
        networkTimeoutSeconds: 8,
        // Only documents reach this cache, so the RSC headers Next varies on never tell copies apart.
        matchOptions: { ignoreVary: true },
        plugins: [
          keyPagesByLanguage,
          keepSignedInPagesOnly,
          // A copy lives no longer than the session that made it.
          new ExpirationPlugin({ maxEntries: 50, maxAgeSeconds: SESSION_MAX_AGE_SECONDS }),
        ],
      }),
    },
    // Every other page needs the network; offline it gets the fallback page below, never a cached copy.
    { matcher: ({ request, url }) => request.mode === 'navigate' && !url.pathname.startsWith('/api/'), handler: new NetworkOnly() },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_FALLBACK_PATH, matcher: ({ request }) => request.destination === 'document' }],
  },
});

serwist.addEventListeners();
