'use server';

// Starting (or resuming) a quiz attempt from the assignment page. The taking itself goes through app/api/attempts.
import { guardedAction } from '@/lib/access/guarded-action';
import { AttemptRefused, startAttempt } from '@/lib/data/attempts';
import { startAttemptSchema } from '@/lib/validation/taking';
import { failure, success } from '@/lib/validation/result';

/** Answers the attempt to open; a refusal is its code (attempt.notOpen, attempt.closed, attempt.noAttemptsLeft). */
export async function startAttemptAction(input: unknown) {
  return guardedAction(startAttemptSchema, input, async ({ actor, db, input }) => {
    try {
      const started = await startAttempt(db, actor, input.assignmentId, new Date());
      return success({ attemptId: started.attemptId });
    } catch (error) {
      if (error instanceof AttemptRefused) return failure({}, error.code);
      throw error;
    }
  });
}
