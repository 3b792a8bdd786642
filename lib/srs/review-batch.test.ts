// Planning a sync batch without a database: answers per item, the writes, and which card logs must be read.
import { describe, expect, it } from 'vitest';
import { cardsToReplay, parseBatchItems, planReviewBatch, type BatchSnapshot } from './review-batch.ts';
import { replayReviews } from './replay.ts';
import { newMemory, reviewCard } from './scheduler.ts';

const NOW = new Date('2026-12-02T10:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const STUDENT = '00000000-0000-4000-8000-000000000001';
const CARD = '00000000-0000-4000-8000-0000000000c1';
const OTHER_CARD = '00000000-0000-4000-8000-0000000000c2';
const key = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const review = (n: number, minutes: number, rating = 'GOOD', cardId = CARD) => ({ type: 'review', key: key(n), cardId, rating, reviewedAt: at(minutes).toISOString() });

function snapshot(overrides: Partial<BatchSnapshot> = {}): BatchSnapshot {
  return {
    reviewable: new Map([[CARD, { deckId: 'deck', retention: 0.9 }]]),
    states: new Map(),
    keyOwners: new Map(),
    undoTargets: new Map(),
    events: new Map(),
    weights: null,
    ...overrides,
  };
}

let ids = 0;
const newId = () => `id-${++ids}`;

describe('planReviewBatch', () => {
  it('answers each item in order and writes one log per stored review and the final memory once', () => {
    const items = parseBatchItems([review(1, 1), review(1, 2), review(2, 3, 'AGAIN', OTHER_CARD), { type: 'review', key: key(3), cardId: CARD, rating: 'PERFECT' }, review(4, 9)]);
    const plan = planReviewBatch(STUDENT, items, snapshot({ keyOwners: new Map([[key(4), 'another student']]) }), at(10), newId);
    expect(plan.results).toEqual([
      { key: key(1), status: 'stored' },
      { key: key(1), status: 'duplicate' },
      { key: key(2), status: 'rejected', reason: 'card-not-found' },
      { key: key(3), status: 'rejected', reason: 'rating-out-of-range' },
      { key: key(4), status: 'rejected', reason: 'key-conflict' },
    ]);
    expect(plan.newLogs.map((log) => log.key)).toEqual([key(1)]);
    expect(plan.memories).toEqual([{ cardId: CARD, version: null, memory: reviewCard(newMemory(at(10)), 'GOOD', at(1)).memory }]);
  });

  it('schedules from the stored memory and writes it back with the version it was read at', () => {
    const stored = reviewCard(newMemory(NOW), 'GOOD', at(1)).memory;
    const plan = planReviewBatch(STUDENT, parseBatchItems([review(5, 30)]), snapshot({ states: new Map([[CARD, { memory: stored, version: '812' }]]) }), at(31), newId);
    expect(plan.memories).toEqual([{ cardId: CARD, version: '812', memory: reviewCard(stored, 'GOOD', at(30)).memory }]);
    expect(plan.newLogs[0]).toMatchObject({ stateBefore: stored.state, reviewedAt: at(30), deckId: 'deck' });
  });

  it('undoes a review of the same batch: the log is written already undone and the memory is as before it', () => {
    const items = parseBatchItems([review(6, 1), review(7, 5, 'AGAIN'), { type: 'undo', key: key(8), reviewKey: key(7) }, { type: 'undo', key: key(9), reviewKey: key(7) }]);
    const plan = planReviewBatch(STUDENT, items, snapshot({ events: new Map([[CARD, []]]) }), at(6), newId);
    expect(plan.results.map((result) => result.status)).toEqual(['stored', 'stored', 'stored', 'duplicate']);
    expect(plan.newLogs.map((log) => [log.key, log.undoneAt])).toEqual([[key(6), null], [key(7), at(6)]]);
    expect(plan.memories[0]!.memory).toEqual(replayReviews([{ key: key(6), rating: 'GOOD', reviewedAt: at(1) }], at(1)));
  });

  it('undoes a stored review by its id, and says review-not-found for a key the student never sent', () => {
    const events = [
      { key: key(10), rating: 'GOOD' as const, reviewedAt: at(1) },
      { key: key(11), rating: 'AGAIN' as const, reviewedAt: at(5) },
    ];
    const plan = planReviewBatch(
      STUDENT,
      parseBatchItems([{ type: 'undo', key: key(12), reviewKey: key(11) }, { type: 'undo', key: key(13), reviewKey: key(99) }]),
      snapshot({ undoTargets: new Map([[key(11), { id: 'log-11', cardId: CARD, undone: false }]]), events: new Map([[CARD, events]]) }),
      at(6),
      newId,
    );
    expect(plan.results).toEqual([
      { key: key(12), status: 'stored' },
      { key: key(13), status: 'rejected', reason: 'review-not-found' },
    ]);
    expect(plan.undoLogIds).toEqual(['log-11']);
    expect(plan.memories[0]!.memory).toEqual(replayReviews(events.slice(0, 1), at(1)));
  });

  it('refuses to plan a replay whose card log was not read, rather than replaying part of it', () => {
    const stored = reviewCard(newMemory(NOW), 'GOOD', at(30)).memory;
    const items = parseBatchItems([review(14, 10)]);
    expect(() => planReviewBatch(STUDENT, items, snapshot({ states: new Map([[CARD, { memory: stored, version: '1' }]]) }), at(31), newId)).toThrow(/was not read/);
  });
});

describe('cardsToReplay', () => {
  const stored = reviewCard(newMemory(NOW), 'GOOD', at(30)).memory;
  const states = new Map([[CARD, { memory: stored, version: '1' }]]);

  it('needs no log for reviews that come after everything stored, in order', () => {
    expect(cardsToReplay(parseBatchItems([review(1, 31), review(2, 40)]), { states, undoTargets: new Map() })).toEqual([]);
  });

  it('needs the log of a card reviewed before its latest review, stored or earlier in the batch, and of undone cards', () => {
    expect(cardsToReplay(parseBatchItems([review(1, 10)]), { states, undoTargets: new Map() })).toEqual([CARD]);
    expect(cardsToReplay(parseBatchItems([review(1, 50, 'GOOD', OTHER_CARD), review(2, 45, 'GOOD', OTHER_CARD)]), { states, undoTargets: new Map() })).toEqual([OTHER_CARD]);
    expect(
      cardsToReplay(parseBatchItems([{ type: 'undo', key: key(3), reviewKey: key(4) }]), { states, undoTargets: new Map([[key(4), { id: 'log', cardId: OTHER_CARD, undone: false }]]) }),
    ).toEqual([OTHER_CARD]);
  });
});
