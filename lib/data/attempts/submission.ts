// Submitting attempts: by the student, or automatically once the deadline (and the grace) has passed, lazily when
// anything reads the attempt and in batches from a timer. A submission grades the attempt (grading.ts) and then
// feeds the memory model (memory.ts).
import type { Actor } from '../../access/actor.ts';
import { attemptOwnedBy } from '../../access/guards.ts';
import { expiryCutoff, inTime } from '../../quiz/attempt-timing.ts';
import type { Db } from '../../db/client.ts';
import { inTransaction, lockFor, type Tx } from '../transaction.ts';
import { gradeAndStore } from './grading.ts';
import { feedAttemptToMemory } from './memory.ts';
import { attemptLock } from './refusals.ts';

/** What submitting says. Never the score: whether the student may see it is resultsForStudent's decision. */
export interface SubmittedAttempt {
  attemptId: string;
  status: 'SUBMITTED';
  submittedAt: Date;
  /** True when the server submitted it at the deadline (the student's submit came too late, or never). */
  autoSubmitted: boolean;
  /** True when it was submitted before this call: a double submit changes nothing. */
  alreadySubmitted: boolean;
}

/**
 * Submits an attempt inside the caller's transaction, which must hold attemptLock(attemptId); it locks the attempt's
 * row too. Past the deadline
 * and its grace it counts as submitted automatically, at the deadline; answers saved after the deadline never
 * count (grading.ts).
 */
export async function submitLocked(tx: Tx, attemptId: string, now: Date, automatic: boolean): Promise<SubmittedAttempt> {
  // The row lock is what an answer's write waits for (answer-writes.ts): none lands between grading and the status.
  await tx.$executeRaw`SELECT 1 FROM "Attempt" WHERE "id" = ${attemptId}::uuid FOR UPDATE`;
  const attempt = await tx.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { id: true, status: true, deadlineAt: true, layout: true, submittedAt: true, autoSubmitted: true },
  });
  if (attempt.status === 'SUBMITTED') {
    return { attemptId, status: 'SUBMITTED', submittedAt: attempt.submittedAt!, autoSubmitted: attempt.autoSubmitted, alreadySubmitted: true };
  }
  const late = !inTime(attempt.deadlineAt, now);
  const submittedAt = late && attempt.deadlineAt ? attempt.deadlineAt : now;
  const autoSubmitted = automatic || late;
  await gradeAndStore(tx, attempt);
  await tx.attempt.update({ where: { id: attemptId }, data: { status: 'SUBMITTED', submittedAt, autoSubmitted } });
  return { attemptId, status: 'SUBMITTED', submittedAt, autoSubmitted, alreadySubmitted: false };
}

/**
 * The student submits their attempt. Idempotent: a second call answers what the first did (alreadySubmitted: true)
 * and grades nothing again. Each call also makes sure the attempt's answers fed the memory model (once: see
 * memory.ts), so a retry after a failure completes it.
 */
export async function submitAttempt(db: Db, actor: Actor, attemptId: string, now: Date): Promise<SubmittedAttempt> {
  const submitted = await inTransaction(db, async (tx) => {
    await attemptOwnedBy(tx, actor, attemptId);
    await lockFor(tx, attemptLock(attemptId));
    return submitLocked(tx, attemptId, now, false);
  });
  await feedAttemptToMemory(db, attemptId, now);
  return submitted;
}

/** How many expired attempts one query picks up; each is then submitted in a transaction of its own. */
const EXPIRY_BATCH = 100;

/**
 * Submits every open attempt past its deadline and grace (optionally only of one assignment or one attempt),
 * batch by batch, each attempt in its own transaction so one slow or broken attempt holds up no other. Called
 * lazily by the reads of lib/data/attempts and callable from a timer; answers how many it submitted.
 */
export async function submitExpiredAttempts(db: Db, now: Date, scope: { assignmentId?: string; attemptId?: string } = {}): Promise<number> {
  let submitted = 0;
  for (;;) {
    const expired = await db.attempt.findMany({
      where: {
        status: 'IN_PROGRESS',
        deadlineAt: { lt: expiryCutoff(now) },
        ...(scope.attemptId ? { id: scope.attemptId } : {}),
        ...(scope.assignmentId ? { assignmentId: scope.assignmentId } : {}),
      },
      orderBy: { deadlineAt: 'asc' },
      take: EXPIRY_BATCH,
      select: { id: true },
    });
    for (const { id } of expired) {
      const result = await inTransaction(db, async (tx) => {
        await lockFor(tx, attemptLock(id));
        return submitLocked(tx, id, now, true);
      });
      if (!result.alreadySubmitted) submitted += 1;
      try {
        await feedAttemptToMemory(db, id, now);
      } catch (error) {
        // The grade is stored and counts; the reviews wait for the student's next submit of it, which feeds again.
        console.error(`Feeding the answers of attempt ${id} to memory failed:`, error);
      }
    }
    if (expired.length < EXPIRY_BATCH) return submitted;
  }
}
