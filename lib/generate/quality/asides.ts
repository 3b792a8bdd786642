// What a textbook says beside its teaching: the boxes it sets apart under a label of their own (a link to follow,
// a video, an experiment to try at home, a clinical case, a biography), and the sentences that tell an example,
// a hypothetical or an instruction to the reader. A teacher tests the teaching, not these: no item comes from them.

/**
 * Labels of boxes set beside the text: "Link to Learning", "Interactive Link", "Click and Explore", "Video",
 * "Take-Home Experiment: …", "PhET Explorations", "Clinical Focus", "Case in Point: …", "Beyond the Book: …",
 * "Think Like a Philosopher", "Voyagers in Astronomy: …", "Everyday Connection", "… in the Real World".
 */
const BOX_LABEL =
  /^(?:(?:interactive )?links?$|interactive links?\b|link to\b|link it up\b|click and\b|videos?$|watch and\b|take-home\b|phet\b|explorations?$|simulations?$|(?:clinical|career|global) focus\b|case in point\b|case study\b|beyond the book\b|think like an?\b|voyagers in\b|everyday connection|career connection|[\p{L} ]+ in the real world\b|portrait of an?\b|try it\b|check your understanding\b|media moment\b)/iu;
const MAX_LABEL_WORDS = 10;

/** A heading that labels a box rather than a section of the teaching. */
export function isBoxLabel(heading: string): boolean {
  const text = heading.trim();
  return text.split(/\s+/).length <= MAX_LABEL_WORDS && BOX_LABEL.test(text);
}

interface ReadSentence {
  heading: boolean;
  clean: string;
  /** Where the sentence stands in the text read: a line break between two sentences ends a paragraph. */
  source: { start: number; end: number };
}

/**
 * The indexes of the sentences inside a labelled box: the paragraph after its label. A box is a paragraph or
 * two set apart; the prose that follows it often goes on without a heading of its own, so it ends the box.
 */
export function boxedSentences(sentences: readonly ReadSentence[], text: string): Set<number> {
  const boxed = new Set<number>();
  let inBox = false;
  let labelJustRead = false;
  sentences.forEach((sentence, index) => {
    if (sentence.heading) {
      // "Clinical Focus" then "Part 1": a heading right under a box's label is the box's own title.
      inBox = isBoxLabel(sentence.clean) || (inBox && labelJustRead);
      labelJustRead = inBox;
      return;
    }
    labelJustRead = false;
    if (!inBox) return;
    boxed.add(index);
    const next = sentences[index + 1];
    if (next && text.slice(sentence.source.end, next.source.start).includes('\n')) inBox = false;
  });
  return boxed;
}

/**
 * A sentence that tells an example or a hypothetical, or speaks to the reader: "For example, …", "In Ohio, for
 * instance, …", "Imagine that …", "Suppose you …", "Watch the video …", "Visit the …", "Click …", "we saw the
 * example of …", "Macro is a Greek word that means …". What it says holds for the example (or the word), not for
 * the concept. Examples named inside a sentence
 * ("sellers of services—programmers, for example—") leave its statement general.
 */
const ASIDE =
  /\b(?:Greek|Latin|French|German|Arabic) (?:word|term|root|prefix|suffix)\b|\bfor (?:example|instance),|\b(?:imagine (?:that|you|a|an|the)|suppose (?:that|you|we)|let(?:’|')s say|we saw the example)\b|^(?:watch|visit|click|go to|try)\b/i;

export function isAside(sentence: string): boolean {
  return ASIDE.test(sentence.trim());
}

/** The sentences no item may come from: those in a labelled box, and asides. */
export function asideSentences(sentences: readonly ReadSentence[], text: string): Set<number> {
  const found = boxedSentences(sentences, text);
  sentences.forEach((sentence, index) => {
    if (!sentence.heading && isAside(sentence.clean)) found.add(index);
  });
  return found;
}
