// An Intl constructor that serves one language from a replacement (formatjs's implementation with its CLDR data)
// and every other language from the browser's own, so English and Russian keep the browser's native formatting and
// time zones, and nothing but the missing language pays for the replacement.

type Constructor = typeof Intl.DateTimeFormat | typeof Intl.NumberFormat;
type Locales = string | Intl.Locale | readonly (string | Intl.Locale)[] | undefined;

/** The language subtag of the first locale asked for ('kk' for 'kk-KZ'), or undefined for none or a malformed tag. */
export function requestedLanguage(locales: Locales): string | undefined {
  const first = Array.isArray(locales) ? locales[0] : locales;
  if (first === undefined) return undefined;
  try {
    return new Intl.Locale(typeof first === 'string' ? first : first.toString()).language;
  } catch {
    return undefined; // the native constructor then throws its own RangeError
  }
}

/** A constructor, callable with or without `new`, that builds `replacement` for `language` and `native` otherwise. */
export function routeLanguage<C extends Constructor>(native: C, replacement: C, language: string): C {
  function Routed(locales?: Locales, options?: object) {
    const Chosen = (requestedLanguage(locales) === language ? replacement : native) as unknown as new (l?: Locales, o?: object) => object;
    return new Chosen(locales, options);
  }
  Routed.prototype = native.prototype;
  Routed.supportedLocalesOf = native.supportedLocalesOf.bind(native);
  return Routed as unknown as C;
}
