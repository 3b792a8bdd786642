// A text read as something other than itself (Markdown as what it renders to, a PDF paste without its page
// furniture) is still cited as it is written: the generator works on the reading, then every sentence it cites is
// placed back in the source. The citation is the verbatim slice of the input ("The **macroscopic domain** is …");
// `plain` keeps what a reader sees.
import type { Generated, SourceSentence } from './types.ts';

/** Where reading[start, end) stands in the source. */
export type SourceRange = (start: number, end: number) => { start: number; end: number };

/** For a reading that only leaves characters out: from the first character's offset to just after the last. */
export function exactRange(offsets: Int32Array): SourceRange {
  return (start, end) => ({ start: offsets[start] ?? 0, end: end > start ? offsets[end - 1]! + 1 : (offsets[start] ?? 0) });
}

export function citeSource(generated: Generated, source: string, rangeOf: SourceRange): Generated {
  const cited = new Map<number, SourceSentence>();
  const inSource = (sentence: SourceSentence): SourceSentence => {
    let placed = cited.get(sentence.index);
    if (!placed) {
      const { start, end } = rangeOf(sentence.start, sentence.end);
      placed = { index: sentence.index, sentence: source.slice(start, end), start, end, plain: sentence.sentence };
      cited.set(sentence.index, placed);
    }
    return placed;
  };
  return {
    ...generated,
    sentences: generated.sentences.map(inSource),
    concepts: generated.concepts.map((concept) => ({ ...concept, source: inSource(concept.source) })),
    cards: generated.cards.map((card) => ({ ...card, source: inSource(card.source) })),
    questions: generated.questions.map((question) => ({ ...question, source: inSource(question.source) })),
  };
}
