// POST /api/reviews/sync: a batch of a student's ratings (and undos) from a device's outbox, as JSON
// {"deviceId", "items": [...]} (lib/validation/reviews.ts). Answers 200 with one result per item, in order
// ({"key","status":"stored"|"duplicate"|"rejected","reason"?}) and the stored memory of each card it changed.
// Refusals of the whole batch: 403 from another site, 401 signed out, 404 not a student, 413 too large,
// 400 not a batch; 503 when another device of the student kept changing the same cards (send again); each as
// {error: {code, message}} with the message in the user's language (Errors.sync.*).
import { refitCheckDue, refitIfDue } from '../../data/fsrs-parameters.ts';
import { SyncContention, syncReviews, type SyncOutcome } from '../../data/reviews.ts';
import { isSameOriginRequest } from '../../http/request-origin.ts';
import { log } from '../../observability/log.ts';
import { syncBatchSchema } from '../../validation/reviews.ts';
import { errorReply, jsonReply } from '../replies.ts';
import type { FastEndpoint } from '../types.ts';

/** Generous for MAX_SYNC_ITEMS reviews of ~200 bytes each. */
const MAX_BODY_BYTES = 256 * 1024;

export const reviewSync: FastEndpoint = {
  method: 'POST',
  path: '/api/reviews/sync',
  async handle(request, { db, now, actor: actorOf }) {
    if (!isSameOriginRequest(request.headers)) return errorReply(request, 403, 'sync.crossSite');
    const actor = await actorOf();
    if (!actor) return errorReply(request, 401, 'signedOut');
    if (actor.role !== 'STUDENT') return errorReply(request, 404, 'notFound');

    if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return errorReply(request, 413, 'sync.tooLarge');
    const text = await request.body(MAX_BODY_BYTES);
    if (text === null) return errorReply(request, 413, 'sync.tooLarge');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return errorReply(request, 400, 'sync.badJson');
    }
    const batch = syncBatchSchema.safeParse(body);
    if (!batch.success) return errorReply(request, 400, 'sync.badBatch');
    let outcome: SyncOutcome;
    try {
      outcome = await syncReviews(db, actor, batch.data, now);
    } catch (error) {
      if (!(error instanceof SyncContention)) throw error;
      return errorReply(request, 503, 'sync.busy', { 'Retry-After': '1' });
    }
    const reply = jsonReply(outcome);
    // With enough reviews, fit the student's own FSRS weights: after the answer has gone, so it never slows a sync.
    const stored = outcome.results.filter((result) => result.status === 'stored').length;
    if (stored > 0 && refitCheckDue(actor.id, stored)) {
      reply.after = () => refitIfDue(db, actor.id, new Date()).catch((error: unknown) => log.error('Fitting FSRS weights failed', { requestId: request.requestId, error }));
    }
    return reply;
  },
};
