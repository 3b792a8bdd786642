// Codes people read off a board, a screen or an e-mail and type on a phone: upper-case letters and digits without
// the ones they confuse (0/O, 1/I/L), forgiving of case, spaces and dashes when typed. Join codes and password
// reset codes are both made this way.

export const READABLE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * An unbiased random integer below max from Web Crypto, which Node and browsers both have: these modules reach the
 * browser through the forms' validation, where node:crypto would bring a 136 kB (gzipped) polyfill.
 */
function randomBelow(max: number): number {
  const limit = Math.floor(2 ** 32 / max) * max;
  const word = new Uint32Array(1);
  do crypto.getRandomValues(word);
  while (word[0]! >= limit);
  return word[0]! % max;
}

export function randomReadableCode(length: number, pick: (max: number) => number = randomBelow): string {
  let code = '';
  for (let i = 0; i < length; i += 1) code += READABLE_CODE_ALPHABET[pick(READABLE_CODE_ALPHABET.length)];
  return code;
}

/** What was typed, as the code: upper case, without spaces and dashes. */
export function normalizeReadableCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export function isReadableCode(code: string, length: number): boolean {
  return code.length === length && [...code].every((char) => READABLE_CODE_ALPHABET.includes(char));
}
