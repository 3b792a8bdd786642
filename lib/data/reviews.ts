// Storing a student's reviews as their devices send them. Each review is applied exactly once (its key makes a
// re-sent copy a no-op), in the order sent, in one transaction per batch that also serialises the student's
// devices; every item gets an answer: stored, duplicate, or rejected with a reason. A review older than the
// card's last one (another device was offline) is placed by replaying the card's whole log in time order.
import type { Db } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { requireStudent } from '../access/guards.ts';
import { memoryToJson, type MemoryJson } from '../srs/memory-json.ts';
import { replayReviews, type ReviewEvent } from '../srs/replay.ts';
import { DEFAULT_SETTINGS, newMemory, reviewCard, type Memory, type ReviewOutcome, type SchedulerSettings } from '../srs/scheduler.ts';
import {
  EARLIEST_REVIEW,
  MAX_CLOCK_AHEAD_MS,
  keyOf,
  rejectReasonFor,
  syncItemSchema,
  type RejectReason,
  type SyncResult,
  type SyncReview,
  type SyncUndo,
} from '../validation/reviews.ts';
import { memoryOf } from './study-queue.ts';
import { personalWeights } from './fsrs-parameters.ts';
import { inTransaction, lockFor, type Tx } from './transaction.ts';

export interface SyncOutcome {
  results: SyncResult[];
  /** The stored memory of every card the batch changed, for the device to adopt. */
  cards: { cardId: string; memory: MemoryJson }[];
}

interface CardContext {
  deckId: string;
  settings: SchedulerSettings;
}

export async function syncReviews(db: Db, actor: Actor, batch: { deviceId: string; items: readonly unknown[] }, now: Date): Promise<SyncOutcome> {
  requireStudent(actor);
  return inTransaction(db, async (tx) => {
    // Two devices of one student syncing at once take turns: each sees the other's reviews before it replays.
    await lockFor(tx, `reviews\n${actor.id}`);
    const items = batch.items.map((item) => ({ raw: item, parsed: syncItemSchema.safeParse(item) }));
    const reviews = items.flatMap(({ parsed }) => (parsed.success && parsed.data.type === 'review' ? [parsed.data] : []));
    // One after another: a transaction is one connection, which answers one query at a time anyway.
    const cards = await reviewableCards(tx, actor.id, reviews.map((review) => review.cardId), now);
    const weights = await personalWeights(tx, actor.id);
    const known = await tx.reviewLog.findMany({
      where: { idempotencyKey: { in: reviews.map((review) => review.key) } },
      select: { idempotencyKey: true, studentId: true },
    });
    const settingsWith = (retention = DEFAULT_SETTINGS.desiredRetention): SchedulerSettings => ({
      ...DEFAULT_SETTINGS,
      desiredRetention: retention,
      ...(weights ? { weights } : {}),
    });
    const contextOf = new Map<string, CardContext>(cards.map((card) => [card.id, { deckId: card.deckId, settings: settingsWith(card.retention) }]));
    /** A card's settings; for an undo of a card not reviewed in this batch, looked up then. */
    const settingsFor = async (cardId: string) =>
      contextOf.get(cardId)?.settings ?? settingsWith((await reviewableCards(tx, actor.id, [cardId], now))[0]?.retention);
    const usedKeys = new Map(known.map((log) => [log.idempotencyKey, log.studentId]));
    const memories = new Map<string, Memory>();
    const writer = new ReviewWriter(tx, actor.id, batch.deviceId, now, memories);

    const results: SyncResult[] = [];
    for (const { raw, parsed } of items) {
      if (!parsed.success) {
        results.push(rejected(keyOf(raw), rejectReasonFor(raw)));
      } else if (parsed.data.type === 'review') {
        const review = parsed.data;
        const owner = usedKeys.get(review.key);
        const refusal = owner !== undefined ? null : refusalFor(review, contextOf.get(review.cardId), now);
        if (owner === actor.id) results.push({ key: review.key, status: 'duplicate' });
        else if (owner !== undefined) results.push(rejected(review.key, 'key-conflict'));
        else if (refusal) results.push(rejected(review.key, refusal));
        else {
          await writer.store(review, contextOf.get(review.cardId)!);
          usedKeys.set(review.key, actor.id);
          results.push({ key: review.key, status: 'stored' });
        }
      } else {
        results.push(await writer.undo(parsed.data, settingsFor));
      }
    }
    await writer.saveMemories();
    return { results, cards: [...memories].map(([cardId, memory]) => ({ cardId, memory: memoryToJson(memory) })) };
  });
}

/**
 * Of the given cards, those the student may review now, each with its deck and desired retention: one query for
 * what studyScopeFor answers deck by deck (a published deck assigned, open, to a current class of theirs; the
 * strictest class's retention).
 */
async function reviewableCards(tx: Tx, studentId: string, cardIds: readonly string[], now: Date) {
  if (cardIds.length === 0) return [];
  return tx.$queryRaw<{ id: string; deckId: string; retention: number }[]>`
    SELECT c."id"::text AS "id", c."deckId"::text AS "deckId", max(k."desiredRetention") AS "retention"
    FROM "Card" c
    JOIN "Deck" d ON d."id" = c."deckId" AND d."publishedAt" IS NOT NULL AND d."archivedAt" IS NULL
    JOIN "Assignment" a ON a."deckId" = d."id" AND a."kind" = 'DECK' AND a."opensAt" <= ${now}
    JOIN "Class" k ON k."id" = a."classId" AND k."archivedAt" IS NULL
    JOIN "Enrollment" e ON e."classId" = k."id" AND e."studentId" = ${studentId}::uuid
    WHERE c."id" = ANY(${[...new Set(cardIds)]}::uuid[]) AND c."archivedAt" IS NULL
    GROUP BY c."id", c."deckId"`;
}

function rejected(key: string | null, reason: RejectReason): SyncResult {
  return { key, status: 'rejected', reason };
}

/** Why a well-formed review cannot be stored, or null if it can. */
function refusalFor(review: SyncReview, context: CardContext | undefined, now: Date): RejectReason | null {
  if (!context) return 'card-not-found';
  const at = new Date(review.reviewedAt).getTime();
  if (at > now.getTime() + MAX_CLOCK_AHEAD_MS) return 'time-in-future';
  if (at < EARLIEST_REVIEW.getTime()) return 'time-too-old';
  return null;
}

/** Writes review logs and keeps each touched card's memory up to date until the batch ends. */
class ReviewWriter {
  constructor(
    private readonly tx: Tx,
    private readonly studentId: string,
    private readonly deviceId: string,
    private readonly now: Date,
    private readonly memories: Map<string, Memory>,
  ) {}

  async store(review: SyncReview, context: CardContext): Promise<void> {
    const reviewedAt = new Date(review.reviewedAt);
    const current = await this.memoryOf(review.cardId);
    let outcome: ReviewOutcome;
    if (current.lastReview === null || reviewedAt >= current.lastReview) {
      const next = reviewCard(current, review.rating, reviewedAt, context.settings);
      outcome = next.outcome;
      this.memories.set(review.cardId, next.memory);
    } else {
      // Reviewed before the card's latest review, on a device that was offline: put it in its place in time.
      const events = [...(await this.loggedEvents(review.cardId)), { key: review.key, rating: review.rating, reviewedAt }];
      const before = replayReviews(events.filter((event) => event.reviewedAt < reviewedAt || (+event.reviewedAt === +reviewedAt && event.key < review.key)), reviewedAt, context.settings);
      outcome = reviewCard(before, review.rating, reviewedAt, context.settings).outcome;
      this.memories.set(review.cardId, replayReviews(events, reviewedAt, context.settings));
    }
    await this.tx.reviewLog.create({
      data: {
        studentId: this.studentId,
        cardId: review.cardId,
        deckId: context.deckId,
        ...outcome,
        durationMs: review.durationMs ?? null,
        idempotencyKey: review.key,
        deviceId: this.deviceId,
        receivedAt: this.now,
      },
    });
  }

  async undo(undo: SyncUndo, settingsFor: (cardId: string) => Promise<SchedulerSettings>): Promise<SyncResult> {
    const log = await this.tx.reviewLog.findFirst({
      where: { idempotencyKey: undo.reviewKey, studentId: this.studentId },
      select: { id: true, cardId: true, deckId: true, undoneAt: true },
    });
    if (!log) return rejected(undo.key, 'review-not-found');
    if (log.undoneAt) return { key: undo.key, status: 'duplicate' };
    await this.tx.reviewLog.update({ where: { id: log.id }, data: { undoneAt: this.now } });
    const settings = await settingsFor(log.cardId);
    const events = await this.loggedEvents(log.cardId);
    this.memories.set(log.cardId, events.length === 0 ? newMemory(this.now) : replayReviews(events, events[0]!.reviewedAt, settings));
    return { key: undo.key, status: 'stored' };
  }

  async saveMemories(): Promise<void> {
    for (const [cardId, memory] of this.memories) {
      await this.tx.cardState.upsert({
        where: { studentId_cardId: { studentId: this.studentId, cardId } },
        create: { studentId: this.studentId, cardId, ...memory },
        update: memory,
      });
    }
  }

  private async memoryOf(cardId: string): Promise<Memory> {
    const known = this.memories.get(cardId);
    if (known) return known;
    const row = await this.tx.cardState.findUnique({ where: { studentId_cardId: { studentId: this.studentId, cardId } } });
    return row ? memoryOf(row) : newMemory(this.now);
  }

  /** The card's reviews that count (not undone), as replay events. */
  private async loggedEvents(cardId: string): Promise<ReviewEvent[]> {
    const logs = await this.tx.reviewLog.findMany({
      where: { studentId: this.studentId, cardId, undoneAt: null },
      orderBy: { reviewedAt: 'asc' },
      select: { idempotencyKey: true, rating: true, reviewedAt: true },
    });
    return logs.map((log) => ({ key: log.idempotencyKey, rating: log.rating, reviewedAt: log.reviewedAt }));
  }
}
