// What a sync batch does to a student's stored reviews, worked out without touching the database: given what
// the database holds about the batch's cards and keys (a snapshot), each item gets its answer (stored, duplicate,
// rejected with a reason) and the batch becomes a list of writes: review logs to add, earlier reviews to mark
// undone, and each touched card's new memory. lib/data/reviews.ts reads the snapshot and applies the writes in
// one statement; keeping the rules here keeps them testable and the database round trips few.
import {
  EARLIEST_REVIEW,
  MAX_CLOCK_AHEAD_MS,
  keyOf,
  rejectReasonFor,
  syncItemSchema,
  type RejectReason,
  type SyncItem,
  type SyncResult,
  type SyncReview,
} from '../validation/reviews.ts';
import { replayReviews, type ReviewEvent } from './replay.ts';
import { DEFAULT_SETTINGS, newMemory, reviewCard, type Memory, type ReviewOutcome, type SchedulerSettings } from './scheduler.ts';

/** What the database says about one batch's cards and keys, read in one go before anything is written. */
export interface BatchSnapshot {
  /** The batch's cards that the student may review now: deck, and the desired retention of their class. */
  reviewable: ReadonlyMap<string, { deckId: string; retention: number }>;
  /** Stored memories of the batch's cards, each with the version it had when read. */
  states: ReadonlyMap<string, { memory: Memory; version: string }>;
  /** Who used each of the batch's review keys before (a key is used once, by one student). */
  keyOwners: ReadonlyMap<string, string>;
  /** The student's own reviews that the batch's undos name, by review key. */
  undoTargets: ReadonlyMap<string, { id: string; cardId: string; undone: boolean }>;
  /** Each card's stored reviews that count (not undone), for the cards cardsToReplay names. */
  events: ReadonlyMap<string, readonly ReviewEvent[]>;
  /** The student's own FSRS weights, or null for the defaults. */
  weights: readonly number[] | null;
}

export interface NewReviewLog extends ReviewOutcome {
  id: string;
  cardId: string;
  deckId: string;
  key: string;
  durationMs: number | null;
  /** Set when the same batch undid the review. */
  undoneAt: Date | null;
}

export interface CardMemoryWrite {
  cardId: string;
  memory: Memory;
  /** The version the stored memory had when read, or null when the card had none: the write must find it so. */
  version: string | null;
}

export interface BatchPlan {
  results: SyncResult[];
  newLogs: NewReviewLog[];
  /** Ids of stored reviews to mark undone. */
  undoLogIds: string[];
  memories: CardMemoryWrite[];
}

export interface ParsedItem {
  raw: unknown;
  item: SyncItem | null;
}

export function parseBatchItems(items: readonly unknown[]): ParsedItem[] {
  return items.map((raw) => {
    const parsed = syncItemSchema.safeParse(raw);
    return { raw, item: parsed.success ? parsed.data : null };
  });
}

/** What to read for a batch: its cards, its review keys, and the review keys its undos name. */
export function batchLookups(items: readonly ParsedItem[]) {
  const reviews = items.flatMap(({ item }) => (item?.type === 'review' ? [item] : []));
  return {
    cardIds: [...new Set(reviews.map((review) => review.cardId))],
    reviewKeys: [...new Set(reviews.map((review) => review.key))],
    undoneKeys: [...new Set(items.flatMap(({ item }) => (item?.type === 'undo' ? [item.reviewKey] : [])))],
  };
}

/**
 * Cards whose stored review log the plan needs (replay is needed only then): cards an undo names, and cards
 * the batch reviews at a time before their latest review (stored, or earlier in the batch).
 */
export function cardsToReplay(items: readonly ParsedItem[], snapshot: Pick<BatchSnapshot, 'states' | 'undoTargets'>): string[] {
  const cards = new Set<string>();
  const latest = new Map<string, number>();
  const cardOfKey = new Map<string, string>();
  for (const { item } of items) {
    if (item?.type === 'review') {
      const at = Date.parse(item.reviewedAt);
      const before = latest.get(item.cardId) ?? snapshot.states.get(item.cardId)?.memory.lastReview?.getTime() ?? -Infinity;
      if (at < before) cards.add(item.cardId);
      latest.set(item.cardId, Math.max(at, before));
      cardOfKey.set(item.key, item.cardId);
    } else if (item?.type === 'undo') {
      const cardId = snapshot.undoTargets.get(item.reviewKey)?.cardId ?? cardOfKey.get(item.reviewKey);
      if (cardId) cards.add(cardId);
    }
  }
  return [...cards];
}

/**
 * The answers and writes for a batch, item by item in order, as if each were applied before the next.
 * `newId` makes ids for new rows.
 */
export function planReviewBatch(studentId: string, items: readonly ParsedItem[], snapshot: BatchSnapshot, now: Date, newId: () => string): BatchPlan {
  const settingsFor = (cardId: string): SchedulerSettings => ({
    ...DEFAULT_SETTINGS,
    desiredRetention: snapshot.reviewable.get(cardId)?.retention ?? DEFAULT_SETTINGS.desiredRetention,
    ...(snapshot.weights ? { weights: snapshot.weights } : {}),
  });
  const keyOwners = new Map(snapshot.keyOwners);
  const memories = new Map<string, Memory>();
  const newLogs: NewReviewLog[] = [];
  const undoLogIds: string[] = [];
  const undoneStored = new Set<string>();

  const memoryOf = (cardId: string) => memories.get(cardId) ?? snapshot.states.get(cardId)?.memory ?? newMemory(now);
  /** The card's reviews that count now: stored ones not undone, and this batch's. */
  const eventsOf = (cardId: string): ReviewEvent[] => {
    const stored = snapshot.events.get(cardId);
    if (!stored) throw new Error(`planReviewBatch: the log of card ${cardId} was not read (cardsToReplay names it)`);
    const fromBatch = newLogs.filter((log) => log.cardId === cardId && log.undoneAt === null);
    return [
      ...stored.filter((event) => !undoneStored.has(event.key)),
      ...fromBatch.map((log) => ({ key: log.key, rating: log.rating, reviewedAt: log.reviewedAt })),
    ];
  };

  const store = (review: SyncReview, deckId: string): void => {
    const reviewedAt = new Date(review.reviewedAt);
    const settings = settingsFor(review.cardId);
    const current = memoryOf(review.cardId);
    let outcome: ReviewOutcome;
    if (current.lastReview === null || reviewedAt >= current.lastReview) {
      const next = reviewCard(current, review.rating, reviewedAt, settings);
      outcome = next.outcome;
      memories.set(review.cardId, next.memory);
    } else {
      // Reviewed before the card's latest review, on a device that was offline: put it in its place in time.
      const events = [...eventsOf(review.cardId), { key: review.key, rating: review.rating, reviewedAt }];
      const earlier = events.filter((event) => event.reviewedAt < reviewedAt || (+event.reviewedAt === +reviewedAt && event.key < review.key));
      outcome = reviewCard(replayReviews(earlier, reviewedAt, settings), review.rating, reviewedAt, settings).outcome;
      memories.set(review.cardId, replayReviews(events, reviewedAt, settings));
    }
    newLogs.push({ ...outcome, id: newId(), cardId: review.cardId, deckId, key: review.key, durationMs: review.durationMs ?? null, undoneAt: null });
    keyOwners.set(review.key, studentId);
  };

  const undo = (reviewKey: string, undoKey: string): SyncResult => {
    const inBatch = newLogs.find((log) => log.key === reviewKey);
    const stored = snapshot.undoTargets.get(reviewKey);
    let cardId: string;
    if (inBatch) {
      if (inBatch.undoneAt) return { key: undoKey, status: 'duplicate' };
      inBatch.undoneAt = now;
      cardId = inBatch.cardId;
    } else if (stored) {
      if (stored.undone || undoneStored.has(reviewKey)) return { key: undoKey, status: 'duplicate' };
      undoneStored.add(reviewKey);
      undoLogIds.push(stored.id);
      cardId = stored.cardId;
    } else {
      return rejected(undoKey, 'review-not-found');
    }
    const events = eventsOf(cardId);
    memories.set(cardId, events.length === 0 ? newMemory(now) : replayReviews(events, events[0]!.reviewedAt, settingsFor(cardId)));
    return { key: undoKey, status: 'stored' };
  };

  const results: SyncResult[] = [];
  for (const { raw, item } of items) {
    if (!item) {
      results.push(rejected(keyOf(raw), rejectReasonFor(raw)));
    } else if (item.type === 'undo') {
      results.push(undo(item.reviewKey, item.key));
    } else {
      const owner = keyOwners.get(item.key);
      const card = snapshot.reviewable.get(item.cardId);
      const refusal = owner === undefined ? refusalFor(item, card !== undefined, now) : null;
      if (owner === studentId) results.push({ key: item.key, status: 'duplicate' });
      else if (owner !== undefined) results.push(rejected(item.key, 'key-conflict'));
      else if (refusal || !card) results.push(rejected(item.key, refusal ?? 'card-not-found'));
      else {
        store(item, card.deckId);
        results.push({ key: item.key, status: 'stored' });
      }
    }
  }
  return {
    results,
    newLogs,
    undoLogIds,
    memories: [...memories].map(([cardId, memory]) => ({ cardId, memory, version: snapshot.states.get(cardId)?.version ?? null })),
  };
}

function rejected(key: string | null, reason: RejectReason): SyncResult {
  return { key, status: 'rejected', reason };
}

/** Why a well-formed review cannot be stored, or null if it can. */
function refusalFor(review: SyncReview, reviewable: boolean, now: Date): RejectReason | null {
  if (!reviewable) return 'card-not-found';
  const at = Date.parse(review.reviewedAt);
  if (at > now.getTime() + MAX_CLOCK_AHEAD_MS) return 'time-in-future';
  if (at < EARLIEST_REVIEW.getTime()) return 'time-too-old';
  return null;
}
