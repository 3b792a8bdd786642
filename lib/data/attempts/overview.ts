// A quiz assignment as its student sees it before starting: its settings, their attempts so far, and whether
// they may start (or resume) one now.
import type { Actor } from '../../access/actor.ts';
import { quizAssignmentFor } from '../../access/guards.ts';
import { inTime, startRefusal, type StartRefusal } from '../../quiz/attempt-timing.ts';
import type { Db } from '../../db/client.ts';
import { submitExpiredAttempts } from './submission.ts';

export interface OverviewAttempt {
  attemptId: string;
  number: number;
  status: 'IN_PROGRESS' | 'SUBMITTED';
  startedAt: Date;
  submittedAt: Date | null;
  autoSubmitted: boolean;
}

export interface QuizOverview {
  assignmentId: string;
  quizTitle: string;
  className: string;
  /** The class's time zone: every time on the page is shown in it. */
  timeZone: string;
  opensAt: Date;
  dueAt: Date | null;
  allowLate: boolean;
  timeLimitSeconds: number | null;
  /** null is unlimited. */
  maxAttempts: number | null;
  questionCount: number;
  /** Oldest first. */
  attempts: OverviewAttempt[];
  /** The attempt the student has open (in time): "Resume" goes back to it. */
  openAttemptId: string | null;
  /** Why a new attempt cannot start now, or null when it can (always null while one is open). */
  refusal: StartRefusal | null;
}

/**
 * The overview of a quiz assignment for a student of its class (NotFoundOrForbidden for anyone else, as for
 * starting). The student's own open attempts past their deadline are submitted first, as every read does.
 * Nothing about the answers or the score is here: results follow the results policy on their own page.
 */
export async function quizOverviewForStudent(db: Db, actor: Actor, assignmentId: string, now: Date): Promise<QuizOverview> {
  const assignment = await quizAssignmentFor(db, actor, assignmentId);
  const expired = await db.attempt.findMany({
    where: { assignmentId, studentId: actor.id, status: 'IN_PROGRESS', deadlineAt: { not: null } },
    select: { id: true, deadlineAt: true },
  });
  for (const attempt of expired) if (!inTime(attempt.deadlineAt, now)) await submitExpiredAttempts(db, now, { attemptId: attempt.id });

  const [klass, questionCount, attempts] = await Promise.all([
    db.class.findUniqueOrThrow({ where: { id: assignment.classId }, select: { name: true, timeZone: true } }),
    db.question.count({ where: { quizId: assignment.quizId, archivedAt: null } }),
    db.attempt.findMany({
      where: { assignmentId, studentId: actor.id },
      orderBy: { number: 'asc' },
      select: { id: true, number: true, status: true, startedAt: true, submittedAt: true, autoSubmitted: true, deadlineAt: true },
    }),
  ]);
  const open = attempts.find((attempt) => attempt.status === 'IN_PROGRESS' && inTime(attempt.deadlineAt, now));
  return {
    assignmentId,
    quizTitle: assignment.quiz?.title ?? '',
    className: klass.name,
    timeZone: klass.timeZone,
    opensAt: assignment.opensAt,
    dueAt: assignment.dueAt,
    allowLate: assignment.allowLate,
    timeLimitSeconds: assignment.timeLimitSeconds,
    maxAttempts: assignment.maxAttempts,
    questionCount,
    attempts: attempts.map(({ id, number, status, startedAt, submittedAt, autoSubmitted }) => ({ attemptId: id, number, status, startedAt, submittedAt, autoSubmitted })),
    openAttemptId: open?.id ?? null,
    refusal: open ? null : startRefusal(assignment, attempts.length, now),
  };
}
