// The language of a request, in negotiateLocale's order: the choice made on this device (the locale cookie), the
// signed-in user's stored choice, their class's default language, the browser's languages, English. Shared by the
// pages (request.ts) and the JSON errors of route handlers and the proxy (lib/http/json-errors.ts), so they agree.
import { isSessionCookieName } from '../auth/session-config.ts';
import type { RequestCookie } from '../http/cookie-header.ts';
import { isSupportedLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from './locales.ts';

/** The language chosen on this device (the locale cookie), if it is one we speak. */
export function deviceLocaleOf(cookies: readonly RequestCookie[]): Locale | null {
  const chosen = cookies.find((cookie) => cookie.name === LOCALE_COOKIE)?.value;
  return isSupportedLocale(chosen) ? chosen : null;
}

export async function localeOfRequest(cookies: readonly RequestCookie[], acceptLanguage: string | null): Promise<Locale> {
  const chosen = deviceLocaleOf(cookies);
  // The device's own choice settles it, and a visitor has nothing stored: no database for either.
  if (chosen || !cookies.some((cookie) => isSessionCookieName(cookie.name))) return negotiateLocale({ chosen, acceptLanguage });
  // Loaded only now: it decodes the session and asks the database, which the proxy and unit tests never need.
  const { storedLanguageChoicesOfSession } = await import('./stored-language-choices.ts');
  const stored = await storedLanguageChoicesOfSession(cookies);
  return negotiateLocale({ chosen, userLocale: stored?.userLocale, classLocale: stored?.classLocale, acceptLanguage });
}
