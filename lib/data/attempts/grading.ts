// Grading an attempt from what is stored (the questions of its layout, its answers in time, the teacher's
// overrides) with lib/quiz, and writing the scores. Submission, overrides and regrading all come through here, so
// an attempt's score is always the sum the pure grading gives.
import { inTime } from '../../quiz/attempt-timing.ts';
import { gradeAttempt, type GradedAttempt, type ScoreOverride } from '../../quiz/attempt.ts';
import type { GradableQuestion } from '../../quiz/grade.ts';
import { parseLayout } from '../../quiz/layout.ts';
import { questionTypeOf } from '../../validation/questions.ts';
import type { Db } from '../../db/client.ts';
import { queryValue, type Sql } from '../../db/sql.ts';
import { sqlIn, type Tx } from '../transaction.ts';

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

/** The questions of a layout that are still in the quiz, with their keys: a JSON array, for the statements below. */
const LAYOUT_QUESTIONS_JSON = `(
  SELECT coalesce(json_agg(json_build_object(
    'id', q."id", 'type', q."type", 'prompt', q."prompt", 'payload', q."payload", 'answerKey', q."answerKey",
    'feedback', q."feedback", 'points', q."points", 'conceptId', q."conceptId", 'sentenceId', q."sentenceId")), '[]'::json)
  FROM "Question" q
  WHERE q."id" IN (SELECT jsonb_array_elements_text($1::text::jsonb)::uuid) AND q."archivedAt" IS NULL)`;

interface QuestionJson {
  id: string;
  type: string;
  prompt: string;
  payload: unknown;
  answerKey: unknown;
  feedback: unknown;
  points: number | string;
  conceptId: string | null;
  sentenceId: string | null;
}

interface AnswerJson {
  id: string;
  questionId: string;
  response: unknown;
  answeredAt: string;
  overrideScore: number | string | null;
  overrideReason: string | null;
  overriddenAt: string | null;
  overrideByName: string | null;
}

const layoutQuestionIds = (layoutValue: unknown) => JSON.stringify(parseLayout(layoutValue).questions.map((entry) => entry.questionId));

/** The stored questions in the layout's order, leaving out those gone from the quiz or of a type no longer known. */
function inLayoutOrder(layoutValue: unknown, rows: readonly QuestionJson[]): AttemptQuestion[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return parseLayout(layoutValue).questions.flatMap(({ questionId }) => {
    const row = byId.get(questionId);
    const type = row && questionTypeOf(row.type);
    if (!row || !type) return [];
    return [{ ...row, type, points: Number(row.points) }];
  });
}

/** The attempt's questions in layout order with their keys (server-side only: never hand these to a student). */
export async function attemptQuestions(db: Db | Tx | Sql, layoutValue: unknown): Promise<AttemptQuestion[]> {
  const rows = await queryValue<QuestionJson[]>(sqlIn(db), `SELECT ${LAYOUT_QUESTIONS_JSON} AS "value"`, [layoutQuestionIds(layoutValue)], 'layout-questions');
  return inLayoutOrder(layoutValue, rows);
}

/**
 * Grades an attempt as stored, without writing. With `withOverrides: false` it is what automatic grading alone
 * says (what the memory model is fed). One plain statement reads the questions and the answers: a class submitting
 * at the bell grades thousands of attempts (bench/quiz-burst), and Prisma's cost per query showed there.
 */
export async function gradeStored(db: Db | Tx | Sql, attempt: GradingInput, options: { withOverrides: boolean } = { withOverrides: true }): Promise<AttemptGrade> {
  const stored = await queryValue<{ questions: QuestionJson[]; answers: AnswerJson[] }>(
    sqlIn(db),
    `SELECT json_build_object(
      'questions', ${LAYOUT_QUESTIONS_JSON},
      'answers', (
        SELECT coalesce(json_agg(json_build_object(
          'id', a."id", 'questionId', a."questionId", 'response', a."response", 'answeredAt', a."answeredAt",
          'overrideScore', a."overrideScore", 'overrideReason', a."overrideReason", 'overriddenAt', a."overriddenAt",
          'overrideByName', u."name")), '[]'::json)
        FROM "Answer" a LEFT JOIN "User" u ON u."id" = a."overrideById"
        WHERE a."attemptId" = $2::text::uuid)) AS "value"`,
    [layoutQuestionIds(attempt.layout), attempt.id],
    'grading-read',
  );
  const questions = inLayoutOrder(attempt.layout, stored.questions);
  // An answer saved after the deadline never counts, whatever let it in; a row made by an override has no answer.
  const answers = new Map(
    stored.answers
      .filter((row) => row.response !== null && inTime(attempt.deadlineAt, new Date(row.answeredAt)))
      .map((row) => [row.questionId, { id: row.id, questionId: row.questionId, response: row.response }]),
  );
  const overrides = new Map<string, StoredOverride>();
  for (const row of stored.answers) {
    if (row.overrideScore === null) continue;
    overrides.set(row.questionId, {
      score: Number(row.overrideScore),
      comment: row.overrideReason ?? '',
      // The database keeps the two together (CHECK Answer_override_has_time).
      at: new Date(row.overriddenAt!),
      byName: row.overrideByName,
    });
  }
  const responses = new Map([...answers].map(([questionId, answer]) => [questionId, answer.response]));
  const applied = new Map<string, ScoreOverride>(options.withOverrides ? [...overrides].map(([questionId, { score, comment }]) => [questionId, { score, comment }]) : []);
  return { questions, answers, overrides, graded: gradeAttempt(questions, responses, applied) };
}

/** What a submission sets beside the score, in the same statement. */
export interface SubmissionFields {
  status: 'SUBMITTED';
  submittedAt: Date;
  autoSubmitted: boolean;
}

/**
 * Grades the attempt and stores the result in one statement: each counted answer's automatic score (an override
 * stays beside it) and whether it is now correct, and the attempt's total (with `submission`, its status too). Call
 * it inside a transaction holding the attempt's row lock.
 */
export async function gradeAndStore(tx: Tx | Sql, attempt: GradingInput, submission?: SubmissionFields): Promise<AttemptGrade> {
  const grade = await gradeStored(tx, attempt);
  const scores = grade.graded.answers.flatMap((final) => {
    const answer = grade.answers.get(final.questionId);
    return answer ? [{ id: answer.id, score: final.autoScore, correct: final.correct === 'correct' }] : [];
  });
  await sqlIn(tx).query(
    `WITH scored AS (
       UPDATE "Answer" AS a SET "score" = s."score", "isCorrect" = s."correct", "updatedAt" = CURRENT_TIMESTAMP
       FROM jsonb_to_recordset($2::text::jsonb) AS s("id" uuid, "score" numeric, "correct" boolean)
       WHERE a."id" = s."id" AND a."attemptId" = $1::text::uuid
       RETURNING 1)
     UPDATE "Attempt" SET
       "score" = $3::text::numeric, "maxScore" = $4::text::numeric,
       "status" = coalesce($5::text::"AttemptStatus", "status"),
       "submittedAt" = coalesce($6::text::timestamptz, "submittedAt"),
       "autoSubmitted" = coalesce($7::text::boolean, "autoSubmitted")
     WHERE "id" = $1::text::uuid
     RETURNING (SELECT count(*) FROM scored)::int AS "scored"`,
    [
      attempt.id,
      JSON.stringify(scores),
      String(grade.graded.score),
      String(grade.graded.maxScore),
      submission?.status ?? null,
      submission?.submittedAt.toISOString() ?? null,
      submission ? String(submission.autoSubmitted) : null,
    ],
    'grading-write',
  );
  return grade;
}
