// Join codes are read aloud in class and typed on phones: upper-case letters and digits without the ones
// people confuse (0/O, 1/I/L), six characters (31^6 ≈ 887 million codes), forgiving of case, spaces and dashes.
import { isReadableCode, normalizeReadableCode, randomReadableCode, READABLE_CODE_ALPHABET } from '../codes/readable-code.ts';

export const JOIN_CODE_ALPHABET = READABLE_CODE_ALPHABET;
export const JOIN_CODE_LENGTH = 6;

export function generateJoinCode(pick?: (max: number) => number): string {
  return randomReadableCode(JOIN_CODE_LENGTH, pick);
}

/** What the student typed, as the stored code: upper case, without spaces and dashes. */
export const normalizeJoinCode = normalizeReadableCode;

/** The code in a join link's path. A segment that is not valid percent-encoding is kept as it is: then it is no code. */
export function joinCodeFromPath(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // URIError: left undecoded, it fails isWellFormedJoinCode like any other wrong code.
  }
  return normalizeJoinCode(decoded);
}

export function isWellFormedJoinCode(code: string): boolean {
  return isReadableCode(code, JOIN_CODE_LENGTH);
}

/** Left out of the alphabet because they pass for one another (0 and O, 1, I and L). */
export const LOOK_ALIKE_CHARACTERS = '0O1IL';

/** Whether a code that is not well formed has a look-alike in it: the student most likely misread one. */
export function hasLookAlikeCharacters(code: string): boolean {
  return [...code].some((char) => LOOK_ALIKE_CHARACTERS.includes(char));
}

/** "PAR TA7": easier to read aloud and to copy from a projector. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
