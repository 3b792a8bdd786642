// The taking screen's reads and writes: the attempt as the student may see it, and autosaving one answer.
import type { Actor } from '../../access/actor.ts';
import { attemptOwnedBy } from '../../access/guards.ts';
import { parseLayout, toShownResponse } from '../../quiz/layout.ts';
import { studentQuestion, type StudentQuestion } from '../../quiz/student-view.ts';
import type { Db } from '../../db/client.ts';
import { questionTypeOf, type QuestionType } from '../../validation/questions.ts';
import type { QuestionResponse } from '../../validation/responses.ts';
import { saveAnswers } from './answer-writes.ts';
import { AttemptRefused } from './refusals.ts';
import { submitExpiredAttempts } from './submission.ts';

/**
 * A question on the taking screen with the student's saved response (in shown positions), or null, and the time
 * they had spent on it when they last saved it, or null, so a reload counts on from there.
 */
export type TakingQuestion = StudentQuestion & { response: QuestionResponse<QuestionType> | null; timeSpentMs: number | null };

/**
 * Everything the taking screen needs, and nothing a student may not see yet: no answer key, no feedback, no
 * stored option indexes (see lib/quiz/layout.ts). Indexes in `questions` and in responses are positions in the
 * lists shown here.
 */
export interface AttemptView {
  attemptId: string;
  assignmentId: string;
  quizTitle: string;
  number: number;
  status: 'IN_PROGRESS' | 'SUBMITTED';
  startedAt: Date;
  /** When answers stop being accepted; null for no limit. Show the time left as deadlineAt − serverNow. */
  deadlineAt: Date | null;
  /** The server's clock when this was read, so a phone with a wrong clock still counts down right. */
  serverNow: Date;
  submittedAt: Date | null;
  autoSubmitted: boolean;
  /** In the attempt's order; questions removed from the quiz since the start are left out. */
  questions: TakingQuestion[];
}

/**
 * The student's own attempt for the taking screen (NotFoundOrForbidden for anyone else's). An open attempt past
 * its deadline is submitted first, so the screen shows it submitted.
 */
export async function attemptForStudent(db: Db, actor: Actor, attemptId: string, now: Date): Promise<AttemptView> {
  await attemptOwnedBy(db, actor, attemptId);
  await submitExpiredAttempts(db, now, { attemptId });
  const attempt = await db.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      id: true,
      assignmentId: true,
      number: true,
      status: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      autoSubmitted: true,
      layout: true,
      assignment: { select: { quiz: { select: { title: true } } } },
      answers: { select: { questionId: true, response: true, timeSpentMs: true } },
    },
  });
  const layout = parseLayout(attempt.layout);
  // Only what a student may see is read: the key and the feedback never leave the database here.
  const rows = await db.question.findMany({
    where: { id: { in: layout.questions.map((entry) => entry.questionId) }, archivedAt: null },
    select: { id: true, type: true, prompt: true, payload: true, points: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const answers = new Map(attempt.answers.map((answer) => [answer.questionId, answer]));
  const questions = layout.questions.flatMap(({ questionId, options }): TakingQuestion[] => {
    const row = byId.get(questionId);
    const type = row && questionTypeOf(row.type);
    if (!row || !type) return [];
    const answer = answers.get(questionId);
    const saved = answer?.response;
    return [
      {
        ...studentQuestion({ ...row, type, points: Number(row.points) }, options),
        // No row, or one that only holds a teacher's override (no response).
        response: saved === undefined || saved === null ? null : toShownResponse(type, saved as QuestionResponse<QuestionType>, options),
        timeSpentMs: answer?.timeSpentMs ?? null,
      },
    ];
  });
  return {
    attemptId: attempt.id,
    assignmentId: attempt.assignmentId,
    quizTitle: attempt.assignment.quiz?.title ?? '',
    number: attempt.number,
    status: attempt.status,
    startedAt: attempt.startedAt,
    deadlineAt: attempt.deadlineAt,
    serverNow: now,
    submittedAt: attempt.submittedAt,
    autoSubmitted: attempt.autoSubmitted,
    questions,
  };
}

export interface SavedAnswer {
  questionId: string;
  savedAt: Date;
}

/**
 * Autosaves the student's response to one question of their open attempt (saveAnswers with one answer), replacing
 * any earlier one. Refusals (AttemptRefused): attempt.submitted, attempt.deadlinePassed (after the deadline and
 * its grace of ANSWER_GRACE_MS), attempt.questionNotInAttempt, attempt.invalidResponse with the schema's message
 * code as `detail`.
 */
export async function saveAnswer(
  db: Db,
  actor: Actor,
  attemptId: string,
  questionId: string,
  response: unknown,
  now: Date,
  options: { timeSpentMs?: number | null } = {},
): Promise<SavedAnswer> {
  const { results, savedAt } = await saveAnswers(db, actor, attemptId, [{ questionId, response, timeSpentMs: options.timeSpentMs ?? null }], now);
  const verdict = results[0]!;
  if (verdict.status === 'refused') throw new AttemptRefused(verdict.code, verdict.code === 'attempt.invalidResponse' ? verdict.detail : null);
  return { questionId, savedAt };
}
