// Review sync on PGlite and PostgreSQL: each review stored exactly once, bad ones rejected one by one with a
// reason while the rest are stored, undo, reviews from two devices merged in time order, and refusals.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden } from '../access/actor.ts';
import { replayReviews } from '../srs/replay.ts';
import { newMemory, reviewCard, type RatingName } from '../srs/scheduler.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { studyWorld } from '../testing/study-world.ts';
import { registerSql, sqlFor } from '../db/sql.ts';
import { syncReviews } from './reviews.ts';
import { loadStudyQueue, memoryOf, todaysStudyCounts } from './study-queue.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

const NOW = new Date('2026-11-25T10:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

function review(cardId: string, rating: RatingName | string, at: Date, key = randomUUID()) {
  return { type: 'review', key, cardId, rating, reviewedAt: at.toISOString(), durationMs: 3000 };
}

const logsOf = (studentId: string) => db.prisma.reviewLog.findMany({ where: { studentId }, orderBy: { reviewedAt: 'asc' } });
const stateOf = async (studentId: string, cardId: string) =>
  memoryOf(await db.prisma.cardState.findUniqueOrThrow({ where: { studentId_cardId: { studentId, cardId } } }));

describe('syncReviews', () => {
  it('stores a batch in order and keeps each card memory as the scheduler computes it', async () => {
    const w = await studyWorld(db.prisma, NOW);
    const [a, b] = w.cardIds;
    const items = [review(a!, 'GOOD', minutes(1)), review(b!, 'AGAIN', minutes(2)), review(a!, 'EASY', minutes(15))];
    const outcome = await syncReviews(db.prisma, w.student, { deviceId: 'phone', items }, minutes(16));

    expect(outcome.results.map((result) => result.status)).toEqual(['stored', 'stored', 'stored']);
    const first = reviewCard(newMemory(NOW), 'GOOD', minutes(1)).memory;
    const expected = reviewCard(first, 'EASY', minutes(15)).memory;
    expect(await stateOf(w.student.id, a!)).toEqual(expected);
    expect(outcome.cards.find((card) => card.cardId === a)!.memory.due).toBe(expected.due.toISOString());
    const logs = await logsOf(w.student.id);
    expect(logs.map((log) => [log.cardId, log.rating, log.stateBefore])).toEqual([
      [a, 'GOOD', 'NEW'],
      [b, 'AGAIN', 'NEW'],
      [a, 'EASY', 'LEARNING'],
    ]);
    expect(logs[0]).toMatchObject({ deckId: w.deckId, deviceId: 'phone', durationMs: 3000, source: 'STUDY', undoneAt: null });
  });

  it('stores each review once when the same batch arrives twice', async () => {
    const w = await studyWorld(db.prisma, NOW);
    const items = [review(w.cardIds[0]!, 'GOOD', minutes(1)), review(w.cardIds[1]!, 'HARD', minutes(2))];
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items }, minutes(3));
    const stateAfterFirst = await stateOf(w.student.id, w.cardIds[0]!);

    const again = await syncReviews(db.prisma, w.student, { deviceId: 'phone', items }, minutes(10));
    expect(again.results.map((result) => result.status)).toEqual(['duplicate', 'duplicate']);
    expect(await logsOf(w.student.id)).toHaveLength(2);
    expect(await stateOf(w.student.id, w.cardIds[0]!)).toEqual(stateAfterFirst);
  });

  it('treats a key repeated inside one batch as one review', async () => {
    const w = await studyWorld(db.prisma, NOW);
    const item = review(w.cardIds[0]!, 'GOOD', minutes(1));
    const outcome = await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [item, item] }, minutes(2));
    expect(outcome.results.map((result) => result.status)).toEqual(['stored', 'duplicate']);
    expect(await logsOf(w.student.id)).toHaveLength(1);
  });

  it('rejects each bad review with its reason and stores the others', async () => {
    const w = await studyWorld(db.prisma, NOW);
    const good1 = review(w.cardIds[0]!, 'GOOD', minutes(1));
    const good2 = review(w.cardIds[1]!, 'EASY', minutes(2));
    const unknownCard = review(randomUUID(), 'GOOD', minutes(1));
    const otherClassCard = review(w.other.cardIds[0]!, 'GOOD', minutes(1));
    const outOfRange = review(w.cardIds[2]!, 'PERFECT', minutes(1));
    const numericRating = review(w.cardIds[2]!, '5', minutes(1));
    const future = review(w.cardIds[2]!, 'GOOD', new Date(NOW.getTime() + 3 * 86_400_000));
    const ancient = review(w.cardIds[2]!, 'GOOD', new Date('1999-01-01T00:00:00Z'));
    const noKey = { ...review(w.cardIds[2]!, 'GOOD', minutes(1)), key: 'not-a-uuid' };
    const items = [good1, unknownCard, otherClassCard, outOfRange, numericRating, future, ancient, noKey, 'garbage', null, good2];

    const outcome = await syncReviews(db.prisma, w.student, { deviceId: 'phone', items }, minutes(3));

    expect(outcome.results).toEqual([
      { key: good1.key, status: 'stored' },
      { key: unknownCard.key, status: 'rejected', reason: 'card-not-found' },
      { key: otherClassCard.key, status: 'rejected', reason: 'card-not-found' },
      { key: outOfRange.key, status: 'rejected', reason: 'rating-out-of-range' },
      { key: numericRating.key, status: 'rejected', reason: 'rating-out-of-range' },
      { key: future.key, status: 'rejected', reason: 'time-in-future' },
      { key: ancient.key, status: 'rejected', reason: 'time-too-old' },
      { key: null, status: 'rejected', reason: 'invalid' },
      { key: null, status: 'rejected', reason: 'invalid' },
      { key: null, status: 'rejected', reason: 'invalid' },
      { key: good2.key, status: 'stored' },
    ]);
    expect((await logsOf(w.student.id)).map((log) => log.idempotencyKey)).toEqual([good1.key, good2.key]);
    expect(await db.prisma.cardState.count({ where: { cardId: { in: w.other.cardIds } } })).toBe(0);
  });

  it("never touches another student's memory: their cards are not found, their keys conflict, their reviews cannot be undone", async () => {
    const w = await studyWorld(db.prisma, NOW);
    const theirs = review(w.other.cardIds[0]!, 'GOOD', minutes(1));
    await syncReviews(db.prisma, w.other.student, { deviceId: 'their-phone', items: [theirs] }, minutes(2));
    const theirState = await stateOf(w.other.student.id, w.other.cardIds[0]!);

    const outcome = await syncReviews(
      db.prisma,
      w.student,
      {
        deviceId: 'phone',
        items: [
          review(w.other.cardIds[0]!, 'AGAIN', minutes(3)),
          { ...review(w.cardIds[0]!, 'AGAIN', minutes(3)), key: theirs.key },
          { type: 'undo', key: randomUUID(), reviewKey: theirs.key },
        ],
      },
      minutes(4),
    );
    expect(outcome.results.map((result) => result.reason)).toEqual(['card-not-found', 'key-conflict', 'review-not-found']);
    expect(await stateOf(w.other.student.id, w.other.cardIds[0]!)).toEqual(theirState);
    expect(await db.prisma.reviewLog.findFirstOrThrow({ where: { idempotencyKey: theirs.key } })).toMatchObject({ studentId: w.other.student.id, undoneAt: null });
    expect(await logsOf(w.student.id)).toHaveLength(0);
  });

  it('refuses teachers outright', async () => {
    const w = await studyWorld(db.prisma, NOW);
    await expect(syncReviews(db.prisma, w.teacher, { deviceId: 'x', items: [review(w.cardIds[0]!, 'GOOD', minutes(1))] }, minutes(2))).rejects.toThrow(
      NotFoundOrForbidden,
    );
    expect(await db.prisma.reviewLog.count({ where: { cardId: w.cardIds[0]! } })).toBe(0);
  });

  it('refuses cards of a deck whose class was archived or that the student left', async () => {
    const w = await studyWorld(db.prisma, NOW);
    await db.prisma.class.update({ where: { id: w.classId }, data: { archivedAt: NOW } });
    const outcome = await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(w.cardIds[0]!, 'GOOD', minutes(1))] }, minutes(2));
    expect(outcome.results[0]).toMatchObject({ status: 'rejected', reason: 'card-not-found' });
  });

  it('undoes a review: the memory goes back, the row stays marked, and a second undo changes nothing', async () => {
    const w = await studyWorld(db.prisma, NOW);
    const card = w.cardIds[0]!;
    const first = review(card, 'GOOD', minutes(1));
    const second = review(card, 'AGAIN', minutes(12));
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [first, second] }, minutes(13));
    const undo = { type: 'undo', key: randomUUID(), reviewKey: second.key };

    const outcome = await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [undo] }, minutes(14));
    expect(outcome.results).toEqual([{ key: undo.key, status: 'stored' }]);
    expect(await stateOf(w.student.id, card)).toEqual(reviewCard(newMemory(NOW), 'GOOD', minutes(1)).memory);
    expect((await logsOf(w.student.id)).map((log) => log.undoneAt !== null)).toEqual([false, true]);

    const twice = await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [undo, second] }, minutes(15));
    expect(twice.results.map((result) => result.status)).toEqual(['duplicate', 'duplicate']);
    expect(await stateOf(w.student.id, card)).toEqual(reviewCard(newMemory(NOW), 'GOOD', minutes(1)).memory);
  });

  it("undoes with the class's retention when the review came in an earlier batch", async () => {
    const w = await studyWorld(db.prisma, NOW);
    await db.prisma.class.update({ where: { id: w.classId }, data: { desiredRetention: 0.8 } });
    const card = w.cardIds[0]!;
    const items = [review(card, 'GOOD', minutes(1)), review(card, 'GOOD', minutes(15)), review(card, 'GOOD', minutes(60 * 24 * 3))];
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items }, minutes(60 * 24 * 3 + 1));
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [{ type: 'undo', key: randomUUID(), reviewKey: items[2]!.key }] }, minutes(60 * 24 * 3 + 2));
    const events = items.slice(0, 2).map((item) => ({ key: item.key, rating: item.rating as RatingName, reviewedAt: new Date(item.reviewedAt) }));
    const strict = { desiredRetention: 0.8, fuzz: true };
    expect(await stateOf(w.student.id, card)).toEqual(replayReviews(events, NOW, strict));
    expect(replayReviews(events, NOW, strict).due).not.toEqual(replayReviews(events, NOW).due);
  });

  it('undoes the only review of a card back to a new card', async () => {
    const w = await studyWorld(db.prisma, NOW);
    const only = review(w.cardIds[0]!, 'EASY', minutes(1));
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [only, { type: 'undo', key: randomUUID(), reviewKey: only.key }] }, minutes(2));
    expect(await stateOf(w.student.id, w.cardIds[0]!)).toMatchObject({ state: 'NEW', reps: 0, lastReview: null });
  });

  it('merges two devices: a review made earlier offline is placed in time order by replaying the log', async () => {
    const w = await studyWorld(db.prisma, NOW);
    const card = w.cardIds[0]!;
    const onTablet = review(card, 'GOOD', minutes(1));
    const onPhoneOffline = review(card, 'AGAIN', minutes(30));
    const onTabletLater = review(card, 'GOOD', minutes(60));
    await syncReviews(db.prisma, w.student, { deviceId: 'tablet', items: [onTablet, onTabletLater] }, minutes(61));
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [onPhoneOffline] }, minutes(90));

    const expected = replayReviews(
      [onTablet, onPhoneOffline, onTabletLater].map((item) => ({ key: item.key, rating: item.rating as RatingName, reviewedAt: new Date(item.reviewedAt) })),
      NOW,
    );
    expect(await stateOf(w.student.id, card)).toEqual(expected);
    // The same reviews arriving in time order give the same memory: the order of arrival does not matter.
    const v = await studyWorld(db.prisma, NOW);
    const same = [onTablet, onPhoneOffline, onTabletLater].map((item) => ({ ...item, key: randomUUID(), cardId: v.cardIds[0]! }));
    await syncReviews(db.prisma, v.student, { deviceId: 'phone', items: same }, minutes(90));
    expect(await stateOf(v.student.id, v.cardIds[0]!)).toEqual(expected);
  });

  it('serialises two devices syncing at the same moment: every review is stored once', async () => {
    const w = await studyWorld(db.prisma, NOW);
    const phone = [0, 1, 2].map((i) => review(w.cardIds[i]!, 'GOOD', minutes(1 + i)));
    const tablet = [0, 1, 2].map((i) => review(w.cardIds[i]!, 'HARD', minutes(5 + i)));
    await Promise.all([
      syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [...phone, ...tablet] }, minutes(10)),
      syncReviews(db.prisma, w.student, { deviceId: 'tablet', items: [...tablet, ...phone] }, minutes(10)),
    ]);
    expect(await logsOf(w.student.id)).toHaveLength(6);
    for (let i = 0; i < 3; i++) {
      const events = [phone[i]!, tablet[i]!].map((item) => ({ key: item.key, rating: item.rating as RatingName, reviewedAt: new Date(item.reviewedAt) }));
      expect(await stateOf(w.student.id, w.cardIds[i]!)).toEqual(replayReviews(events, NOW));
    }
  });
});

describe('syncReviews when another device writes between the read and the write', () => {
  it('refuses the stale write whole, reads again, and stores both devices\' reviews once, in time order', async () => {
    const w = await studyWorld(db.prisma, NOW);
    const card = w.cardIds[0]!;
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(card, 'GOOD', minutes(1))] }, minutes(2));
    const fromTablet = review(card, 'AGAIN', minutes(20));
    const fromPhone = review(card, 'EASY', minutes(10));
    // The phone's first write finds the tablet's review already stored: it changed the card since the phone read.
    const sql = sqlFor(db.prisma);
    let writes = 0;
    registerSql(db.prisma, {
      async query(text, values, name) {
        if (name === 'review-sync-write' && writes++ === 0) {
          registerSql(db.prisma, sql);
          await syncReviews(db.prisma, w.student, { deviceId: 'tablet', items: [fromTablet] }, minutes(21));
          registerSql(db.prisma, this);
        }
        return sql.query(text, values, name);
      },
      transaction: (work) => sql.transaction(work),
    });
    try {
      const outcome = await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [fromPhone] }, minutes(22));
      expect(outcome.results).toEqual([{ key: fromPhone.key, status: 'stored' }]);
    } finally {
      registerSql(db.prisma, sql);
    }
    expect(writes).toBe(2);
    const logs = await logsOf(w.student.id);
    expect(logs.map((log) => log.idempotencyKey)).toEqual([expect.any(String), fromPhone.key, fromTablet.key]);
    const events = logs.map((log) => ({ key: log.idempotencyKey, rating: log.rating, reviewedAt: log.reviewedAt }));
    expect(await stateOf(w.student.id, card)).toEqual(replayReviews(events, NOW));
  });

  it('stores every review once when many devices sync the same card at the same moment', async () => {
    const w = await studyWorld(db.prisma, NOW);
    const card = w.cardIds[1]!;
    const items = Array.from({ length: 8 }, (_, i) => review(card, i % 3 === 0 ? 'AGAIN' : 'GOOD', minutes(1 + i)));
    const outcomes = await Promise.all(items.map((item, i) => syncReviews(db.prisma, w.student, { deviceId: `device-${i}`, items: [item] }, minutes(10))));
    expect(outcomes.flatMap((outcome) => outcome.results.map((result) => result.status))).toEqual(Array(8).fill('stored'));
    const logs = await logsOf(w.student.id);
    expect(logs).toHaveLength(8);
    const events = items.map((item) => ({ key: item.key, rating: item.rating as RatingName, reviewedAt: new Date(item.reviewedAt) }));
    expect(await stateOf(w.student.id, card)).toEqual(replayReviews(events, NOW));
  });
});

describe('loadStudyQueue', () => {
  it('gives every card of an assigned deck a state and offers new cards up to the class limit', async () => {
    const w = await studyWorld(db.prisma, NOW);
    await db.prisma.class.update({ where: { id: w.classId }, data: { newCardsPerDay: 2, desiredRetention: 0.85 } });

    const queue = await loadStudyQueue(db.prisma, w.student, minutes(1));
    expect(await db.prisma.cardState.count({ where: { studentId: w.student.id } })).toBe(w.cardIds.length);
    expect(queue.cards.map((card) => card.id)).toEqual(w.cardIds.slice(0, 2));
    expect(queue.cards[0]).toMatchObject({ deckId: w.deckId, kind: 'basic', retention: 0.85, source: expect.stringContaining('Photosynthesis') });
    expect(queue).toMatchObject({ newLimit: 2, timeZone: 'Asia/Almaty', weights: null, endOfDay: '2026-11-25T19:00:00.000Z' });
    expect(queue.decks).toEqual([{ id: w.deckId, title: 'Photosynthesis' }]);
  });

  it('counts new cards started today against the limit, and brings reviewed cards back when due', async () => {
    const w = await studyWorld(db.prisma, NOW);
    await db.prisma.class.update({ where: { id: w.classId }, data: { newCardsPerDay: 2 } });
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(w.cardIds[0]!, 'AGAIN', minutes(1))] }, minutes(2));

    const queue = await loadStudyQueue(db.prisma, w.student, minutes(3));
    expect(queue.newLimit).toBe(1);
    // The card in learning (due in a minute) comes first; one new card is left for today.
    expect(queue.cards.map((card) => card.id)).toEqual([w.cardIds[0], w.cardIds[1]]);
    expect(queue.memories[w.cardIds[0]!]!.state).toBe('LEARNING');
  });

  it('studies one deck on request, and refuses a deck that is not assigned to the student', async () => {
    const w = await studyWorld(db.prisma, NOW);
    expect((await loadStudyQueue(db.prisma, w.student, minutes(1), { deckId: w.deckId })).deckId).toBe(w.deckId);
    await expect(loadStudyQueue(db.prisma, w.student, minutes(1), { deckId: w.other.deckId })).rejects.toThrow(NotFoundOrForbidden);
    await expect(loadStudyQueue(db.prisma, w.teacher, minutes(1))).rejects.toThrow(NotFoundOrForbidden);
  });

  it('says when the next card is due once today is done', async () => {
    const w = await studyWorld(db.prisma, NOW);
    const items = w.cardIds.map((id, i) => review(id, 'EASY', minutes(1 + i)));
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items }, minutes(5));
    const queue = await loadStudyQueue(db.prisma, w.student, minutes(6));
    expect(queue.cards).toEqual([]);
    const dues = (await db.prisma.cardState.findMany({ where: { studentId: w.student.id } })).map((state) => state.due.getTime());
    expect(queue.nextDueAt).toBe(new Date(Math.min(...dues)).toISOString());
  });

  it('counts what waits today for the home page, as the queue would show it', async () => {
    const w = await studyWorld(db.prisma, NOW);
    await db.prisma.class.update({ where: { id: w.classId }, data: { newCardsPerDay: 2 } });
    expect(await todaysStudyCounts(db.prisma, w.student, minutes(1))).toEqual({ due: 0, fresh: 2 });
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(w.cardIds[0]!, 'AGAIN', minutes(1))] }, minutes(2));
    expect(await todaysStudyCounts(db.prisma, w.student, minutes(3))).toEqual({ due: 1, fresh: 1 });
    const queue = await loadStudyQueue(db.prisma, w.student, minutes(3));
    expect(queue.cards).toHaveLength(2);
    // Three new cards, two of them siblings (Chlorophyll): the queue brings one of those today, and so does the count.
    expect(await todaysStudyCounts(db.prisma, w.other.student, minutes(3))).toEqual({ due: 0, fresh: 2 });
    expect((await loadStudyQueue(db.prisma, w.other.student, minutes(3))).cards).toHaveLength(2);
  });
});
