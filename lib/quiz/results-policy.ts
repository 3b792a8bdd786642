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

/**
 * When a submitted attempt's graded answers may become reviews (lib/data/attempts/memory.ts): only once the
 * student may see which answers were right, since their study queue and progress page show what a review did
 * (a card rated Again comes back tomorrow, one rated Good in weeks; recall goes down or up).
 * - `now`: the results are shown (IMMEDIATELY, or AFTER_DUE from the due time on).
 * - `later`: AFTER_DUE before the due time; the reviews are fed at the due time.
 * - `never`: NEVER, or AFTER_DUE without a due time. Not fed at all: any rating that followed the answers would
 *   tell which were right, and one that did not (every answer "Good") would teach the scheduler that the student
 *   knows what they got wrong, pushing the very cards they need most weeks away.
 */
export type MemoryFeed = 'now' | 'later' | 'never';

export function memoryFeed(visibility: ResultsVisibility, dueAt: Date | null, now: Date): MemoryFeed {
  switch (resultsAccess(visibility, dueAt, now)) {
    case 'full':
      return 'now';
    case 'pending':
      return 'later';
    case 'scoreOnly':
      return 'never';
  }
}
