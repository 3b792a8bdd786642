// Today's study queue as the server makes it (issue 18, item 15), on PGlite and PostgreSQL: "done" is today's
// reviews in the student's zone, the new cards skip siblings of concepts met today, cards a quiz reviewed are named,
// and "Study more" gives the cards due soonest after today or a deck's weakest ones.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { studyWorld } from '../testing/study-world.ts';
import { syncReviews } from './reviews.ts';
import { loadStudyQueue, STUDY_MORE_CARDS } from './study-queue.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

// 15:00 on 25 November in Asia/Almaty (UTC+5), the class's zone: the student's day began at 19:00 UTC on the 24th.
const NOW = new Date('2026-11-25T10:00:00Z');
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);
const review = (cardId: string, at: Date, rating = 'GOOD') => ({ type: 'review', key: randomUUID(), cardId, rating, reviewedAt: at.toISOString() });

async function world() {
  const w = await studyWorld(db.prisma, hours(-72));
  const cards = await db.prisma.card.findMany({ where: { deckId: w.deckId }, orderBy: { position: 'asc' }, select: { id: true, conceptId: true } });
  const chlorophyll = cards.filter((card) => card.conceptId && cards.filter((other) => other.conceptId === card.conceptId).length > 1);
  return { ...w, cards, siblings: chlorophyll };
}

describe('loadStudyQueue', () => {
  it('counts as done the study reviews of the student’s today (not yesterday’s, not undone ones, not a quiz’s)', async () => {
    const w = await world();
    const [a, b, c] = w.cardIds;
    const undone = review(c!, hours(-1));
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(a!, hours(-16), 'EASY')] }, hours(-16));
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(b!, hours(-2), 'EASY'), undone] }, hours(-1));
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [{ type: 'undo', key: randomUUID(), reviewKey: undone.key }] }, hours(-1));
    const queue = await loadStudyQueue(db.prisma, w.student, NOW);
    // 16 hours before 15:00 is 23:00 yesterday in Almaty: only the review two hours ago is of today.
    expect(queue.doneToday).toBe(1);
    expect(queue.startOfDay).toBe('2026-11-24T19:00:00.000Z');
  });

  it('gives one new card per concept and none of a concept reviewed today, filling the limit with other concepts', async () => {
    const w = await world();
    expect(w.siblings.length).toBeGreaterThan(1);
    let queue = await loadStudyQueue(db.prisma, w.student, NOW);
    const concepts = queue.cards.map((card) => card.conceptId).filter((id) => id);
    expect(new Set(concepts).size).toBe(concepts.length);
    expect(queue.cards.filter((card) => card.conceptId === w.siblings[0]!.conceptId)).toHaveLength(1);

    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(w.siblings[0]!.id, hours(-1), 'EASY')] }, hours(-1));
    queue = await loadStudyQueue(db.prisma, w.student, NOW);
    expect(queue.conceptsReviewedToday).toEqual([w.siblings[0]!.conceptId]);
    expect(queue.cards.filter((card) => card.conceptId === w.siblings[0]!.conceptId)).toEqual([]);
    // Tomorrow the sibling comes.
    const tomorrow = await loadStudyQueue(db.prisma, w.student, hours(24));
    expect(tomorrow.cards.filter((card) => card.conceptId === w.siblings[0]!.conceptId).map((card) => card.id)).toEqual([w.siblings[1]!.id]);
  });

  it('names the cards a quiz reviewed today, which are not counted as done', async () => {
    const w = await world();
    const card = w.cards[0]!;
    await db.prisma.reviewLog.create({
      data: {
        studentId: w.student.id,
        cardId: card.id,
        deckId: w.deckId,
        rating: 'AGAIN',
        source: 'QUIZ',
        stateBefore: 'NEW',
        due: hours(-0.9),
        stability: 0.4,
        difficulty: 7,
        elapsedDays: 0,
        lastElapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reviewedAt: hours(-1),
        idempotencyKey: randomUUID(),
      },
    });
    const queue = await loadStudyQueue(db.prisma, w.student, NOW);
    expect(queue.quizCardIds).toEqual([card.id]);
    expect(queue.doneToday).toBe(0);
  });

  it('offers, once today is done, the cards due soonest after today, and a deck’s weakest cards, new ones never', async () => {
    const w = await world();
    const [a, b] = w.cardIds;
    // a was learned long ago and is nearly forgotten; b was learned yesterday.
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(a!, hours(-70), 'EASY')] }, hours(-70));
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(b!, hours(-20), 'EASY')] }, hours(-20));
    const ahead = await loadStudyQueue(db.prisma, w.student, NOW, { more: 'ahead' });
    expect(ahead.more).toBe('ahead');
    expect(ahead.newLimit).toBe(0);
    const aheadIds = ahead.cards.map((card) => card.id);
    expect(new Set(aheadIds)).toEqual(new Set([a, b]));
    expect(aheadIds.length).toBeLessThanOrEqual(STUDY_MORE_CARDS);
    // Soonest due first.
    const dues = aheadIds.map((id) => Date.parse(ahead.memories[id]!.due));
    expect(dues).toEqual([...dues].sort((x, y) => x - y));

    const weakest = await loadStudyQueue(db.prisma, w.student, NOW, { more: 'weakest', deckId: w.deckId });
    expect(weakest.cards.map((card) => card.id)).toEqual([a, b]);
    expect(weakest.deckId).toBe(w.deckId);
  });
});
