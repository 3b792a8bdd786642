// What the quiz-taking route handlers share: who may call them, and how a refusal becomes a status.
//   401 signedOut · 404 notFound (not yours, unknown, not a student) · 403 quiz.crossSite (a write from another site)
//   409 attempt.submitted, attempt.notSubmitted, attempt.questionNotInAttempt · 410 attempt.deadlinePassed
//   400 quiz.badJson · 422 the response schema's code (response.choiceUnknown, …) · 503 quiz.busy (retry)
import 'server-only';
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { getActor } from '../auth/current-actor.ts';
import { AttemptRefused, type AttemptRefusal } from '../data/attempts/refusals.ts';
import { SyncContention } from '../data/reviews.ts';
import { getDb, type Db } from '../db/client.ts';
import { isSameOriginRequest } from './request-origin.ts';
import { jsonError, NO_STORE } from './json-errors.ts';

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

/**
 * Runs a handler's work for a signed-in actor and answers its result as JSON (no-store), or the refusal as
 * {error: {code, message}}. Writes (`write: true`) must come from our own pages.
 */
export async function attemptRoute(
  request: Request,
  options: { write: boolean },
  work: (context: { actor: Actor; db: Db; now: Date }) => Promise<unknown>,
): Promise<Response> {
  if (options.write && !isSameOriginRequest(request.headers)) return jsonError(request, 403, 'quiz.crossSite');
  const actor = await getActor();
  if (!actor) return jsonError(request, 401, 'signedOut');
  try {
    const result = await work({ actor, db: await getDb(), now: new Date() });
    return Response.json(result, { headers: NO_STORE });
  } catch (error) {
    if (error instanceof NotFoundOrForbidden) return jsonError(request, 404, 'notFound');
    if (error instanceof AttemptRefused) {
      return jsonError(request, REFUSAL_STATUS[error.code], error.code === 'attempt.invalidResponse' && error.detail ? error.detail : error.code);
    }
    if (error instanceof SyncContention) return jsonError(request, 503, 'quiz.busy', { 'Retry-After': '1' });
    if (error instanceof BadJson) return jsonError(request, 400, 'quiz.badJson');
    throw error;
  }
}

export class BadJson extends Error {}

/** The request's JSON body; a body that is not JSON is answered 400 quiz.badJson by attemptRoute. */
export async function jsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new BadJson();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BadJson();
  }
}
