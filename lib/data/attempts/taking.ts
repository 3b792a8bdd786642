// The taking screen's reads and writes: the attempt as the student may see it, and autosaving one answer.
import type { Actor } from '../../access/actor.ts';
import { attemptOwnedBy } from '../../access/guards.ts';
import { inTime } from '../../quiz/attempt-timing.ts';
import { parseLayout, toShownResponse, toStoredResponse } from '../../quiz/layout.ts';
import { studentQuestion, type StudentQuestion } from '../../quiz/student-view.ts';
import type { Db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/client.ts';
import { questionTypeOf, type QuestionType } from '../../validation/questions.ts';
import { responseSchemaFor, type QuestionResponse } from '../../validation/responses.ts';
import { inTransaction, lockFor } from '../transaction.ts';
import { AttemptRefused, attemptLock } from './refusals.ts';
import { submitExpiredAttempts } from './submission.ts';

/** A question on the taking screen with the student's saved response (in shown positions), or null. */
export type TakingQuestion = StudentQuestion & { response: QuestionResponse<QuestionType> | null };

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
      answers: { select: { questionId: true, response: true } },
    },
  });
  const layout = parseLayout(attempt.layout);
  // Only what a student may see is read: the key and the feedback never leave the database here.
  const rows = await db.question.findMany({
    where: { id: { in: layout.questions.map((entry) => entry.questionId) }, archivedAt: null },
    select: { id: true, type: true, prompt: true, payload: true, points: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const responses = new Map(attempt.answers.map((answer) => [answer.questionId, answer.response]));
  const questions = layout.questions.flatMap(({ questionId, options }): TakingQuestion[] => {
    const row = byId.get(questionId);
    const type = row && questionTypeOf(row.type);
    if (!row || !type) return [];
    const saved = responses.get(questionId);
    return [
      {
        ...studentQuestion({ ...row, type, points: Number(row.points) }, options),
        // No row, or one that only holds a teacher's override (no response).
        response: saved === undefined || saved === null ? null : toShownResponse(type, saved as QuestionResponse<QuestionType>, options),
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
 * Autosaves the student's response to one question of their open attempt, replacing any earlier one (saving the
 * same response twice is harmless). `response` is in the shown positions of attemptForStudent; it is checked by
 * the question's response schema. Refusals (AttemptRefused): attempt.submitted, attempt.deadlinePassed (after the
 * deadline and its grace of ANSWER_GRACE_MS), attempt.questionNotInAttempt, attempt.invalidResponse with the
 * schema's message code as `detail`.
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
  return inTransaction(db, async (tx) => {
    await attemptOwnedBy(tx, actor, attemptId);
    // Submission takes the same lock: an answer is either in before grading or refused after it.
    await lockFor(tx, attemptLock(attemptId));
    const attempt = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { status: true, deadlineAt: true, layout: true } });
    if (attempt.status === 'SUBMITTED') throw new AttemptRefused('attempt.submitted');
    if (!inTime(attempt.deadlineAt, now)) throw new AttemptRefused('attempt.deadlinePassed');
    const entry = parseLayout(attempt.layout).questions.find((candidate) => candidate.questionId === questionId);
    const question = entry && (await tx.question.findUnique({ where: { id: questionId }, select: { type: true, prompt: true, payload: true, archivedAt: true } }));
    const type = question && question.archivedAt === null ? questionTypeOf(question.type) : null;
    if (!entry || !question || !type) throw new AttemptRefused('attempt.questionNotInAttempt');
    const parsed = responseSchemaFor({ type, prompt: question.prompt, payload: question.payload }).safeParse(response);
    if (!parsed.success) throw new AttemptRefused('attempt.invalidResponse', parsed.error.issues[0]?.message ?? 'response.invalid');
    const stored = toStoredResponse(type, parsed.data, entry.options) as Prisma.InputJsonObject;
    const timeSpentMs = options.timeSpentMs ?? null;
    await tx.answer.upsert({
      where: { attemptId_questionId: { attemptId, questionId } },
      create: { attemptId, questionId, response: stored, answeredAt: now, timeSpentMs },
      update: { response: stored, answeredAt: now, ...(timeSpentMs === null ? {} : { timeSpentMs }) },
    });
    return { questionId, savedAt: now };
  });
}
