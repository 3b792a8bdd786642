// The interface languages Parta speaks and how a request's language is chosen. Adding one is a message file in
// ./messages plus an entry here. Pure: the server (request.ts, lib/http/json-errors.ts), the header's switcher and
// the service worker all use it.
export const SUPPORTED_LOCALES = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language by its own name, so a reader finds theirs whatever language the page is in now. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** Our first schools are in Kazakhstan; a user's or class's own zone overrides this where known. */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';

/** The language chosen on this device (the switcher sets it); next-intl's own name for it. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function isSupportedLocale(value: string | null | undefined): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value ?? '');
}

/** Where a request's language can come from, most explicit first. Any of them may be missing or unusable. */
export interface LocaleSources {
  /** The locale cookie: what someone chose on this device. */
  chosen?: string | null;
  /** The signed-in user's stored choice (User.locale), which follows them to any device. */
  userLocale?: string | null;
  /** For a student: the default language of their most recently joined class that sets one (Class.defaultLocale). */
  classLocale?: string | null;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string | null;
}

/**
 * The locale to use: the choice made on this device, else the signed-in user's stored choice, else their class's
 * default language, else the first language of the browser we speak, else English. A value we do not speak (an old
 * or forged cookie, a language since removed) is passed over, never an error.
 */
export function negotiateLocale({ chosen, userLocale, classLocale, acceptLanguage }: LocaleSources): Locale {
  for (const candidate of [chosen, userLocale, classLocale]) if (isSupportedLocale(candidate)) return candidate;
  return browserLocale(acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The first language in Accept-Language (by q-value, then order) that we speak, by its full tag or its base
 * language ("ru-RU" → ru), or null.
 */
export function browserLocale(acceptLanguage: string | null | undefined): Locale | null {
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
  return null;
}
