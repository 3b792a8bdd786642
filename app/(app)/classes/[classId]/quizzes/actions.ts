'use server';

// The teacher's grading: overriding the score of one question of an attempt (answered or not) and regrading a question's attempts. Thin: validate, call
// lib/data (which checks access), refresh the gradebook pages.
import { revalidatePath } from 'next/cache';
import '@/lib/validation/zod-config';
import { z } from 'zod';
import { guardedAction } from '@/lib/access/guarded-action';
import { AttemptRefused, regradeQuestion } from '@/lib/data/attempts';
import { overrideAnswerScoreWithinPoints } from '@/lib/data/gradebook';
import { idField } from '@/lib/validation/fields';
import { scoreOverrideSchema } from '@/lib/validation/grading';
import { failure, success } from '@/lib/validation/result';

const gradebookPlace = { classId: idField, assignmentId: idField };

/** Revalidates the gradebook and every attempt page under it. */
function refreshGradebook(place: { classId: string; assignmentId: string }) {
  revalidatePath(`/classes/${place.classId}/quizzes/${place.assignmentId}`, 'layout');
  revalidatePath(`/classes/${place.classId}`);
}

const overrideActionSchema = scoreOverrideSchema.extend(gradebookPlace);

export async function overrideAnswerScoreAction(input: unknown) {
  return guardedAction(overrideActionSchema, input, async ({ actor, db, input }) => {
    try {
      const { attemptId, questionId, score, comment } = input;
      const outcome = await overrideAnswerScoreWithinPoints(db, actor, { attemptId, questionId, score, comment }, new Date());
      if (!outcome.ok) return failure(outcome.fieldErrors);
      refreshGradebook(input);
      return success({ score: outcome.score, attemptScore: outcome.attemptScore, attemptMaxScore: outcome.attemptMaxScore });
    } catch (error) {
      if (error instanceof AttemptRefused) return failure({}, 'attemptNotSubmitted');
      throw error;
    }
  });
}

const regradeActionSchema = z.object({ ...gradebookPlace, questionId: idField });

export async function regradeQuestionAction(input: unknown) {
  return guardedAction(regradeActionSchema, input, async ({ actor, db, input }) => {
    const { regradedAttempts } = await regradeQuestion(db, actor, input.questionId);
    refreshGradebook(input);
    return success({ regradedAttempts });
  });
}
