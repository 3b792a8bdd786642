// Grading an attempt from what is stored (the questions of its layout, its answers in time, the teacher's
// overrides) with lib/quiz, and writing the scores. Submission, overrides and regrading all come through here, so
// an attempt's score is always the sum the pure grading gives.
import { inTime } from '../../quiz/attempt-timing.ts';
import { gradeAttempt, type GradedAttempt, type ScoreOverride } from '../../quiz/attempt.ts';
import type { GradableQuestion } from '../../quiz/grade.ts';
import { parseLayout } from '../../quiz/layout.ts';
import { questionTypeOf } from '../../validation/questions.ts';
import type { Db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/client.ts';
import type { Tx } from '../transaction.ts';

export interface GradingInput {
  id: string;
  deadlineAt: Date | null;
  layout: unknown;
}

export interface AttemptQuestion extends GradableQuestion {
  id: string;
  prompt: string;
  conceptId: string | null;
  sentenceId: string | null;
  feedback: unknown;
}

/** A student's answer that counts: given, and saved by the deadline (with its grace). */
export interface StoredAnswer {
  id: string;
  questionId: string;
  response: unknown;
}

/** A teacher's override as stored: the score they gave, why, when, and who (null once their account is gone). */
export interface StoredOverride {
  score: number;
  comment: string;
  at: Date;
  byName: string | null;
}

export interface AttemptGrade {
  /** The attempt's questions in its layout order, leaving out questions removed from the quiz since it started. */
  questions: AttemptQuestion[];
  /** The answers that count, by question id. */
  answers: Map<string, StoredAnswer>;
  /**
   * The teacher's overrides by question id. One applies whether or not the student's answer counts: a question
   * left unanswered (or answered too late) may be overridden too.
   */
  overrides: Map<string, StoredOverride>;
  graded: GradedAttempt;
}

/** The attempt's questions in layout order with their keys (server-side only: never hand these to a student). */
export async function attemptQuestions(db: Db | Tx, layoutValue: unknown): Promise<AttemptQuestion[]> {
  const layout = parseLayout(layoutValue);
  const rows = await db.question.findMany({
    where: { id: { in: layout.questions.map((entry) => entry.questionId) }, archivedAt: null },
    select: { id: true, type: true, prompt: true, payload: true, answerKey: true, feedback: true, points: true, conceptId: true, sentenceId: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return layout.questions.flatMap(({ questionId }) => {
    const row = byId.get(questionId);
    const type = row && questionTypeOf(row.type);
    if (!row || !type) return [];
    return [{ ...row, type, points: Number(row.points) }];
  });
}

/**
 * Grades an attempt as stored, without writing. With `withOverrides: false` it is what automatic grading alone
 * says (what the memory model is fed).
 */
export async function gradeStored(db: Db | Tx, attempt: GradingInput, options: { withOverrides: boolean } = { withOverrides: true }): Promise<AttemptGrade> {
  const questions = await attemptQuestions(db, attempt.layout);
  const rows = await db.answer.findMany({
    where: { attemptId: attempt.id },
    select: {
      id: true,
      questionId: true,
      response: true,
      answeredAt: true,
      overrideScore: true,
      overrideReason: true,
      overriddenAt: true,
      overrideBy: { select: { name: true } },
    },
  });
  // An answer saved after the deadline never counts, whatever let it in; a row made by an override has no answer.
  const answers = new Map(
    rows
      .filter((row) => row.response !== null && inTime(attempt.deadlineAt, row.answeredAt))
      .map((row) => [row.questionId, { id: row.id, questionId: row.questionId, response: row.response }]),
  );
  const overrides = new Map<string, StoredOverride>();
  for (const row of rows) {
    if (row.overrideScore === null) continue;
    overrides.set(row.questionId, {
      score: Number(row.overrideScore),
      comment: row.overrideReason ?? '',
      // The database keeps the two together (CHECK Answer_override_has_time).
      at: row.overriddenAt!,
      byName: row.overrideBy?.name ?? null,
    });
  }
  const responses = new Map([...answers].map(([questionId, answer]) => [questionId, answer.response]));
  const applied = new Map<string, ScoreOverride>(options.withOverrides ? [...overrides].map(([questionId, { score, comment }]) => [questionId, { score, comment }]) : []);
  return { questions, answers, overrides, graded: gradeAttempt(questions, responses, applied) };
}

/**
 * Grades the attempt and stores the result: each counted answer's automatic score (an override stays beside it)
 * and whether it is now correct, and the attempt's total (with `alsoSet`, in the same statement: the submission's
 * status). Call it inside a transaction holding the attempt's lock.
 */
export async function gradeAndStore(tx: Tx, attempt: GradingInput, alsoSet: Prisma.AttemptUpdateInput = {}): Promise<AttemptGrade> {
  const grade = await gradeStored(tx, attempt);
  const scores = grade.graded.answers.flatMap((final) => {
    const answer = grade.answers.get(final.questionId);
    return answer ? [{ id: answer.id, score: final.autoScore, correct: final.correct === 'correct' }] : [];
  });
  // One statement for all the answers: a class submitting at the bell makes thousands of these (bench/quiz-burst).
  if (scores.length > 0) {
    await tx.$executeRaw`
      UPDATE "Answer" AS a SET "score" = s."score", "isCorrect" = s."correct", "updatedAt" = CURRENT_TIMESTAMP
      FROM jsonb_to_recordset(${JSON.stringify(scores)}::jsonb) AS s("id" uuid, "score" numeric, "correct" boolean)
      WHERE a."id" = s."id"`;
  }
  await tx.attempt.update({ where: { id: attempt.id }, data: { ...alsoSet, score: grade.graded.score, maxScore: grade.graded.maxScore } });
  return grade;
}
