// Why a student's request about an attempt was refused, as a code the route turns into a status and the screen
// into a message (Quiz.errors in the messages). Access refusals are not here: they are NotFoundOrForbidden (404).
import type { StartRefusal } from '../../quiz/attempt-timing.ts';

export type AttemptRefusal =
  | StartRefusal
  /** The deadline (plus the grace for the network) has passed: the answer is not stored. */
  | 'attempt.deadlinePassed'
  /** The attempt is submitted: it takes no more answers. */
  | 'attempt.submitted'
  /** Results exist only once the attempt is submitted. */
  | 'attempt.notSubmitted'
  /** The question is not one of this attempt's (or was removed from the quiz). */
  | 'attempt.questionNotInAttempt'
  /** The response does not fit the question; `detail` is the response schema's message code (Errors.response). */
  | 'attempt.invalidResponse';

export class AttemptRefused extends Error {
  override name = 'AttemptRefused';
  constructor(
    readonly code: AttemptRefusal,
    /** For attempt.invalidResponse: which check failed, e.g. "response.choiceUnknown". */
    readonly detail: string | null = null,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

/** The lock that serialises everything that changes one attempt: saving answers, submitting, grading. */
export const attemptLock = (attemptId: string) => `attempt\n${attemptId}`;
