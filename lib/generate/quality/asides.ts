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

/**
 * "This idea turned out to be too simple", "That view was later shown to be wrong": the text sets out a claim in
 * order to drop it. A sentence that says so opens on the claim as "this/that/the/such" + a word for an idea, and
 * says it failed.
 */
const REFUTATION =
  /^(?:however,\s*|but\s+)?(?:this|that|these|those|the|such an?)\s+(?:\p{L}+\s+)?(?:ideas?|views?|hypothes[ie]s|theor(?:y|ies)|models?|explanations?|pictures?|notions?|beliefs?|assumptions?|claims?|schemes?)\b[^.;]{0,60}?\b(?:turned out|proved|was (?:later |soon )?(?:shown|found)|were (?:later |soon )?(?:shown|found)|is now known|has (?:since )?been shown)\s+(?:to be\s+)?(?:\p{L}+\s+)?(?:simple|simplistic|wrong|incorrect|false|mistaken|inaccurate|untrue|flawed)\b/iu;
/** How far back a refutation reaches within its paragraph: the claim it drops is set out just before it. */
const REFUTED_REACH = 3;

export function refutesWhatCameBefore(sentence: string): boolean {
  return REFUTATION.test(sentence.trim());
}

/** The sentences a later one in the same paragraph says were wrong: a teacher does not test a dropped claim. */
export function refutedSentences(sentences: readonly ReadSentence[], text: string): Set<number> {
  const refuted = new Set<number>();
  sentences.forEach((sentence, index) => {
    if (sentence.heading || !refutesWhatCameBefore(sentence.clean)) return;
    for (let back = index - 1; back >= Math.max(0, index - REFUTED_REACH); back--) {
      const earlier = sentences[back]!;
      if (earlier.heading || text.slice(earlier.source.end, sentences[back + 1]!.source.start).includes('\n')) break;
      refuted.add(back);
    }
  });
  return refuted;
}

/** The sentences no item may come from: those in a labelled box, asides, and claims the text goes on to drop. */
export function asideSentences(sentences: readonly ReadSentence[], text: string): Set<number> {
  const found = boxedSentences(sentences, text);
  sentences.forEach((sentence, index) => {
    if (!sentence.heading && isAside(sentence.clean)) found.add(index);
  });
  for (const index of refutedSentences(sentences, text)) found.add(index);
  return found;
}
