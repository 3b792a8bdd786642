// What works offline, shared by the service worker (lib/pwa/service-worker.ts) and the pages that register it or
// sign people in and out. Pure and free of Next and DOM-only APIs: it is bundled into the worker too.
import { isSupportedLocale, negotiateLocale, type Locale } from '../i18n/locales.ts';

/** Where the worker is served (app/serwist/[path]/route.ts builds it from lib/pwa/service-worker.ts). */
export const SERVICE_WORKER_URL = '/serwist/sw.js';

/**
 * Pages a student can reopen offline once visited: these paths and everything under them. The worker fetches
 * them network-first and keeps the last copy; every other page needs the network.
 */
export const PAGES_OPENED_OFFLINE = ['/home', '/study'] as const;

/** The page shown for any other page asked for offline; precached when the worker installs, once per language. */
export const OFFLINE_FALLBACK_PATH = '/offline';

/** The query parameter that asks for the offline page in a language: the worker fetches it without cookies. */
export const OFFLINE_LANGUAGE_PARAM = 'language';

/** The offline page in one language, as the worker precaches it. */
export function offlinePagePath(locale: Locale): string {
  return `${OFFLINE_FALLBACK_PATH}?${OFFLINE_LANGUAGE_PARAM}=${locale}`;
}

/**
 * For the proxy: the Accept-Language to give a request for the offline page in a language we speak (which a
 * request without cookies, as the worker's precache makes, then gets), or null for any other request.
 */
export function acceptLanguageOfOfflinePage(url: URL): Locale | null {
  if (url.pathname !== OFFLINE_FALLBACK_PATH) return null;
  const asked = url.searchParams.get(OFFLINE_LANGUAGE_PARAM);
  return isSupportedLocale(asked) ? asked : null;
}

/**
 * For the worker: the language of the offline page to show: the one chosen on this device (the locale cookie),
 * else the language of the last page Parta showed on it (which follows the account and the class), else the
 * browser's languages, else English.
 */
export function offlinePageLocale({ chosen, lastPageLocale, browserLanguages }: { chosen: string | null; lastPageLocale: string | null; browserLanguages: readonly string[] }): Locale {
  return negotiateLocale({ chosen, userLocale: lastPageLocale, acceptLanguage: browserLanguages.join(',') });
}

/** A page's message to the worker: the language it is shown in (offlinePageLocale's lastPageLocale). */
export const PAGE_LANGUAGE_MESSAGE = 'PARTA_PAGE_LANGUAGE';

/** The cache that holds a student's visited pages. Personal: emptied on sign-in, sign-out and session end. */
export const PAGE_CACHE_NAME = 'parta-pages';

export function isPageOpenedOffline(pathname: string): boolean {
  return PAGES_OPENED_OFFLINE.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/**
 * For the worker: a request for the HTML of such a page, whether the browser navigates to it or a page asks for it
 * to be kept (CACHE_URLS after a client-side navigation). Not the RSC payload of a client-side navigation, which
 * is no page on its own, and never another site. (The worker matches GET requests only.)
 */
export function isRequestForPageOpenedOffline({ request, url, sameOrigin }: { request: Request; url: URL; sameOrigin: boolean }): boolean {
  return sameOrigin && isPageOpenedOffline(url.pathname) && !request.headers.has('RSC') && !url.searchParams.has('_rsc');
}

/** The query parameter that tells apart the kept copies of one page in different languages (cache keys only). */
export const PAGE_LANGUAGE_PARAM = '__parta-language';

/**
 * For the worker: the key a page is kept under, the page's URL plus the language chosen on the device (the locale
 * cookie) when it was fetched, or "none" without a choice (the page then speaks the account's or the browser's
 * language). Opened offline after a switch, a page is looked up in the new language: an old copy in the language
 * left behind is never shown.
 */
export function pageCacheKey(url: string, chosenLocale: string | null | undefined): string {
  const key = new URL(url);
  key.searchParams.set(PAGE_LANGUAGE_PARAM, isSupportedLocale(chosenLocale) ? chosenLocale : 'none');
  return key.href;
}

/** For the worker: only a page answered as such is kept — not an error, and not a redirect to sign-in. */
export function isPageWorthKeeping(response: Response): boolean {
  return response.status === 200 && !response.redirected;
}

/** For the worker: a redirect instead of the page means the session that cached the pages is over. */
export function endsSession(response: Response): boolean {
  return response.type === 'opaqueredirect' || response.redirected || (response.status >= 300 && response.status < 400);
}

/** Empties the page cache, from a page or from the worker. A no-op where there is no Cache API (plain http). */
export async function forgetCachedPages(): Promise<void> {
  if (typeof caches !== 'undefined') await caches.delete(PAGE_CACHE_NAME);
}
