// What a student may see of a submitted attempt, by the assignment's results policy.

/** The database's ResultsVisibility enum. */
export type ResultsVisibility = 'IMMEDIATELY' | 'AFTER_DUE' | 'NEVER';

/**
 * - `full`: the score and, per question, the student's answer, its score, the correct answer, the feedback and the
 *   cited sentence.
 * - `scoreOnly`: the total score, nothing per question. NEVER means this: the teacher keeps the questions and their
 *   answers to themselves (to use them again), but a student is always told their own grade.
 * - `pending`: only that the attempt is submitted, and when results come (AFTER_DUE before the due time): the
 *   score waits too, since classmates may still be taking the quiz.
 *
 * AFTER_DUE without a due time can never become due, so it shows the score only, like NEVER.
 */
export type ResultsAccess = 'full' | 'scoreOnly' | 'pending';

export function resultsAccess(visibility: ResultsVisibility, dueAt: Date | null, now: Date): ResultsAccess {
  switch (visibility) {
    case 'IMMEDIATELY':
      return 'full';
    case 'AFTER_DUE':
      if (dueAt === null) return 'scoreOnly';
      return now >= dueAt ? 'full' : 'pending';
    case 'NEVER':
      return 'scoreOnly';
  }
}
