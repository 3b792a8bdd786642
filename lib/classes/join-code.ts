// Join codes are read aloud in class and typed on phones: upper-case letters and digits without the ones
// people confuse (0/O, 1/I/L), six characters (31^6 ≈ 887 million codes), forgiving of case, spaces and dashes.

export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/**
 * An unbiased random integer below max from Web Crypto, which Node and browsers both have: this module reaches the
 * browser through the class forms' validation, where node:crypto would bring a 136 kB (gzipped) polyfill.
 */
function randomBelow(max: number): number {
  const limit = Math.floor(2 ** 32 / max) * max;
  const word = new Uint32Array(1);
  do crypto.getRandomValues(word);
  while (word[0]! >= limit);
  return word[0]! % max;
}

export function generateJoinCode(pick: (max: number) => number = randomBelow): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[pick(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What the student typed, as the stored code: upper case, without spaces and dashes. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

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
  return code.length === JOIN_CODE_LENGTH && [...code].every((char) => JOIN_CODE_ALPHABET.includes(char));
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
