// Whether a sentence is worth a cloze of a concept. A blank tests a term the text teaches: one it defines, names on
// purpose ("known as X", a term in quotation marks) or keeps using; or one the sentence is about (it opens it). A
// term a heading names (the section is about it), or a term the sentence explains where it names it (an appositive "X, the hypothesis that ...", "X, which is made of
// ...", a gloss in brackets) is taught there too. A term named in passing in one or two sentences, mid-sentence, is a side word of a sentence about something else
// (on the corpus such blanks were mostly judged trivia or trivial).
import type { RankedConcept } from '../concepts.ts';

/** Sentences that must name a concept neither defined nor named before any of them is worth a blank of it. */
export const CLOZE_MIN_MENTIONS = 3;

/** Where in its sentence a term still opens it ("The X ...", "In X, ..."): the first few tokens. */
const OPENING_TOKENS = 2;

/** Right after the blank, the words that explain it: an appositive noun phrase, a "which" clause, a gloss. */
const EXPLAINED_AFTER_BLANK = /^\s*(?:,\s*(?:which|a|an|the|or|i\.e\.)\s|\(|\s[-–—]\s|—)/i;

/** Whether one of the text's headings names the concept ("Agricultural Societies" for "agricultural society"). */
export function namedInHeading(concept: Pick<RankedConcept, 'forms' | 'term'>, headings: readonly string[]): boolean {
  const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  // Singular and plural alike: the stem without a final "s" or "ies"/"y".
  const stems = [concept.term, ...concept.forms].map((form) => letters(form).replace(/(?:ies|y|s)$/, '')).filter((stem) => stem.length >= 4);
  return headings.some((heading) => stems.some((stem) => letters(heading).includes(stem)));
}

/** `blanked` is the cloze text, the concept replaced by `blank`; `inHeading`: a heading names the concept. */
export function teachesClozeOf(
  concept: Pick<RankedConcept, 'definition' | 'named' | 'mentions' | 'score'>,
  sentence: number,
  blanked: string,
  blank: string,
  inHeading = false,
): boolean {
  // A term the teacher picked (no score of its own) is tested wherever the text names it.
  if (concept.score === 0 || concept.definition !== undefined || concept.named || inHeading) return true;
  const at = blanked.indexOf(blank);
  if (at >= 0 && EXPLAINED_AFTER_BLANK.test(blanked.slice(at + blank.length))) return true;
  if (concept.mentions.some((mention) => mention.sentence === sentence && mention.start <= OPENING_TOKENS)) return true;
  return new Set(concept.mentions.map((mention) => mention.sentence)).size >= CLOZE_MIN_MENTIONS;
}
