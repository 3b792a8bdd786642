// Words a teacher picks in the text to name a concept: tidied and checked before anything reads the text. Kept
// apart from the generator so forms can check them in the browser without loading the language model.

/** A term the teacher picks is a name, not a passage: at most this many words and characters. */
export const MAX_PICKED_WORDS = 8;
export const MAX_PICKED_CHARS = 100;

export type PickedTermError = 'empty' | 'too-long' | 'not-in-text';

const LOOSE_ENDS = /^[\s"'“”‘’«»,;:.!?—–-]+|[\s"'“”‘’«»,;:.!?—–-]+$/gu;

/**
 * Whitespace collapsed, and quotes, punctuation or a lone bracket a selection caught at its ends trimmed; a
 * bracket with its pair stays ("cell (biology)").
 */
export function tidyTerm(words: string): string {
  let term = words.replace(/\s+/g, ' ').replace(LOOSE_ENDS, '');
  for (let again = true; again; ) {
    const before = term;
    if (/^[([{]/.test(term) && !/[)\]}]/.test(term)) term = term.slice(1);
    if (/[)\]}]$/.test(term) && !/[([{]/.test(term)) term = term.slice(0, -1);
    term = term.replace(LOOSE_ENDS, '');
    again = term !== before;
  }
  return term;
}

/** Why words the teacher picked cannot name a concept, before reading the text. */
export function pickedTermProblem(words: string): PickedTermError | null {
  const term = tidyTerm(words);
  if (!/[\p{L}\p{N}]/u.test(term)) return 'empty';
  if (term.length > MAX_PICKED_CHARS || term.split(' ').length > MAX_PICKED_WORDS) return 'too-long';
  return null;
}

