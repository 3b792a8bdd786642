// How a typed answer is compared with the accepted ones. Grading ignores what a student should not lose points
// for: letter case (in every script, Cyrillic and Kazakh included), spacing, punctuation, the many Unicode ways
// to write the same character, and Latin letters typed by mistake inside a Cyrillic word.

/**
 * Latin letters that look like Cyrillic ones. Students in Kazakhstan switch keyboard layouts all day, and the
 * Kazakh і has no key on many Russian layouts, so "Қaзaқстaн" with Latin a, or "бiлiм" with Latin i, is common
 * and invisible on screen. Only applied to words that already contain Cyrillic.
 */
const CYRILLIC_FOR_LATIN: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  h: 'һ',
  i: 'і',
  k: 'к',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};
const LATIN_LOOKALIKE = /[acehikopxy]/g;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The answer as grading sees it: NFKC (full-width letters, ligatures, composed and decomposed accents all
 * become one form), case-folded, punctuation turned into spaces, whitespace collapsed and trimmed.
 */
export function normalizeAnswer(text: string): string {
  const folded = text
    .normalize('NFKC')
    // Upper then lower approximates Unicode case folding: "ß" → "ss", final "ς" → "σ", as well as "Ә" → "ә".
    .toUpperCase()
    .toLowerCase()
    // "İ" lowercases to "i" plus a combining dot, which would no longer equal a plain "i".
    .replace(/i\u0307/g, 'i')
    .normalize('NFKC');
  return folded
    .replace(/\p{P}+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .split(' ')
    .map((word) => (CYRILLIC.test(word) ? word.replace(LATIN_LOOKALIKE, (letter) => CYRILLIC_FOR_LATIN[letter]!) : word))
    .join(' ');
}

/**
 * What two answers must share to be equal: the normalised text without spaces, because students split and join
 * compound words differently ("ice cream", "ice-cream", "icecream"; "don't", "dont").
 */
export function comparableAnswer(text: string): string {
  return normalizeAnswer(text).replace(/ /g, '');
}
