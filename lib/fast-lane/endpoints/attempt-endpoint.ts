// What the quiz-taking endpoints share: who may call them, and how a refusal becomes a status.
//   401 signedOut · 404 notFound (not yours, unknown, not a student) · 403 quiz.crossSite (a write from another site)
//   409 attempt.submitted, attempt.notSubmitted, attempt.questionNotInAttempt, attempt.notOpen, attempt.closed,
//   attempt.noAttemptsLeft · 410 attempt.deadlinePassed · 400 quiz.badJson · 422 the response schema's code
//   (response.choiceUnknown, …) · 503 quiz.busy (retry)
import { NotFoundOrForbidden, type Actor } from '../../access/actor.ts';
import { AttemptRefused, type AttemptRefusal } from '../../data/attempts/refusals.ts';
import { SyncContention } from '../../data/reviews.ts';
import type { Db } from '../../db/client.ts';
import { isSameOriginRequest } from '../../http/request-origin.ts';
import { errorReply, jsonReply } from '../replies.ts';
import type { FastContext, FastReply, FastRequest } from '../types.ts';

const REFUSAL_STATUS: Record<AttemptRefusal, number> = {
  'attempt.notOpen': 409,
  'attempt.closed': 409,
  'attempt.noAttemptsLeft': 409,
  'attempt.submitted': 409,
  'attempt.notSubmitted': 409,
  'attempt.questionNotInAttempt': 409,
  'attempt.deadlinePassed': 410,
  'attempt.invalidResponse': 422,
};

export class BadJson extends Error {}

/**
 * Runs an endpoint's work for a signed-in actor and answers its result as JSON, or the refusal as
 * {error: {code, message}}. Writes (`write: true`) must come from our own pages.
 */
export async function attemptReply(
  request: FastRequest,
  context: FastContext,
  options: { write: boolean },
  work: (context: { actor: Actor; db: Db; now: Date }) => Promise<unknown>,
): Promise<FastReply> {
  if (options.write && !isSameOriginRequest(request.headers)) return errorReply(request, 403, 'quiz.crossSite');
  const actor = await context.actor();
  if (!actor) return errorReply(request, 401, 'signedOut');
  try {
    return jsonReply(await work({ actor, db: context.db, now: context.now }));
  } catch (error) {
    if (error instanceof NotFoundOrForbidden) return errorReply(request, 404, 'notFound');
    if (error instanceof AttemptRefused) {
      return errorReply(request, REFUSAL_STATUS[error.code], error.code === 'attempt.invalidResponse' && error.detail ? error.detail : error.code);
    }
    if (error instanceof SyncContention) return errorReply(request, 503, 'quiz.busy', { 'Retry-After': '1' });
    if (error instanceof BadJson) return errorReply(request, 400, 'quiz.badJson');
    throw error;
  }
}

/** The request's JSON body; a body that is not JSON, or is longer than maxBytes, is answered 400 quiz.badJson. */
export async function jsonBody(request: FastRequest, maxBytes: number): Promise<unknown> {
  const text = await request.body(maxBytes);
  if (text === null) throw new BadJson();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BadJson();
  }
}
