// Replaying review logs: the memory of a card is whatever its log, applied in time order from a new card, says it
// is. That makes a re-sent review harmless and resolves two devices reviewing the same card (as Anki does): merge
// both logs, order by time, replay.
import { newMemory, reviewCard, type Memory, type RatingName, type SchedulerSettings } from './scheduler.ts';

export interface ReviewEvent {
  /** Client-made key; the same review sent twice has the same key. */
  key: string;
  rating: RatingName;
  reviewedAt: Date;
}

/** One log from several: each review once, in time order (ties broken by key, so every device agrees). */
export function mergeReviewLogs(...logs: readonly (readonly ReviewEvent[])[]): ReviewEvent[] {
  const byKey = new Map<string, ReviewEvent>();
  for (const log of logs) for (const event of log) if (!byKey.has(event.key)) byKey.set(event.key, event);
  return [...byKey.values()].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The memory a card has after these reviews, starting from new at `createdAt`. */
export function replayReviews(events: readonly ReviewEvent[], createdAt: Date, settings?: SchedulerSettings): Memory {
  return mergeReviewLogs(events).reduce((memory, event) => reviewCard(memory, event.rating, event.reviewedAt, settings).memory, newMemory(createdAt));
}
