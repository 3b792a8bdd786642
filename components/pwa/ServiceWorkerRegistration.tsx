'use client';

// Registers the service worker (lib/pwa/service-worker.ts) in production builds. Under `npm run dev` it registers
// nothing and removes a worker left by an earlier `npm start` on the same address, so development never serves
// cached pages.
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { keepPageOffline } from '@/lib/pwa/keep-page-offline';
import { PAGE_LANGUAGE_MESSAGE, SERVICE_WORKER_URL } from '@/lib/pwa/offline';

const ENABLED = process.env.NODE_ENV === 'production';

export function ServiceWorkerRegistration() {
  const pathname = usePathname();
  const firstPage = useRef(true);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    if (ENABLED) {
      // Without a worker the app still works online; there is nothing to tell the user.
      navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => undefined);
      return;
    }
    void navigator.serviceWorker.getRegistrations().then((registrations) =>
      Promise.all(registrations.filter((r) => r.active?.scriptURL.endsWith(SERVICE_WORKER_URL)).map((r) => r.unregister())),
    );
  }, []);

  useEffect(() => {
    // The worker shows its offline page in the language of the last page shown here (lib/pwa/offline.ts).
    if (ENABLED && 'serviceWorker' in navigator) {
      const locale = document.documentElement.lang;
      void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: PAGE_LANGUAGE_MESSAGE, locale }));
    }
  }, [pathname]);

  useEffect(() => {
    const loadedThroughWorker = firstPage.current && !!navigator.serviceWorker?.controller;
    firstPage.current = false;
    // A page the browser loaded through the worker is cached already. One reached by a client-side navigation
    // (sign-in → /home, a link to /study) or opened before the worker was running is not: ask the worker for it.
    if (!loadedThroughWorker) keepPageOffline(location);
  }, [pathname]);

  return null;
}
