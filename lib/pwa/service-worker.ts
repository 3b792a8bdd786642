/// <reference lib="webworker" />
// The service worker, built by Serwist when Next builds (app/serwist/[path]/route.ts) and registered in
// production only (components/pwa/ServiceWorkerRegistration.tsx). It never touches /api/*, POSTs (server
// actions, sign-in) or other sites: only the routes below are answered, everything else goes to the network as is.
import { ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig, type SerwistPlugin } from 'serwist';
import { SESSION_MAX_AGE_SECONDS } from '../auth/session-config.ts';
import { LOCALE_COOKIE } from '../i18n/locales.ts';
import {
  endsSession,
  forgetCachedPages,
  isPageWorthKeeping,
  isRequestForPageOpenedOffline,
  offlinePageLocale,
  offlinePagePath,
  PAGE_CACHE_NAME,
  PAGE_LANGUAGE_MESSAGE,
  pageCacheKey,
} from './offline.ts';

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

/** Where the worker keeps the language of the last page shown (pages post it: PAGE_LANGUAGE_MESSAGE). */
const SETTINGS_CACHE = 'parta-settings';
const LAST_PAGE_LANGUAGE_KEY = '/__parta/last-page-language';

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; locale?: unknown } | null;
  if (data?.type !== PAGE_LANGUAGE_MESSAGE || typeof data.locale !== 'string') return;
  const locale = data.locale;
  event.waitUntil(caches.open(SETTINGS_CACHE).then((cache) => cache.put(LAST_PAGE_LANGUAGE_KEY, new Response(locale))));
});

async function lastPageLocale(): Promise<string | null> {
  const stored = await caches.match(LAST_PAGE_LANGUAGE_KEY, { cacheName: SETTINGS_CACHE });
  return stored ? stored.text() : null;
}

/**
 * A page that needs the network, asked for offline, gets the offline page in the language the person reads Parta
 * in (offlinePageLocale), precached once per language.
 */
const offlinePageInTheirLanguage: SerwistPlugin = {
  async handlerDidError({ request }) {
    if (request.destination !== 'document') return undefined;
    const [chosen, lastPage] = await Promise.all([chosenLocale(), lastPageLocale().catch(() => null)]);
    const locale = offlinePageLocale({ chosen, lastPageLocale: lastPage, browserLanguages: self.navigator.languages ?? [] });
    return serwist.matchPrecache(offlinePagePath(locale));
  },
};

const serwist = new Serwist({
  // The build's JS and CSS chunks, the icons and the offline page in each language: enough to draw any cached page offline.
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
          offlinePageInTheirLanguage,
          // A copy lives no longer than the session that made it.
          new ExpirationPlugin({ maxEntries: 50, maxAgeSeconds: SESSION_MAX_AGE_SECONDS }),
        ],
      }),
    },
    // Every other page needs the network; offline it gets the offline page, never a cached copy.
    {
      matcher: ({ request, url }) => request.mode === 'navigate' && !url.pathname.startsWith('/api/'),
      handler: new NetworkOnly({ plugins: [offlinePageInTheirLanguage] }),
    },
  ],
});

serwist.addEventListeners();
