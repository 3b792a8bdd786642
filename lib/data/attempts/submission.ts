// Submitting attempts: by the student, or automatically once the deadline (and the grace) has passed, lazily when
// anything reads the attempt and in batches from a timer. A submission grades the attempt (grading.ts) and then
// feeds the memory model (memory.ts), or leaves that until the student may see the results.
import { NotFoundOrForbidden, type Actor } from '../../access/actor.ts';
import { expiryCutoff, inTime } from '../../quiz/attempt-timing.ts';
import type { Db } from '../../db/client.ts';
import { sqlFor, type Sql } from '../../db/sql.ts';
import { inTransaction, lockFor, sqlIn, type Tx } from '../transaction.ts';
import { gradeAndStore, type AttemptGrade } from './grading.ts';
import { feedAttemptToMemory } from './memory.ts';
import { attemptLock } from './refusals.ts';
import { readOwnAttempt } from './own-attempt.ts';
import { log } from '../../observability/log.ts';

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
 * row too. Past the deadline and its grace it counts as submitted automatically, at the deadline; answers saved
 * after the deadline never count (grading.ts).
 */
export async function submitLocked(tx: Tx, attemptId: string, now: Date, automatic: boolean): Promise<SubmittedAttempt> {
  return (await submitAndGrade(tx, attemptId, now, automatic)).submitted;
}

/**
 * submitLocked, also answering the grade it stored (null when the attempt was submitted before). Three plain
 * statements in the caller's transaction: lock and read the attempt, read what grading needs, store the grade.
 */
async function submitAndGrade(tx: Tx | Sql, attemptId: string, now: Date, automatic: boolean): Promise<{ submitted: SubmittedAttempt; grade: AttemptGrade | null }> {
  // The row lock is what an answer's write waits for (answer-writes.ts): none lands between grading and the status.
  // The reads after it are statements of their own, so they see every answer committed before the lock was had.
  const [attempt] = await sqlIn(tx).query<{ id: string; status: 'IN_PROGRESS' | 'SUBMITTED'; deadlineAt: Date | string | null; layout: unknown; submittedAt: Date | string | null; autoSubmitted: boolean }>(
    `SELECT "id"::text AS "id", "status"::text AS "status", "deadlineAt", "layout", "submittedAt", "autoSubmitted"
     FROM "Attempt" WHERE "id" = $1::text::uuid FOR UPDATE`,
    [attemptId],
    'submission-lock',
  );
  if (!attempt) throw new NotFoundOrForbidden('attempt');
  const deadlineAt = asDate(attempt.deadlineAt);
  if (attempt.status === 'SUBMITTED') {
    return { submitted: { attemptId, status: 'SUBMITTED', submittedAt: asDate(attempt.submittedAt)!, autoSubmitted: attempt.autoSubmitted, alreadySubmitted: true }, grade: null };
  }
  const late = !inTime(deadlineAt, now);
  const submittedAt = late && deadlineAt ? deadlineAt : now;
  const autoSubmitted = automatic || late;
  const grade = await gradeAndStore(tx, { id: attempt.id, deadlineAt, layout: attempt.layout }, { status: 'SUBMITTED', submittedAt, autoSubmitted });
  return { submitted: { attemptId, status: 'SUBMITTED', submittedAt, autoSubmitted, alreadySubmitted: false }, grade };
}

/**
 * The student submits their attempt. Idempotent: a second call answers what the first did (alreadySubmitted: true)
 * and grades nothing again. Each call also makes sure the attempt's answers fed the memory model (once: see
 * memory.ts), so a retry after a failure completes it.
 */
export async function submitAttempt(db: Db, actor: Actor, attemptId: string, now: Date): Promise<SubmittedAttempt> {
  const { submitted, feedMemory } = await submitAttemptFeedingLater(db, actor, attemptId, now);
  await feedMemory();
  return submitted;
}

/**
 * submitAttempt, answering as soon as the grade is stored: the memory feed (the reviews the answers give, the
 * costlier half of a submission) is handed back to run once the student has their answer. A feed that never runs
 * (the process stopped) is done by feedWaitingAttempts: on the student's next study, results or progress read, or
 * by the server's timer within a minute.
 */
export async function submitAttemptFeedingLater(db: Db, actor: Actor, attemptId: string, now: Date): Promise<{ submitted: SubmittedAttempt; feedMemory: () => Promise<number> }> {
  const sql = sqlFor(db);
  const own = await readOwnAttempt(sql, actor, attemptId);
  const { submitted, grade } = await sql.transaction((tx) => submitAndGrade(tx, attemptId, now, false));
  // Fed from the grade just made when there is one (saves reading and grading the attempt again).
  const { quizFeedsMemory, resultsVisibility, dueAt } = own;
  const known = grade ? { studentId: actor.id, submittedAt: submitted.submittedAt, quizFeedsMemory, resultsVisibility, dueAt, grade } : undefined;
  return { submitted, feedMemory: () => feedAttemptToMemory(db, attemptId, now, known) };
}

/** A timestamp as the drivers give it: a Date (pg, PGlite, Prisma), or its text where a driver keeps it so. */
function asDate(value: Date | string | null): Date | null {
  return value === null ? null : new Date(value);
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
        // The grade is stored and counts; the reviews wait for feedWaitingAttempts (memory.ts), which feeds again.
        log.error('Feeding the answers of an attempt to memory failed', { attemptId: id, error });
      }
    }
    if (expired.length < EXPIRY_BATCH) return submitted;
  }
}
