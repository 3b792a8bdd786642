// Starting (or resuming) an attempt at a quiz assignment.
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../access/actor.ts';
import { quizAssignmentFor } from '../../access/guards.ts';
import { attemptDeadline, inTime, startRefusal } from '../../quiz/attempt-timing.ts';
import { buildLayout } from '../../quiz/layout.ts';
import type { Db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/client.ts';
import { questionTypeOf } from '../../validation/questions.ts';
import { inTransaction, lockFor } from '../transaction.ts';
import { feedAttemptToMemory } from './memory.ts';
import { AttemptRefused, attemptLock } from './refusals.ts';
import { submitLocked } from './submission.ts';

export interface StartedAttempt {
  attemptId: string;
  /** 1 for the student's first attempt at this assignment. */
  number: number;
  /** True when the student already had this attempt open: starting twice makes one attempt. */
  resumed: boolean;
  /** null when the attempt has no time limit and no due time to end it. */
  deadlineAt: Date | null;
}

/**
 * Starts the student's next attempt, or answers the one they have open. The checks: the actor is a student in the
 * assignment's current class and the quiz is published (else NotFoundOrForbidden); it is open now and attempts are
 * left (else AttemptRefused with attempt.notOpen, attempt.closed or attempt.noAttemptsLeft). An open attempt past
 * its deadline is submitted first and no longer counts as open. The deadline is fixed here, and so is the layout:
 * the order of questions and options, shuffled as the assignment says, seeded by the attempt's id.
 */
export async function startAttempt(db: Db, actor: Actor, assignmentId: string, now: Date): Promise<StartedAttempt> {
  let expiredId: string | null = null;
  const started = await inTransaction(db, async (tx) => {
    const assignment = await quizAssignmentFor(tx, actor, assignmentId);
    // Two taps on "Start" (or two phones) queue up here; the second finds the first's attempt.
    await lockFor(tx, `attempt-start\n${assignmentId}\n${actor.id}`);
    const earlier = await tx.attempt.findMany({
      where: { assignmentId, studentId: actor.id },
      orderBy: { number: 'desc' },
      select: { id: true, number: true, status: true, deadlineAt: true },
    });
    const open = earlier.find((attempt) => attempt.status === 'IN_PROGRESS');
    if (open && inTime(open.deadlineAt, now)) return { attemptId: open.id, number: open.number, resumed: true, deadlineAt: open.deadlineAt };
    if (open) {
      await lockFor(tx, attemptLock(open.id));
      await submitLocked(tx, open.id, now, true);
      expiredId = open.id;
    }

    const refusal = startRefusal(assignment, earlier.length, now);
    if (refusal) return refusal;
    const questions = await tx.question.findMany({
      where: { quizId: assignment.quizId, archivedAt: null },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, type: true, payload: true },
    });
    const attemptId = uuidv7();
    const layout = buildLayout(
      questions.flatMap((question) => {
        const type = questionTypeOf(question.type);
        return type ? [{ ...question, type }] : [];
      }),
      assignment,
      attemptId,
    );
    const deadlineAt = attemptDeadline(assignment, now);
    const number = (earlier[0]?.number ?? 0) + 1;
    await tx.attempt.create({
      data: { id: attemptId, assignmentId, studentId: actor.id, number, startedAt: now, deadlineAt, layout: layout as unknown as Prisma.InputJsonObject },
    });
    return { attemptId, number, resumed: false, deadlineAt };
  });
  // Outside the transaction: the review path runs its own statements.
  if (expiredId) await feedAttemptToMemory(db, expiredId, now);
  if (typeof started === 'string') throw new AttemptRefused(started);
  return started;
}
