// Which of a batch of autosaved answers to store, and how: pure, so the rules are tested without a database.
// The batch is what the taking screen's outbox had waiting (one answer per question, newest wins); the attempt is
// as read from the database just before. Refusals of the whole attempt (submitted, past the deadline) refuse the
// batch; an answer that does not fit its question is refused alone, and the others are stored.
import { inTime } from './attempt-timing.ts';
import { parseLayout, toStoredResponse } from './layout.ts';
import { questionTypeOf, type QuestionType } from '../validation/questions.ts';
import { responseSchemaFor, type QuestionResponse } from '../validation/responses.ts';

export interface AnswerInput {
  questionId: string;
  /** In the positions the student was shown (lib/quiz/layout.ts). */
  response: unknown;
  timeSpentMs: number | null;
}

export interface AttemptForAnswers {
  status: 'IN_PROGRESS' | 'SUBMITTED';
  deadlineAt: Date | null;
  layout: unknown;
  /** The stored questions the batch names, by id (those that do not exist are missing). */
  questions: ReadonlyMap<string, { type: string; prompt: string; payload: unknown; archivedAt: Date | null }>;
}

export type AnswerVerdict =
  | { questionId: string; status: 'saved' }
  | { questionId: string; status: 'refused'; code: 'attempt.questionNotInAttempt' }
  | { questionId: string; status: 'refused'; code: 'attempt.invalidResponse'; detail: string };

export interface AnswerWrite {
  questionId: string;
  /** In stored positions, as grading reads it. */
  stored: QuestionResponse<QuestionType>;
  timeSpentMs: number | null;
}

export type AnswerPlan =
  | { refusal: 'attempt.submitted' | 'attempt.deadlinePassed' }
  | { refusal: null; writes: AnswerWrite[]; verdicts: AnswerVerdict[] };

export function planAnswers(attempt: AttemptForAnswers, batch: readonly AnswerInput[], now: Date): AnswerPlan {
  if (attempt.status === 'SUBMITTED') return { refusal: 'attempt.submitted' };
  if (!inTime(attempt.deadlineAt, now)) return { refusal: 'attempt.deadlinePassed' };
  const entries = new Map(parseLayout(attempt.layout).questions.map((entry) => [entry.questionId, entry]));
  // A question named twice keeps its last answer, as the outbox would have.
  const newest = new Map(batch.map((input) => [input.questionId, input]));
  const writes: AnswerWrite[] = [];
  const verdicts = [...newest.values()].map((input): AnswerVerdict => {
    const { questionId } = input;
    const entry = entries.get(questionId);
    const question = attempt.questions.get(questionId);
    const type = entry && question && question.archivedAt === null ? questionTypeOf(question.type) : null;
    if (!entry || !question || !type) return { questionId, status: 'refused', code: 'attempt.questionNotInAttempt' };
    const parsed = responseSchemaFor({ type, prompt: question.prompt, payload: question.payload }).safeParse(input.response);
    if (!parsed.success) return { questionId, status: 'refused', code: 'attempt.invalidResponse', detail: parsed.error.issues[0]?.message ?? 'response.invalid' };
    writes.push({ questionId, stored: toStoredResponse(type, parsed.data, entry.options), timeSpentMs: input.timeSpentMs });
    return { questionId, status: 'saved' };
  });
  return { refusal: null, writes, verdicts };
}
