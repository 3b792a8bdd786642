// The interface languages Parta speaks. English now; Russian and Kazakh are next, and adding one is a
// message file in ./messages plus an entry here.
export const SUPPORTED_LOCALES = ['en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** Our first schools are in Kazakhstan; a user's or class's own zone overrides this where known. */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function isSupportedLocale(value: string | undefined): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value ?? '');
}

/**
 * The locale to use: the user's explicit choice (cookie) if we speak it, else the first language in the
 * browser's Accept-Language (by q-value) that we speak, by full tag or by its base language, else English.
 */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isSupportedLocale(cookieValue)) return cookieValue;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of wanted) {
    if (isSupportedLocale(tag)) return tag;
    const base = tag.split('-')[0];
    if (isSupportedLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
