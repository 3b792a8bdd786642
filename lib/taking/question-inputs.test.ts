import { describe, expect, it } from 'vitest';
import { clozeParts, isAnswered, moveItem } from './question-inputs.ts';

describe('the inputs of the taking screen', () => {
  it('splits a cloze prompt at its blanks, keeping blanks at either end', () => {
    expect(clozeParts('Plants make _____ from _____.')).toEqual(['Plants make ', ' from ', '.']);
    expect(clozeParts('_____ is green')).toEqual(['', ' is green']);
    expect(clozeParts('Қазақстан _____')).toEqual(['Қазақстан ', '']);
    expect(clozeParts('no blank')).toEqual(['no blank']);
  });

  it('moves an ordering item up or down, never out of the list', () => {
    expect(moveItem([0, 1, 2], 1, -1)).toEqual([1, 0, 2]);
    expect(moveItem([0, 1, 2], 1, 1)).toEqual([0, 2, 1]);
    expect(moveItem([0, 1, 2], 0, -1)).toEqual([0, 1, 2]);
    expect(moveItem([0, 1, 2], 2, 1)).toEqual([0, 1, 2]);
  });

  it('counts as answered only what the student chose, typed or placed', () => {
    expect(isAnswered({ type: 'single' }, null)).toBe(false);
    expect(isAnswered({ type: 'single' }, { choice: 0 })).toBe(true);
    expect(isAnswered({ type: 'multiple' }, { choices: [] })).toBe(false);
    expect(isAnswered({ type: 'truefalse' }, { answer: false })).toBe(true);
    expect(isAnswered({ type: 'short' }, { text: '  ' })).toBe(false);
    expect(isAnswered({ type: 'cloze' }, { blanks: ['', 'x'] })).toBe(true);
    expect(isAnswered({ type: 'matching' }, { matches: [null, null] })).toBe(false);
    expect(isAnswered({ type: 'ordering' }, { order: [1, 0] })).toBe(true);
    expect(isAnswered({ type: 'numeric' }, { value: '3,5' })).toBe(true);
  });
});
