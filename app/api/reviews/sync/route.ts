// POST /api/reviews/sync: a batch of a student's ratings (and undos) from a device's outbox, as JSON
// {"deviceId", "items": [...]} (lib/validation/reviews.ts). Answers 200 with one result per item, in order
// ({"key","status":"stored"|"duplicate"|"rejected","reason"?}) and the stored memory of each card it changed.
// Refusals of the whole batch: 403 from another site, 401 signed out, 404 not a student, 413 too large,
// 400 not a batch; 503 when another device of the student kept changing the same cards (send again); each as
// {error: {code, message}} with the message in the user's language (Errors.sync.*). Nothing is cached: each
// answer is about this student's data.
import { after } from 'next/server';
import { getActor } from '@/lib/auth/current-actor';
import { refitCheckDue, refitIfDue } from '@/lib/data/fsrs-parameters';
import { SyncContention, syncReviews, type SyncOutcome } from '@/lib/data/reviews';
import { getDb } from '@/lib/db/client';
import { jsonError, NO_STORE } from '@/lib/http/json-errors';
import { isSameOriginRequest } from '@/lib/http/request-origin';
import { syncBatchSchema } from '@/lib/validation/reviews';
import { loggedRoute } from '@/lib/http/logged-route';
import { log } from '@/lib/observability/log';
import { requestIdOf } from '@/lib/observability/request-id';

export const dynamic = 'force-dynamic';

/** Generous for MAX_SYNC_ITEMS reviews of ~200 bytes each. */
const MAX_BODY_BYTES = 256 * 1024;

export const POST = loggedRoute(async function POST(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request.headers)) return jsonError(request, 403, 'sync.crossSite');
  const actor = await getActor();
  if (!actor) return jsonError(request, 401, 'signedOut');
  if (actor.role !== 'STUDENT') return jsonError(request, 404, 'notFound');

  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    return jsonError(request, 413, 'sync.tooLarge');
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return jsonError(request, 413, 'sync.tooLarge');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return jsonError(request, 400, 'sync.badJson');
  }
  const batch = syncBatchSchema.safeParse(body);
  if (!batch.success) {
    return jsonError(request, 400, 'sync.badBatch');
  }
  const db = await getDb();
  let outcome: SyncOutcome;
  try {
    outcome = await syncReviews(db, actor, batch.data, new Date());
  } catch (error) {
    if (!(error instanceof SyncContention)) throw error;
    return jsonError(request, 503, 'sync.busy', { 'Retry-After': '1' });
  }
  // With enough reviews, fit the student's own FSRS weights: after the answer has gone, so it never slows a sync.
  const stored = outcome.results.filter((result) => result.status === 'stored').length;
  if (stored > 0 && refitCheckDue(actor.id, stored)) {
    after(() => refitIfDue(db, actor.id, new Date()).catch((error: unknown) => log.error('Fitting FSRS weights failed', { requestId: requestIdOf(request.headers), error })));
  }
  return Response.json(outcome, { headers: NO_STORE });
});
