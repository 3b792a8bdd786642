// Some browsers ship Intl without data for a language: Chromium's ICU has no Kazakh, so it says it supports `kk`
// and then formats 7 December as "M12 7" and 1234,5 as "1,234.5" (ICU's root locale). Detected by formatting a
// known month, since `supportedLocalesOf` does not tell.

/** ICU's root locale names months by number ("M12"), a shape no language's data uses. */
const ROOT_MONTH = /^M\d{1,2}$/;

/** Whether this runtime formats the language with ICU's root fallback instead of the language's own data. */
export function lacksLocaleData(locale: string, intl: Pick<typeof Intl, 'DateTimeFormat'> = Intl): boolean {
  try {
    const month = new intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 7));
    return ROOT_MONTH.test(month);
  } catch {
    return true;
  }
}
