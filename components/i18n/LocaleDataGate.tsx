'use client';

import { use, useEffect, type ReactNode } from 'react';
import { localeDataFor } from '@/lib/i18n/browser-locale-data/load';

/**
 * Holds its children until the browser can format the page's language: a browser without Kazakh in its Intl
 * (Chromium) first loads the language's data, so dates and numbers formatted in the browser read as the server wrote
 * them ("7 желтоқсан", not "M12 7") and hydration finds the same text. The server has every language (Node's ICU).
 */
export function LocaleDataGate({ locale, children }: { locale: string; children: ReactNode }) {
  const loading = typeof window === 'undefined' ? undefined : localeDataFor(locale);
  if (loading) use(loading);
  // Runs once the whole page under the gate has hydrated (a parent's effect runs after its children's): the page
  // answers taps from here on. End-to-end tests wait for it before they type into a form.
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return children;
}
