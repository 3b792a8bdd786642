// A text that is marked up (Markdown) is read as what it renders to, and cited as it is written: the generator
// works on the rendered words, then every sentence it cites is placed back in the source. The citation is the
// verbatim slice of the file ("The **macroscopic domain** is …"); `plain` keeps what a reader sees.
import { sourceRangeOf } from '../documents/markdown-to-text.ts';
import type { Generated, SourceSentence } from './types.ts';

export function citeSource(generated: Generated, source: string, offsets: Int32Array): Generated {
  const cited = new Map<number, SourceSentence>();
  const inSource = (sentence: SourceSentence): SourceSentence => {
    let placed = cited.get(sentence.index);
    if (!placed) {
      const { start, end } = sourceRangeOf(offsets, source, sentence.start, sentence.end);
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
