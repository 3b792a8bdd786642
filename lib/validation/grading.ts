// A teacher's override of the score of one question of a submitted attempt, answered or not. The score is checked
// against the question's points where the override is applied (lib/quiz/attempt.ts clamps it), since this form
// does not know them.
import './zod-config.ts';
import { z } from 'zod';
import { decimalInput } from './decimal.ts';
import { idField } from './fields.ts';

export const OVERRIDE_COMMENT_MAX = 1000;

export const scoreOverrideSchema = z.object({
  attemptId: idField,
  questionId: idField,
  score: z.preprocess(decimalInput, z.number({ error: 'override.scoreRequired' }).min(0, 'override.scoreNegative')),
  comment: z.string({ error: 'override.commentRequired' }).trim().min(1, 'override.commentRequired').max(OVERRIDE_COMMENT_MAX, 'override.commentTooLong'),
});

export type ScoreOverrideInput = z.infer<typeof scoreOverrideSchema>;

/** The override form's check once the question's points are known: more than them is a typing slip, not a bonus. */
export function scoreOverrideWithin(points: number) {
  return scoreOverrideSchema.refine((value) => value.score <= points, { path: ['score'], message: 'override.scoreAbovePoints' });
}
