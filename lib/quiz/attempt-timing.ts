// When a student may start an attempt, when it must end, and how long an answer may still arrive: pure rules
// over an assignment's settings and the server's clock. lib/data/attempts applies them.

/**
 * Answers that reach the server this long after the deadline still count: the student pressed before the
 * deadline and the phone's network took a moment. An open attempt is submitted automatically only after it too,
 * so an answer in flight is never refused because the attempt was closed under it.
 */
export const ANSWER_GRACE_MS = 2_000;

export interface AssignmentTiming {
  opensAt: Date;
  dueAt: Date | null;
  allowLate: boolean;
  timeLimitSeconds: number | null;
  /** null is unlimited. */
  maxAttempts: number | null;
}

export type StartRefusal =
  /** Not open yet. */
  | 'attempt.notOpen'
  /** Due, and late submissions are not allowed. */
  | 'attempt.closed'
  /** Every allowed attempt is used. */
  | 'attempt.noAttemptsLeft';

/** Why a new attempt cannot start now (`attemptsUsed` counts every earlier attempt), or null when it can. */
export function startRefusal(assignment: AssignmentTiming, attemptsUsed: number, now: Date): StartRefusal | null {
  if (now < assignment.opensAt) return 'attempt.notOpen';
  if (assignment.dueAt !== null && now >= assignment.dueAt && !assignment.allowLate) return 'attempt.closed';
  if (assignment.maxAttempts !== null && attemptsUsed >= assignment.maxAttempts) return 'attempt.noAttemptsLeft';
  return null;
}

/**
 * The deadline stored when an attempt starts: the time limit from the start, cut at the due time unless late
 * submissions are allowed; null when neither applies (the attempt stays open until the student submits).
 */
export function attemptDeadline(assignment: AssignmentTiming, startedAt: Date): Date | null {
  const byLimit = assignment.timeLimitSeconds === null ? null : new Date(startedAt.getTime() + assignment.timeLimitSeconds * 1000);
  const byDue = assignment.allowLate ? null : assignment.dueAt;
  if (byLimit === null) return byDue;
  if (byDue === null) return byLimit;
  return byLimit < byDue ? byLimit : byDue;
}

/** Whether an answer arriving at `at` is in time (grace included). */
export function inTime(deadlineAt: Date | null, at: Date): boolean {
  return deadlineAt === null || at.getTime() <= deadlineAt.getTime() + ANSWER_GRACE_MS;
}

/** The moment after which an open attempt is submitted automatically: its deadline plus the grace. */
export function expiryCutoff(now: Date): Date {
  return new Date(now.getTime() - ANSWER_GRACE_MS);
}
