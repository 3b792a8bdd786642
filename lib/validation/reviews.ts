// The review sync protocol, shared by the browser's outbox and POST /api/reviews/sync. A batch is checked in two
// steps: the envelope as a whole (a malformed batch is refused with 400), then each item on its own, so one bad
// review is rejected with its reason while the others are stored.
import './zod-config.ts';
import { z } from 'zod';
import { RATINGS } from '../srs/scheduler.ts';
import { hasNoNul } from './fields.ts';

/** At most this many items in one request; the outbox sends larger backlogs in several. */
export const MAX_SYNC_ITEMS = 200;
/** A device clock this far ahead of the server's is wrong; the review cannot be placed in time. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;
/** Nothing was reviewed before Parta existed; an older time is a broken clock too. */
export const EARLIEST_REVIEW = new Date('2026-01-01T00:00:00Z');

const key = z.uuid();

export const syncReviewSchema = z.object({
  type: z.literal('review'),
  key,
  cardId: z.uuid(),
  rating: z.enum(RATINGS),
  reviewedAt: z.iso.datetime({ offset: true }),
  durationMs: z.number().int().min(0).max(86_400_000).nullable().optional(),
});

/** Takes back a review the student undid after it had left the device. */
export const syncUndoSchema = z.object({
  type: z.literal('undo'),
  key,
  reviewKey: key,
});

export const syncItemSchema = z.discriminatedUnion('type', [syncReviewSchema, syncUndoSchema]);

export const syncBatchSchema = z.object({
  deviceId: z.string().min(1).max(100).refine(hasNoNul),
  items: z.array(z.unknown()).min(1).max(MAX_SYNC_ITEMS),
});

export type SyncReview = z.infer<typeof syncReviewSchema>;
export type SyncUndo = z.infer<typeof syncUndoSchema>;
export type SyncItem = z.infer<typeof syncItemSchema>;

export type RejectReason =
  /** The item is not a review or an undo we can read. */
  | 'invalid'
  | 'rating-out-of-range'
  | 'time-in-future'
  | 'time-too-old'
  /** No such card, or not one of the student's: the same answer, so ids of other classes' cards stay secret. */
  | 'card-not-found'
  /** An undo of a review this student never sent. */
  | 'review-not-found'
  /** The key was used for another item. */
  | 'key-conflict';

export interface SyncResult {
  /** The item's key, or null when the item was too broken to have one. */
  key: string | null;
  status: 'stored' | 'duplicate' | 'rejected';
  reason?: RejectReason;
}

/** Why an item that is not a valid sync item was refused, for its result. */
export function rejectReasonFor(item: unknown): RejectReason {
  const result = syncItemSchema.safeParse(item);
  if (result.success) return 'invalid';
  const paths = result.error.issues.map((issue) => issue.path.join('.'));
  return paths.includes('rating') ? 'rating-out-of-range' : 'invalid';
}

export function keyOf(item: unknown): string | null {
  const found = typeof item === 'object' && item !== null ? (item as { key?: unknown }).key : undefined;
  return typeof found === 'string' && key.safeParse(found).success ? found : null;
}
