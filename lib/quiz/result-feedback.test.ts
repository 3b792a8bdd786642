import { describe, expect, it } from 'vitest';
import { resultFeedback } from './result-feedback.ts';

const feedback = { general: 'Astana has been the capital since 1997.', choices: ['Yes.', 'The old capital.', '', 'A city in the south.'] };
/** Shown order: stored choice 2, then 0, 3, 1. */
const shuffled = [2, 0, 3, 1];

describe('resultFeedback', () => {
  it('gives the note of the ticked choice at the position the student saw it, through a shuffled order', () => {
    expect(resultFeedback('single', feedback, { choice: 1 }, shuffled)).toEqual({
      general: 'Astana has been the capital since 1997.',
      choices: [{ position: 3, text: 'The old capital.' }],
    });
    expect(resultFeedback('single', feedback, { choice: 1 }, null).choices).toEqual([{ position: 1, text: 'The old capital.' }]);
  });

  it('gives a note per ticked choice of a multiple-choice question, in shown order, leaving out choices without one', () => {
    expect(resultFeedback('multiple', feedback, { choices: [0, 3, 2] }, shuffled).choices).toEqual([
      { position: 1, text: 'Yes.' },
      { position: 2, text: 'A city in the south.' },
    ]);
  });

  it('gives no note on choices the student did not tick, or when they did not answer', () => {
    expect(resultFeedback('multiple', feedback, { choices: [] }, shuffled).choices).toEqual([]);
    expect(resultFeedback('single', feedback, null, shuffled)).toEqual({ general: feedback.general, choices: [] });
  });

  it('gives only the general note for other types, and nothing for empty or malformed feedback', () => {
    expect(resultFeedback('truefalse', feedback, { answer: true }, null)).toEqual({ general: feedback.general, choices: [] });
    expect(resultFeedback('single', null, { choice: 0 }, null)).toEqual({ general: null, choices: [] });
    expect(resultFeedback('single', { general: '  ', choices: ['  '] }, { choice: 0 }, null)).toEqual({ general: null, choices: [] });
    expect(resultFeedback('single', 'not feedback', { choice: 0 }, null)).toEqual({ general: null, choices: [] });
  });
});
