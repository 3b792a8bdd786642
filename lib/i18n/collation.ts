// Names in the alphabet order of the reader's language. The database orders by code point (or by its own
// collation), which puts Kazakh Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І after Я; ICU's collation for the locale puts each letter
// where the alphabet has it (Ә after А, І after Ы), and ignores case and accents the way a class list does.
const collators = new Map<string, Intl.Collator>();

/** A comparison of two names for people reading in `locale`. */
export function compareNamesIn(locale: string): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator.compare;
}

/** The items by name in the locale's alphabet; items of equal names keep their order (the caller's tie-break). */
export function sortByName<T>(items: readonly T[], locale: string, nameOf: (item: T) => string): T[] {
  const compare = compareNamesIn(locale);
  return [...items].sort((a, b) => compare(nameOf(a), nameOf(b)));
}
