// The generator's number and ordering questions in the app's own question shape: they pass the edit form's
// schema, so the teacher can save them unchanged, and are stored without giving the answer away.
import { describe, expect, it } from 'vitest';
import type { NumericQuestion, OrderingQuestion, SourceSentence } from '../generate/types.ts';
import { fromStoredQuestion, questionSchema, toStoredQuestion } from '../validation/questions.ts';
import { questionFromGenerated } from './drafts.ts';

const sentence = (text: string): SourceSentence => ({ index: 0, sentence: text, start: 0, end: text.length });

const numeric: NumericQuestion = {
  type: 'numeric',
  prompt: 'Fill in the number: There are about _____ million rods in the human retina.',
  answer: 120,
  tolerance: 12,
  unit: 'million',
  written: '120',
  conceptKey: 'rod',
  source: sentence('There are about 120 million rods in the human retina.'),
};

const ordering: OrderingQuestion = {
  type: 'ordering',
  prompt: 'Put the three phases of hair growth in the order they occur.',
  choices: ['Telogen phase', 'Anagen phase', 'Catagen phase'],
  answer: ['Anagen phase', 'Catagen phase', 'Telogen phase'],
  conceptKey: 'phases of hair growth',
  source: sentence('Hair grows in three phases: the anagen phase, the catagen phase and the telogen phase.'),
};

describe('generated questions in the app’s shape', () => {
  it('a number question keeps its answer, tolerance and unit', () => {
    const parsed = questionSchema.parse(questionFromGenerated(numeric));
    expect(parsed).toEqual({ type: 'numeric', prompt: numeric.prompt, answer: 120, tolerance: 12, unit: 'million' });
    expect(toStoredQuestion(parsed)).toEqual({ type: 'NUMERIC', prompt: numeric.prompt, payload: { unit: 'million' }, answerKey: { value: 120, tolerance: 12 } });
  });

  it('an exact number question has no tolerance and may have no unit', () => {
    expect(questionSchema.parse(questionFromGenerated({ ...numeric, tolerance: 0, unit: '' }))).toMatchObject({ answer: 120, tolerance: 0, unit: '' });
  });

  it('an ordering question keeps the items in the right order, and is stored in another', () => {
    const parsed = questionSchema.parse(questionFromGenerated(ordering));
    expect(parsed).toEqual({ type: 'ordering', prompt: ordering.prompt, items: ordering.answer.map((text) => ({ text })) });
    const stored = toStoredQuestion(parsed);
    expect(stored.type).toBe('ORDERING');
    expect(stored.payload.items).not.toEqual(ordering.answer);
    expect(fromStoredQuestion(stored)).toEqual(parsed);
  });
});
