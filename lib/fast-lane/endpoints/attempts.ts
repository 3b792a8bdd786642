// The taking screen's endpoints (components/quiz/TakingSession.tsx and its outbox):
//   GET  /api/attempts/<id>: the student's own attempt (lib/data/attempts AttemptView: questions in their order
//        with what a student may see, saved responses, deadlineAt and serverNow); reading an open attempt past its
//        deadline submits it.
//   PUT  /api/attempts/<id>/answers: what the outbox had waiting, {"answers": [{"questionId", "response",
//        "timeSpentMs"?}, …]} (1 to 100). 200 {results: [{questionId, status: "saved"} | {questionId, status:
//        "refused", code, message}], savedAt}: an answer naming a question not in the attempt or not fitting its
//        question is refused alone.
//   PUT  /api/attempts/<id>/answers/<questionId>: one answer, {"response": …, "timeSpentMs"?: n}. 200 {questionId,
//        savedAt}; 409 attempt.questionNotInAttempt; 422 the response schema's code.
//   POST /api/attempts/<id>/submit: submits; a second submit answers the same with alreadySubmitted: true. The score
//        is never in it (results follow the results policy).
//   POST /api/assignments/<id>/attempts: starts (or resumes) the student's attempt: {attemptId, …}; 409
//        attempt.notOpen, attempt.closed, attempt.noAttemptsLeft.
// Statuses shared by all: attempt-endpoint.ts. Responses are in the shown positions of GET (lib/validation/responses.ts).
import { attemptForStudent, saveAnswer, saveAnswers, startAttempt, submitAttemptFeedingLater } from '../../data/attempts.ts';
import { errorMessage } from '../../http/json-errors.ts';
import { oneAtATime } from '../../jobs/one-at-a-time.ts';
import { log } from '../../observability/log.ts';
import { answerBatchSchema } from '../../validation/taking.ts';
import type { FastEndpoint } from '../types.ts';
import { attemptReply, BadJson, jsonBody } from './attempt-endpoint.ts';

/** Fifty answers of ten blanks of 300 characters fit. */
const MAX_BATCH_BODY_BYTES = 256 * 1024;
/** Far above any response (ten blanks of 300 characters). */
const MAX_ANSWER_BODY_BYTES = 16 * 1024;
/** A day: longer is a clock gone wrong, not time spent on a question. */
const MAX_TIME_SPENT_MS = 86_400_000;

export const readAttempt: FastEndpoint = {
  method: 'GET',
  path: '/api/attempts/:attemptId',
  handle: (request, context) => attemptReply(request, context, { write: false }, ({ actor, db, now }) => attemptForStudent(db, actor, request.params.attemptId!, now)),
};

export const saveAnswerBatch: FastEndpoint = {
  method: 'PUT',
  path: '/api/attempts/:attemptId/answers',
  handle: (request, context) =>
    attemptReply(request, context, { write: true }, async ({ actor, db, now }) => {
      const parsed = answerBatchSchema.safeParse(await jsonBody(request, MAX_BATCH_BODY_BYTES));
      if (!parsed.success) throw new BadJson();
      const batch = parsed.data.answers.map(({ questionId, response, timeSpentMs }) => ({ questionId, response, timeSpentMs: timeSpentMs ?? null }));
      const { results, savedAt } = await saveAnswers(db, actor, request.params.attemptId!, batch, now);
      return {
        savedAt,
        results: await Promise.all(
          results.map(async (result) => {
            if (result.status === 'saved') return result;
            const code = result.code === 'attempt.invalidResponse' ? result.detail : result.code;
            return { questionId: result.questionId, status: result.status, code, message: await errorMessage(request, code) };
          }),
        ),
      };
    }),
};

export const saveOneAnswer: FastEndpoint = {
  method: 'PUT',
  path: '/api/attempts/:attemptId/answers/:questionId',
  handle: (request, context) =>
    attemptReply(request, context, { write: true }, async ({ actor, db, now }) => {
      const body = (await jsonBody(request, MAX_ANSWER_BODY_BYTES)) as { response?: unknown; timeSpentMs?: unknown } | null;
      const spent = body?.timeSpentMs;
      const timeSpentMs = typeof spent === 'number' && Number.isInteger(spent) && spent >= 0 && spent <= MAX_TIME_SPENT_MS ? spent : null;
      return saveAnswer(db, actor, request.params.attemptId!, request.params.questionId!, body?.response, now, { timeSpentMs });
    }),
};

/**
 * Submissions' memory feeds, after their answers have gone. One at a time: at the bell a class submits within a
 * second, and two thousand feeds at once would queue every answer and submit behind them for database connections.
 */
const memoryFeeds = oneAtATime();

export const submitOwnAttempt: FastEndpoint = {
  method: 'POST',
  path: '/api/attempts/:attemptId/submit',
  handle: async (request, context) => {
    let feedMemory: (() => Promise<number>) | undefined;
    const reply = await attemptReply(request, context, { write: true }, async ({ actor, db, now }) => {
      const { submitted, feedMemory: feed } = await submitAttemptFeedingLater(db, actor, request.params.attemptId!, now);
      feedMemory = feed;
      return submitted;
    });
    if (!feedMemory) return reply;
    const feed = feedMemory;
    return {
      ...reply,
      // A failed feed is done again by feedWaitingAttempts (the student's next read, or the server's timer).
      after: () => memoryFeeds.run(feed).catch((error: unknown) => log.error('Feeding the answers of an attempt to memory failed', { requestId: request.requestId, attemptId: request.params.attemptId, error })),
    };
  },
};

export const startOwnAttempt: FastEndpoint = {
  method: 'POST',
  path: '/api/assignments/:assignmentId/attempts',
  handle: (request, context) => attemptReply(request, context, { write: true }, ({ actor, db, now }) => startAttempt(db, actor, request.params.assignmentId!, now)),
};
