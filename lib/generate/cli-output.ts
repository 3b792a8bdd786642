// The generator's result in the shape the CLI promises: each card and question names its concept by term.
import type { Concept, Generated, SourceSentence } from './types.ts';

function source(sentence: SourceSentence) {
  return { sentence: sentence.sentence, index: sentence.index, start: sentence.start, end: sentence.end };
}

export function toCliJson(generated: Generated) {
  const termOf = new Map(generated.concepts.map((concept: Concept) => [concept.key, concept.term]));
  return {
    title: generated.title,
    concepts: generated.concepts.map(({ source: from, ...concept }) => ({ ...concept, source: source(from) })),
    cards: generated.cards.map(({ conceptKey, source: from, ...card }) => ({
      ...card,
      concept: termOf.get(conceptKey) ?? conceptKey,
      source: source(from),
    })),
    questions: generated.questions.map(({ conceptKey, source: from, ...question }) => ({
      ...question,
      // An ordering drawn from several sentences cites one per item.
      ...(question.type === 'ordering' && question.steps ? { steps: question.steps.map(source) } : {}),
      concept: termOf.get(conceptKey) ?? conceptKey,
      source: source(from),
    })),
  };
}
