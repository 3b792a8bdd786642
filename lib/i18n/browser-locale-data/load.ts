// Which app languages a browser may lack Intl data for, and how to bring it: a chunk of its own, fetched only by a
// browser that needs it. English and Russian are in every browser's ICU.
import { lacksLocaleData } from './lacks-locale-data';

const LOADERS: Partial<Record<string, () => Promise<unknown>>> = {
  kk: () => import('./kazakh'),
};

const loading = new Map<string, Promise<void>>();

/**
 * A promise that settles once this browser formats `locale` with the language's own data, or undefined when it
 * already does. The same promise for each later call, so React's `use` sees it settle once.
 */
export function localeDataFor(locale: string): Promise<void> | undefined {
  const pending = loading.get(locale);
  if (pending) return pending;
  const load = LOADERS[locale];
  if (!load || !lacksLocaleData(locale)) return undefined;
  // A failed fetch (offline without the chunk cached) leaves the browser's fallback formatting, not a broken page.
  const promise = load().then(
    () => undefined,
    () => undefined,
  );
  loading.set(locale, promise);
  return promise;
}
