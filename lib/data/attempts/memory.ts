// One memory model: when a class says so, a submitted attempt reviews (source QUIZ) the cards of each concept its
// questions test, once per card, stored through the same path as the study screen's reviews. Only once the student
// may see the results (lib/quiz/results-policy.ts memoryFeed): for "after the due time" the reviews wait, and are
// fed by feedWaitingAttempts once the due time has passed; for "never" they are not fed at all.
import { memoryFeed, type ResultsVisibility } from '../../quiz/results-policy.ts';
import { quizCardReviews } from '../../quiz/memory-rating.ts';
import type { Db } from '../../db/client.ts';
import { sqlFor } from '../../db/sql.ts';
import { log } from '../../observability/log.ts';
import { MAX_SYNC_ITEMS } from '../../validation/reviews.ts';
import { storeReviews } from '../reviews.ts';
import { gradeStored, type AttemptGrade } from './grading.ts';

/** What deciding and feeding needs of a submitted attempt. */
export interface SubmittedFacts {
  studentId: string;
  submittedAt: Date;
  quizFeedsMemory: boolean;
  resultsVisibility: ResultsVisibility;
  dueAt: Date | null;
}

/**
 * Stores the reviews a submitted attempt gives, if the student may see its results now, and answers how many
 * were new. Safe to call again, and concurrently: each review's key is made from the answer and the card, so a
 * second call stores nothing (submitAttempt calls it on every submit, so a first call that failed midway is
 * completed by the student's retry). Once fed, or once it is clear it never will be, the attempt's memoryFedAt is
 * set, so feedWaitingAttempts passes it by. The ratings come from the automatic grading
 * (lib/quiz/memory-rating.ts); a teacher's later override or regrade does not change them. Each review is dated
 * when the attempt was submitted, the moment the student recalled (or not): a review made on the study screen
 * between the submission and the due time is older or newer in the card's log as it happened, and the card's
 * memory is replayed from the log in time order (lib/srs/review-batch.ts), as for a review from an offline phone.
 * Cards the student may not study now (their deck not assigned to the student's class) are left out by the
 * review path.
 */
export async function feedAttemptToMemory(
  db: Db,
  attemptId: string,
  now: Date,
  /** What the submission that just graded the attempt knows, so it need not be read and graded again. */
  known?: SubmittedFacts & { grade: AttemptGrade },
): Promise<number> {
  const facts = known ?? (await readSubmitted(db, attemptId));
  if (!facts) return 0;
  const feed = facts.quizFeedsMemory ? memoryFeed(facts.resultsVisibility, facts.dueAt, now) : 'never';
  if (feed === 'later') return 0;
  const stored = feed === 'now' ? await storeAttemptReviews(db, facts, known?.grade ?? (await gradeOf(db, attemptId)), now) : 0;
  await sqlFor(db).query(`UPDATE "Attempt" SET "memoryFedAt" = $2::text::timestamptz WHERE "id" = $1::text::uuid AND "memoryFedAt" IS NULL`, [attemptId, now.toISOString()], 'memory-fed');
  return stored;
}

async function storeAttemptReviews(db: Db, facts: SubmittedFacts, grade: AttemptGrade, now: Date): Promise<number> {
  const { questions, answers, graded } = grade;
  const { studentId, submittedAt } = facts;
  const conceptOf = new Map(questions.map((question) => [question.id, question.conceptId]));
  const rated = graded.answers.flatMap((final) => {
    const answer = answers.get(final.questionId);
    const conceptId = conceptOf.get(final.questionId);
    return answer && conceptId ? [{ answerId: answer.id, conceptId, outcome: final.correct }] : [];
  });
  if (rated.length === 0) return 0;
  // Plain SQL on this path and the one above: a class submitting at the bell feeds thousands of attempts.
  const cards = await sqlFor(db).query<{ id: string; conceptId: string }>(
    `SELECT "id"::text AS "id", "conceptId"::text AS "conceptId" FROM "Card"
     WHERE "conceptId" IN (SELECT jsonb_array_elements_text($1::text::jsonb)::uuid) AND "archivedAt" IS NULL`,
    [JSON.stringify([...new Set(rated.map((item) => item.conceptId))])],
    'memory-feed-cards',
  );
  const reviewedAt = submittedAt.toISOString();
  const cardsOf = (conceptId: string) => cards.filter((card) => card.conceptId === conceptId).map((card) => card.id);
  const items = quizCardReviews(rated, cardsOf).map(({ key, cardId, rating }) => ({ type: 'review' as const, key, cardId, rating, reviewedAt, durationMs: null }));
  let stored = 0;
  for (let start = 0; start < items.length; start += MAX_SYNC_ITEMS) {
    const outcome = await storeReviews(db, studentId, { deviceId: 'quiz', items: items.slice(start, start + MAX_SYNC_ITEMS), source: 'QUIZ' }, now);
    stored += outcome.results.filter((result) => result.status === 'stored').length;
  }
  return stored;
}

/** A submitted attempt's facts; null while it is not submitted, or once it is settled (nothing left to feed). */
async function readSubmitted(db: Db, attemptId: string): Promise<SubmittedFacts | null> {
  const attempt = await db.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      studentId: true,
      status: true,
      submittedAt: true,
      memoryFedAt: true,
      assignment: { select: { resultsVisibility: true, dueAt: true, class: { select: { quizFeedsMemory: true } } } },
    },
  });
  if (attempt.status !== 'SUBMITTED' || !attempt.submittedAt || attempt.memoryFedAt) return null;
  return {
    studentId: attempt.studentId,
    submittedAt: attempt.submittedAt,
    quizFeedsMemory: attempt.assignment.class.quizFeedsMemory,
    resultsVisibility: attempt.assignment.resultsVisibility,
    dueAt: attempt.assignment.dueAt,
  };
}

/** The attempt graded by automatic grading alone. */
async function gradeOf(db: Db, attemptId: string): Promise<AttemptGrade> {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { id: true, deadlineAt: true, layout: true } });
  return gradeStored(db, attempt, { withOverrides: false });
}

/** How many waiting attempts one query picks up. */
const WAITING_BATCH = 100;

/**
 * Feeds the attempts whose reviews waited for the due time and may be fed now (and settles any whose feeding
 * failed before), each on its own, oldest due first: for one student (their study queue, home page, progress and
 * results call it before reading, so the reviews are there the moment the results are), or for everyone (the
 * server's timer). Idempotent (see feedAttemptToMemory). Answers how many reviews were stored.
 */
export async function feedWaitingAttempts(db: Db, now: Date, scope: { studentId?: string } = {}): Promise<number> {
  let stored = 0;
  let after: string | undefined;
  for (;;) {
    const waiting = await db.attempt.findMany({
      where: {
        status: 'SUBMITTED',
        memoryFedAt: null,
        ...(scope.studentId ? { studentId: scope.studentId } : {}),
        ...(after ? { id: { gt: after } } : {}),
        // Those still waiting for their due time are left alone.
        NOT: { assignment: { resultsVisibility: 'AFTER_DUE', dueAt: { gt: now } } },
      },
      orderBy: { id: 'asc' },
      take: WAITING_BATCH,
      select: { id: true },
    });
    for (const { id } of waiting) {
      try {
        stored += await feedAttemptToMemory(db, id, now);
      } catch (error) {
        // The attempt stays waiting; the next read or the timer tries again.
        log.error('Feeding the answers of an attempt to memory failed', { attemptId: id, error });
      }
    }
    if (waiting.length < WAITING_BATCH) return stored;
    after = waiting.at(-1)!.id;
  }
}
