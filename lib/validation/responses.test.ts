import { describe, expect, it } from 'vitest';
import { parseDecimal } from './decimal.ts';
import { scoreOverrideSchema } from './grading.ts';
import { responseSchemaFor, responseSchemas } from './responses.ts';
import { fieldErrorsOf } from './result.ts';

function errorsOf(schema: { safeParse(input: unknown): { success: boolean; error?: unknown } }, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error as never);
}

describe('parseDecimal', () => {
  it('reads a decimal comma or point, digit-group spaces and a typographic minus', () => {
    expect(['3,5', '3.5', ' 3.50 ', '-0,25', '\u22120,25', '1 000 000', '1\u00a0000,5', '.5', '5.', '6.02e23', '+7'].map(parseDecimal)).toEqual([
      3.5, 3.5, 3.5, -0.25, -0.25, 1_000_000, 1000.5, 0.5, 5, 6.02e23, 7,
    ]);
  });

  it('refuses what is not exactly one finite number', () => {
    expect(['', ' ', 'NaN', 'Infinity', '-Infinity', '1e999', '3,5,1', '1,000.5', '1.000,5', 'abc', '3 kg', '0x10', '1/2', '--1'].map(parseDecimal)).toEqual(
      Array(14).fill(null),
    );
  });
});

describe('response schemas', () => {
  it('take what each type expects', () => {
    expect(responseSchemas.single.parse({ choice: 2 })).toEqual({ choice: 2 });
    expect(responseSchemas.multiple.parse({ choices: [] })).toEqual({ choices: [] });
    expect(responseSchemas.truefalse.parse({ answer: false })).toEqual({ answer: false });
    expect(responseSchemas.short.parse({ text: 'Қазақстан' })).toEqual({ text: 'Қазақстан' });
    expect(responseSchemas.cloze.parse({ blanks: ['a', ''] })).toEqual({ blanks: ['a', ''] });
    expect(responseSchemas.matching.parse({ matches: [1, null, 0] })).toEqual({ matches: [1, null, 0] });
    expect(responseSchemas.ordering.parse({ order: [2, 0, 1] })).toEqual({ order: [2, 0, 1] });
    expect(responseSchemas.numeric.parse({ value: '3,5' })).toEqual({ value: '3,5' });
  });

  it('name what is wrong with a malformed response', () => {
    expect(errorsOf(responseSchemas.single, { choice: -1 })).toEqual({ choice: 'response.choiceInvalid' });
    expect(errorsOf(responseSchemas.single, { choice: 1.5 })).toEqual({ choice: 'response.choiceInvalid' });
    expect(errorsOf(responseSchemas.single, { choice: '1' })).toEqual({ choice: 'response.choiceInvalid' });
    expect(errorsOf(responseSchemas.single, 'b')).toEqual({ form: 'response.invalid' });
    expect(errorsOf(responseSchemas.single, { choice: 1, correct: true })).toEqual({ form: 'response.invalid' });
    expect(errorsOf(responseSchemas.multiple, { choices: [1, 1] })).toEqual({ choices: 'response.choicesDuplicate' });
    expect(errorsOf(responseSchemas.multiple, { choices: [0, 1, 2, 3, 4, 5, 6, 7, 8] })).toEqual({ choices: 'response.choicesTooMany' });
    expect(errorsOf(responseSchemas.multiple, { choices: 1 })).toEqual({ choices: 'response.invalid' });
    expect(errorsOf(responseSchemas.truefalse, { answer: 'true' })).toEqual({ answer: 'response.trueFalseInvalid' });
    expect(errorsOf(responseSchemas.short, { text: 'x'.repeat(301) })).toEqual({ text: 'response.textTooLong' });
    expect(errorsOf(responseSchemas.short, { text: null })).toEqual({ text: 'response.invalid' });
    expect(errorsOf(responseSchemas.cloze, { blanks: Array(11).fill('a') })).toEqual({ blanks: 'response.blanksTooMany' });
    expect(errorsOf(responseSchemas.cloze, { blanks: ['a', 'x'.repeat(301)] })).toEqual({ 'blanks.1': 'response.textTooLong' });
    expect(errorsOf(responseSchemas.matching, { matches: [0, 'a'] })).toEqual({ 'matches.1': 'response.matchInvalid' });
    expect(errorsOf(responseSchemas.matching, { matches: Array(11).fill(null) })).toEqual({ matches: 'response.matchesTooMany' });
    expect(errorsOf(responseSchemas.ordering, { order: [0, 0, 1] })).toEqual({ order: 'response.orderInvalid' });
    expect(errorsOf(responseSchemas.numeric, { value: 'NaN' })).toEqual({ value: 'response.numberInvalid' });
    expect(errorsOf(responseSchemas.numeric, { value: 'Infinity' })).toEqual({ value: 'response.numberInvalid' });
    expect(errorsOf(responseSchemas.numeric, { value: 3.5 })).toEqual({ value: 'response.numberInvalid' });
    expect(errorsOf(responseSchemas.numeric, { value: '1'.repeat(41) })).toEqual({ value: 'response.numberTooLong' });
  });

  it('check a response against the question the student was shown', () => {
    const single = responseSchemaFor({ type: 'single', prompt: 'Q', payload: { choices: ['a', 'b'] } });
    expect(single.safeParse({ choice: 1 }).success).toBe(true);
    expect(errorsOf(single, { choice: 2 })).toEqual({ choice: 'response.choiceUnknown' });

    const multiple = responseSchemaFor({ type: 'multiple', prompt: 'Q', payload: { choices: ['a', 'b', 'c'] } });
    expect(multiple.safeParse({ choices: [0, 1, 2] }).success).toBe(true);
    expect(errorsOf(multiple, { choices: [0, 3] })).toEqual({ choices: 'response.choiceUnknown' });

    const cloze = responseSchemaFor({ type: 'cloze', prompt: '_____ and _____', payload: {} });
    expect(cloze.safeParse({ blanks: ['a', 'b'] }).success).toBe(true);
    expect(errorsOf(cloze, { blanks: ['a', 'b', 'c'] })).toEqual({ blanks: 'response.blanksTooMany' });

    const matching = responseSchemaFor({ type: 'matching', prompt: 'Q', payload: { left: ['a', 'b'], right: ['x', 'y'] } });
    expect(matching.safeParse({ matches: [1, null] }).success).toBe(true);
    expect(errorsOf(matching, { matches: [2, 0] })).toEqual({ matches: 'response.matchInvalid' });
    expect(errorsOf(matching, { matches: [0, 1, 0] })).toEqual({ matches: 'response.matchesTooMany' });

    const ordering = responseSchemaFor({ type: 'ordering', prompt: 'Q', payload: { items: ['a', 'b', 'c'] } });
    expect(ordering.safeParse({ order: [2, 0, 1] }).success).toBe(true);
    expect(errorsOf(ordering, { order: [2, 0] })).toEqual({ order: 'response.orderInvalid' });
    expect(errorsOf(ordering, { order: [2, 0, 3] })).toEqual({ order: 'response.orderInvalid' });

    const numeric = responseSchemaFor({ type: 'numeric', prompt: 'Q', payload: { unit: 'cm' } });
    expect(errorsOf(numeric, { value: '3 cm' })).toEqual({ value: 'response.numberInvalid' });
  });

  it('refuse to check against a question whose own payload is malformed', () => {
    expect(() => responseSchemaFor({ type: 'single', prompt: 'Q', payload: { choices: 'a,b' } })).toThrow();
  });
});

describe('score override schema', () => {
  const target = { attemptId: '019ab1c2-0000-7000-8000-000000000000', questionId: '019ab1c2-0000-7000-8000-000000000001' };

  it('takes a score as typed and requires a comment', () => {
    expect(scoreOverrideSchema.parse({ ...target, score: '1,5', comment: ' Spelling only. ' })).toEqual({ ...target, score: 1.5, comment: 'Spelling only.' });
    expect(errorsOf(scoreOverrideSchema, { ...target, score: '', comment: ' ' })).toEqual({ score: 'override.scoreRequired', comment: 'override.commentRequired' });
    expect(errorsOf(scoreOverrideSchema, { ...target, score: '-1', comment: 'x' })).toEqual({ score: 'override.scoreNegative' });
    expect(errorsOf(scoreOverrideSchema, { ...target, score: 'lots', comment: 'x'.repeat(1001) })).toEqual({
      score: 'override.scoreRequired',
      comment: 'override.commentTooLong',
    });
  });
});
