// One-time password reset codes: read from a teacher's screen or an e-mail and typed on a phone, so upper-case
// letters and digits without look-alikes (no 0/O, 1/I/L), in groups of four, forgiving of case, spaces and dashes.
// Twelve characters are 31^12 ≈ 2^59 codes: with a handful of guesses per account per quarter hour (rate limits),
// and only an argon2id hash stored, neither guessing online nor cracking a stolen database gets anywhere in 24 h.

import { isReadableCode, normalizeReadableCode, randomReadableCode, READABLE_CODE_ALPHABET } from '../codes/readable-code.ts';

export const RESET_CODE_ALPHABET = READABLE_CODE_ALPHABET;
export const RESET_CODE_LENGTH = 12;
/** How long a code works: a student gets it in class and may reset at home that evening. */
export const RESET_CODE_LIFETIME_MS = 24 * 3_600_000;

export function generateResetCode(pick?: (max: number) => number): string {
  return randomReadableCode(RESET_CODE_LENGTH, pick);
}

/** What was typed, as the code: upper case, without spaces and dashes. */
export const normalizeResetCode = normalizeReadableCode;

export function isWellFormedResetCode(code: string): boolean {
  return isReadableCode(code, RESET_CODE_LENGTH);
}

/** "ABCD-EFGH-JKMN": easier to read aloud and to copy. */
export function formatResetCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
