import { describe, expect, it } from 'vitest';
import { scoreOverrideWithin } from './grading.ts';

const TARGET = { attemptId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', questionId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c' };
const check = (score: unknown, comment: unknown = 'Fair.') => {
  const parsed = scoreOverrideWithin(2).safeParse({ ...TARGET, score, comment });
  return parsed.success ? parsed.data.score : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('scoreOverrideWithin', () => {
  it('takes 0 up to the points, with decimals written either way', () => {
    expect([check(0), check('0'), check('1,5'), check(' 1.25 '), check(2), check('2,0')]).toEqual([0, 0, 1.5, 1.25, 2, 2]);
  });

  it('refuses more than the points, less than 0, and what is not one number, on the score', () => {
    expect(check('2,01')).toEqual({ score: 'override.scoreAbovePoints' });
    expect(check(3)).toEqual({ score: 'override.scoreAbovePoints' });
    expect(check('-0,5')).toEqual({ score: 'override.scoreNegative' });
    for (const bad of ['', 'half', '1,5,0', 'NaN', null, undefined]) expect(check(bad), String(bad)).toEqual({ score: 'override.scoreRequired' });
  });

  it('needs a comment', () => {
    expect(check(1, '   ')).toEqual({ comment: 'override.commentRequired' });
    expect(check(1, null)).toEqual({ comment: 'override.commentRequired' });
  });
});
