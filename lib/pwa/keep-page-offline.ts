// From a page: ask the service worker to keep the page on screen for offline use, when it is one of the pages kept
// (PAGES_OPENED_OFFLINE). The worker fetches it itself, with the device's cookies, so the copy is what the server
// answers now: after a client-side navigation, or after a change of language.
import { isPageOpenedOffline } from './offline.ts';

export function keepPageOffline(location: { pathname: string; search: string }): void {
  if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || !isPageOpenedOffline(location.pathname)) return;
  const page = `${location.pathname}${location.search}`;
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [page] } }));
}
