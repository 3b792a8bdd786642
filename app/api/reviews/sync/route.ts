// POST /api/reviews/sync: a batch of a student's ratings (and undos) from a device's outbox, as JSON
// {"deviceId", "items": [...]} (lib/validation/reviews.ts). Answers 200 with one result per item, in order
// ({"key","status":"stored"|"duplicate"|"rejected","reason"?}) and the stored memory of each card it changed.
// Refusals of the whole batch: 403 from another site, 401 signed out, 404 not a student, 413 too large,
// 400 not a batch; 503 when another device of the student kept changing the same cards (send again). Nothing is cached: each answer is about this student's data.
import { after } from 'next/server';
import { getActor } from '@/lib/auth/current-actor';
import { refitCheckDue, refitIfDue } from '@/lib/data/fsrs-parameters';
import { SyncContention, syncReviews, type SyncOutcome } from '@/lib/data/reviews';
import { getDb } from '@/lib/db/client';
import { isSameOriginRequest } from '@/lib/http/request-origin';
import { MAX_SYNC_ITEMS, syncBatchSchema } from '@/lib/validation/reviews';
import { loggedRoute } from '@/lib/http/logged-route';
import { log } from '@/lib/observability/log';
import { requestIdOf } from '@/lib/observability/request-id';

export const dynamic = 'force-dynamic';

/** Generous for MAX_SYNC_ITEMS reviews of ~200 bytes each. */
const MAX_BODY_BYTES = 256 * 1024;

const NO_STORE = { 'Cache-Control': 'no-store' };

function errorResponse(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: NO_STORE });
}

export const POST = loggedRoute(async function POST(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request.headers)) return errorResponse(403, 'sync.crossSite', 'Requests from other sites are refused.');
  const actor = await getActor();
  if (!actor) return errorResponse(401, 'signedOut', 'Sign in first; your reviews stay on this device until you do.');
  if (actor.role !== 'STUDENT') return errorResponse(404, 'notFound', 'Not found.');

  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    return errorResponse(413, 'sync.tooLarge', `Send at most ${MAX_SYNC_ITEMS} reviews at a time.`);
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return errorResponse(413, 'sync.tooLarge', `Send at most ${MAX_SYNC_ITEMS} reviews at a time.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return errorResponse(400, 'sync.badJson', 'The body must be JSON: {"deviceId": "...", "items": [...]}.');
  }
  const batch = syncBatchSchema.safeParse(body);
  if (!batch.success) {
    return errorResponse(400, 'sync.badBatch', `Send {"deviceId": "...", "items": [...]} with 1 to ${MAX_SYNC_ITEMS} items.`);
  }
  const db = await getDb();
  let outcome: SyncOutcome;
  try {
    outcome = await syncReviews(db, actor, batch.data, new Date());
  } catch (error) {
    if (!(error instanceof SyncContention)) throw error;
    return Response.json({ error: { code: 'sync.busy', message: error.message } }, { status: 503, headers: { ...NO_STORE, 'Retry-After': '1' } });
  }
  // With enough reviews, fit the student's own FSRS weights: after the answer has gone, so it never slows a sync.
  const stored = outcome.results.filter((result) => result.status === 'stored').length;
  if (stored > 0 && refitCheckDue(actor.id, stored)) {
    after(() => refitIfDue(db, actor.id, new Date()).catch((error: unknown) => log.error('Fitting FSRS weights failed', { requestId: requestIdOf(request.headers), error })));
  }
  return Response.json(outcome, { headers: NO_STORE });
});
