import { describe, expect, it } from 'vitest';
import type { RankedConcept } from './concepts.ts';
import { termDistractors } from './distractors.ts';

function concept(term: string, head = term.split(' ').pop()!): RankedConcept {
  const source = { index: 0, sentence: `${term}.`, start: 0, end: term.length + 1 };
  return { key: term.toLowerCase(), term, kind: 'term', score: 1, source, sentence: 0, mentions: [], forms: [term], aliases: [], plural: false, proper: false, named: false, head, words: term.split(' ').length };
}

describe('termDistractors', () => {
  const pool = ['centrifuge', 'test tube', 'bottle', 'spectrophotometer', 'incubator', 'box'].map((term) => concept(term));

  it('offers terms of the subject, not everyday words, as wrong answers for a term', () => {
    const chosen = termDistractors(concept('autoclave'), pool, 3).map((other) => other.term);
    expect(chosen).not.toContain('bottle');
    expect(chosen).not.toContain('box');
    expect(chosen).toHaveLength(3);
  });

  it('lets an everyday word stand beside an answer that is one', () => {
    expect(termDistractors(concept('cup'), pool, 5).map((other) => other.term)).toEqual(expect.arrayContaining(['bottle', 'box']));
  });
});
