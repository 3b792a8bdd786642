// One memory model: when a class says so, a submitted attempt reviews (source QUIZ) the cards of each concept its
// questions test, once per card, stored through the same path as the study screen's reviews.
import { quizCardReviews } from '../../quiz/memory-rating.ts';
import type { Db } from '../../db/client.ts';
import { MAX_SYNC_ITEMS } from '../../validation/reviews.ts';
import { storeReviews } from '../reviews.ts';
import { gradeStored, type AttemptGrade } from './grading.ts';

/**
 * Stores the reviews a submitted attempt gives, and answers how many were new. Safe to call again: each review's
 * key is made from the answer and the card, so a second call stores nothing (submitAttempt calls it on every
 * submit, so a first call that failed midway is completed by the student's retry). The ratings come from the
 * automatic grading (lib/quiz/memory-rating.ts); a teacher's later override or regrade does not change them. Cards
 * the student may not study now (their deck not assigned to the student's class) are left out by the review path.
 */
export async function feedAttemptToMemory(
  db: Db,
  attemptId: string,
  now: Date,
  /** What the submission that just graded the attempt knows, so it need not be read and graded again. */
  known?: { studentId: string; submittedAt: Date; quizFeedsMemory: boolean; grade: AttemptGrade },
): Promise<number> {
  const facts = known ?? (await readSubmitted(db, attemptId));
  if (!facts?.quizFeedsMemory) return 0;
  const { questions, answers, graded } = facts.grade;
  const { studentId, submittedAt } = facts;
  const conceptOf = new Map(questions.map((question) => [question.id, question.conceptId]));
  const rated = graded.answers.flatMap((final) => {
    const answer = answers.get(final.questionId);
    const conceptId = conceptOf.get(final.questionId);
    return answer && conceptId ? [{ answerId: answer.id, conceptId, outcome: final.correct }] : [];
  });
  if (rated.length === 0) return 0;
  const cards = await db.card.findMany({ where: { conceptId: { in: [...new Set(rated.map((item) => item.conceptId))] }, archivedAt: null }, select: { id: true, conceptId: true } });
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

/** A submitted attempt of a class whose quizzes feed memory, graded by automatic grading alone; else null. */
async function readSubmitted(db: Db, attemptId: string) {
  const attempt = await db.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { id: true, studentId: true, status: true, deadlineAt: true, layout: true, submittedAt: true, assignment: { select: { class: { select: { quizFeedsMemory: true } } } } },
  });
  if (attempt.status !== 'SUBMITTED' || !attempt.submittedAt || !attempt.assignment.class.quizFeedsMemory) return null;
  return { studentId: attempt.studentId, submittedAt: attempt.submittedAt, quizFeedsMemory: true, grade: await gradeStored(db, attempt, { withOverrides: false }) };
}
