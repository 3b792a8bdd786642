import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assignConceptReviewSchema, isCalendarDate, REVIEW_CONCEPTS_MAX } from './review-assignments.ts';
import { fieldErrorsOf } from './result.ts';

const classId = randomUUID();
const [a, b] = [randomUUID(), randomUUID()];
const valid = { classId, conceptIds: [a, b], dueOn: '2026-12-09' };
const errorsOf = (input: unknown) => {
  const result = assignConceptReviewSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe('assignConceptReviewSchema', () => {
  it('accepts 1 to 30 concepts and a date, dropping a concept ticked twice and spaces around the date', () => {
    expect(assignConceptReviewSchema.parse(valid)).toEqual(valid);
    expect(assignConceptReviewSchema.parse({ ...valid, conceptIds: [a, b, a], dueOn: ' 2026-12-09 ' })).toEqual(valid);
    const many = Array.from({ length: REVIEW_CONCEPTS_MAX }, () => randomUUID());
    expect(assignConceptReviewSchema.parse({ ...valid, conceptIds: many }).conceptIds).toEqual(many);
  });

  it('names the field of each problem with a code of its own', () => {
    expect(errorsOf({ ...valid, conceptIds: [] })).toEqual({ conceptIds: 'conceptsNone' });
    expect(errorsOf({ ...valid, conceptIds: undefined })).toEqual({ conceptIds: 'conceptsNone' });
    // react-hook-form gives false for a lone checkbox left unticked.
    expect(errorsOf({ ...valid, conceptIds: false })).toEqual({ conceptIds: 'conceptsNone' });
    expect(errorsOf({ ...valid, conceptIds: Array.from({ length: REVIEW_CONCEPTS_MAX + 1 }, () => randomUUID()) })).toEqual({ conceptIds: 'conceptsTooMany' });
    expect(errorsOf({ ...valid, conceptIds: [a, 'not-an-id'] })).toEqual({ conceptIds: 'conceptsInvalid' });
    expect(errorsOf({ ...valid, dueOn: '' })).toEqual({ dueOn: 'dueOnRequired' });
    expect(errorsOf({ ...valid, dueOn: undefined })).toEqual({ dueOn: 'dueOnRequired' });
    expect(errorsOf({ ...valid, dueOn: '2026-02-30' })).toEqual({ dueOn: 'dueOnInvalid' });
    expect(errorsOf({ ...valid, dueOn: '09.12.2026' })).toEqual({ dueOn: 'dueOnInvalid' });
    expect(errorsOf({ ...valid, dueOn: '9999-12-31' })).toEqual({ dueOn: 'dueOnTooFar' });
    expect(errorsOf({ ...valid, dueOn: '1999-12-31' })).toEqual({ dueOn: 'dueOnTooFar' });
    expect(errorsOf({ ...valid, classId: 'x' })).toEqual({ classId: 'id.invalid' });
  });
});

describe('isCalendarDate', () => {
  it('takes real dates written YYYY-MM-DD only', () => {
    expect(['2026-12-09', '2028-02-29'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-12-9', '2026-12-09T00:00', ''].map(isCalendarDate)).toEqual([false, false, false, false, false]);
  });
});
