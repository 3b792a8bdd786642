// Numbers as people type them: a comma or a point for the decimal mark ("3,5" is 3.5, as written in Kazakhstan
// and most of Europe), spaces between digit groups ("1 000 000"), a typographic minus. Anything that is not one
// finite number is null, so "3,5,1", "1,000.5", "NaN", "Infinity" and "1e999" are refused rather than guessed.

const DIGIT_GROUP_SPACES = /[\s\u00a0\u202f\u2009]+/gu;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function parseDecimal(text: string): number | null {
  const compact = text.trim().replace(DIGIT_GROUP_SPACES, '').replace(/[\u2212\u2013]/gu, '-');
  // One comma and no point is a decimal comma; a comma next to a point is ambiguous (1,000.5 or 1.000,5).
  const commas = compact.split(',').length - 1;
  if (commas > 1 || (commas === 1 && compact.includes('.'))) return null;
  const plain = compact.replace(',', '.');
  if (!PLAIN_NUMBER.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** For zod's preprocess: a number typed in a form ("3,5" allowed) as a number, NaN when it is not one, undefined when empty. */
export function decimalInput(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value.trim() === '' ? undefined : (parseDecimal(value) ?? Number.NaN);
}
