// Autosaving answers: the write a whole class makes at once when the bell rings (bench/quiz-burst), so it is two
// plain statements rather than a Prisma transaction of six: one read of everything the check needs (who owns the
// attempt, may they still take the quiz, its status, deadline and layout, the questions named), then one write of
// the batch that stores nothing unless the attempt is still open at that moment.
//
// Against submission: the write holds the attempt's row FOR SHARE while it stores, and submission (submitLocked)
// takes the row FOR UPDATE before it grades. Whichever comes second waits for the first, and a write that waited
// for a submission sees the attempt submitted and stores nothing: an answer is graded or refused, never lost
// between the two.
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../access/actor.ts';
import { ANSWER_GRACE_MS } from '../../quiz/attempt-timing.ts';
import { planAnswers, type AnswerInput, type AnswerVerdict } from '../../quiz/answer-batch.ts';
import type { Db } from '../../db/client.ts';
import { sqlFor, type Sql } from '../../db/sql.ts';
import { readOwnAttempt } from './own-attempt.ts';
import { AttemptRefused } from './refusals.ts';
import { submitExpiredAttempts } from './submission.ts';

export interface SavedAnswers {
  /** One per question named, in the order first named. */
  results: AnswerVerdict[];
  savedAt: Date;
}

/**
 * Saves the student's answers to questions of their open attempt, each replacing an earlier answer to the same
 * question. Responses are in the shown positions of attemptForStudent. The attempt itself may refuse the whole
 * batch (NotFoundOrForbidden; AttemptRefused attempt.submitted or attempt.deadlinePassed, the deadline plus its
 * grace); an answer naming a question not in the attempt, or not fitting its question, is refused alone.
 */
export async function saveAnswers(db: Db, actor: Actor, attemptId: string, batch: readonly AnswerInput[], now: Date): Promise<SavedAnswers> {
  const sql = sqlFor(db);
  const attempt = await readOwnAttempt(sql, actor, attemptId, batch.map((input) => input.questionId));
  const plan = planAnswers(attempt, batch, now);
  if (plan.refusal === 'attempt.deadlinePassed') {
    // Past the deadline: the attempt is submitted now, as any read of it would.
    await submitExpiredAttempts(db, now, { attemptId });
  }
  if (plan.refusal) throw new AttemptRefused(plan.refusal);
  if (plan.writes.length > 0) {
    const stored = await writeAnswers(sql, attemptId, plan.writes, now);
    // Submitted or timed out between the read and the write: nothing was stored, say why as a fresh read would.
    if (!stored) {
      const again = await readOwnAttempt(sql, actor, attemptId);
      throw new AttemptRefused(again.status === 'SUBMITTED' ? 'attempt.submitted' : 'attempt.deadlinePassed');
    }
  }
  return { results: plan.verdicts, savedAt: now };
}

/**
 * Stores the answers in one statement if the attempt is still open (in progress, and `now` within its deadline
 * and grace), holding its row FOR SHARE meanwhile; answers whether it was. The time spent is the screen's running
 * total for the question, so it replaces the stored one (a batch sent twice counts it once); none sent keeps it.
 */
async function writeAnswers(sql: Sql, attemptId: string, writes: readonly { questionId: string; stored: unknown; timeSpentMs: number | null }[], now: Date): Promise<boolean> {
  const rows = writes.map((write) => ({ id: uuidv7(), questionId: write.questionId, response: write.stored, timeSpentMs: write.timeSpentMs }));
  const [result] = await sql.query<{ open: boolean }>(
    `WITH open_attempt AS (
        SELECT "id" FROM "Attempt"
        WHERE "id" = $1::text::uuid AND "status" = 'IN_PROGRESS'
          AND ("deadlineAt" IS NULL OR "deadlineAt" >= $3::text::timestamptz - make_interval(secs => $4::text::float8 / 1000))
        FOR SHARE),
      written AS (
        INSERT INTO "Answer" ("id", "attemptId", "questionId", "response", "answeredAt", "timeSpentMs", "updatedAt")
        SELECT w."id", o."id", w."questionId", w."response", $3::text::timestamptz, w."timeSpentMs", $3::text::timestamptz
        FROM open_attempt o, jsonb_to_recordset($2::text::jsonb) AS w("id" uuid, "questionId" uuid, "response" jsonb, "timeSpentMs" int)
        ON CONFLICT ("attemptId", "questionId") DO UPDATE SET
          "response" = EXCLUDED."response", "answeredAt" = EXCLUDED."answeredAt", "updatedAt" = EXCLUDED."updatedAt",
          "timeSpentMs" = coalesce(EXCLUDED."timeSpentMs", "Answer"."timeSpentMs"))
    SELECT EXISTS (SELECT 1 FROM open_attempt) AS "open"`,
    [attemptId, JSON.stringify(rows), now.toISOString(), String(ANSWER_GRACE_MS)],
    'answers-write',
  );
  return result?.open === true;
}
