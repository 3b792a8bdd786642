// One-time password reset codes: read from a teacher's screen or an e-mail and typed on a phone, so upper-case
// letters and digits without look-alikes (no 0/O, 1/I/L), in groups of four, forgiving of case, spaces and dashes.
// Twelve characters are 31^12 ≈ 2^59 codes: with a handful of guesses per account per quarter hour (rate limits),
// and only an argon2id hash stored, neither guessing online nor cracking a stolen database gets anywhere in 24 h.

export const RESET_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const RESET_CODE_LENGTH = 12;
/** How long a code works: a student gets it in class and may reset at home that evening. */
export const RESET_CODE_LIFETIME_MS = 24 * 3_600_000;

/** An unbiased random integer below max from Web Crypto (this module reaches the browser through the reset form's schema). */
function randomBelow(max: number): number {
  const limit = Math.floor(2 ** 32 / max) * max;
  const word = new Uint32Array(1);
  do crypto.getRandomValues(word);
  while (word[0]! >= limit);
  return word[0]! % max;
}

export function generateResetCode(pick: (max: number) => number = randomBelow): string {
  let code = '';
  for (let i = 0; i < RESET_CODE_LENGTH; i += 1) code += RESET_CODE_ALPHABET[pick(RESET_CODE_ALPHABET.length)];
  return code;
}

/** What was typed, as the code: upper case, without spaces and dashes. */
export function normalizeResetCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export function isWellFormedResetCode(code: string): boolean {
  return code.length === RESET_CODE_LENGTH && [...code].every((char) => RESET_CODE_ALPHABET.includes(char));
}

/** "ABCD-EFGH-JKMN": easier to read aloud and to copy. */
export function formatResetCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
