// The student's class page (issue 18, item 2): what the class assigns, with this student's state of each, on
// PGlite and PostgreSQL; and the refusals for anyone who is not a student of the class.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden } from '../access/actor.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { quizWorld } from '../testing/quiz-world.ts';
import { makeUser } from '../testing/study-world.ts';
import { classAssignmentsForStudent } from './assignments.ts';
import { startAttempt, submitAttempt } from './attempts.ts';
import { assignConceptReview } from './review-assignments.ts';
import { syncReviews } from './reviews.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

// 15:00 on 25 November in Asia/Almaty, the class's zone.
const NOW = new Date('2026-11-25T10:00:00Z');
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);
const review = (cardId: string, at: Date) => ({ type: 'review', key: randomUUID(), cardId, rating: 'GOOD', reviewedAt: at.toISOString() });

describe('classAssignmentsForStudent', () => {
  it('shows a student who has just joined the published deck (all new) and quiz (not started), and nothing of other classes', async () => {
    const w = await quizWorld(db.prisma, hours(-1));
    const view = await classAssignmentsForStudent(db.prisma, w.student, w.classId, NOW);
    expect(view.decks).toEqual([
      { assignmentId: expect.any(String), deckId: w.deckId, title: expect.any(String), due: 0, fresh: w.cardIds.length, studied: 0, cards: w.cardIds.length },
    ]);
    expect(view.quizzes).toEqual([{ assignmentId: w.assignmentId, title: expect.any(String), dueAt: null, state: 'notStarted', score: null }]);
    expect(view.reviews).toEqual([]);
  });

  it('counts the cards studied and due today, and follows a quiz from in progress to submitted with its score', async () => {
    const w = await quizWorld(db.prisma, hours(-1));
    // Two new cards rated Good go into learning steps of minutes: studied, and due again today.
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(w.cardIds[0]!, NOW), review(w.cardIds[1]!, NOW)] }, NOW);
    const { attemptId } = await startAttempt(db.prisma, w.student, w.assignmentId, NOW);
    let view = await classAssignmentsForStudent(db.prisma, w.student, w.classId, hours(0.5));
    expect(view.decks[0]).toMatchObject({ studied: 2, due: 2, fresh: w.cardIds.length - 2 });
    expect(view.quizzes[0]).toMatchObject({ state: 'inProgress', score: null });

    await submitAttempt(db.prisma, w.student, attemptId, hours(0.5));
    view = await classAssignmentsForStudent(db.prisma, w.student, w.classId, hours(1));
    expect(view.quizzes[0]!.state).toBe('submitted');
    expect(view.quizzes[0]!.score).toEqual({ score: 0, maxScore: expect.any(Number) });
    expect(view.quizzes[0]!.score!.maxScore).toBeGreaterThan(0);
  });

  it('keeps the score back while results wait for the due time, and shows it after', async () => {
    const w = await quizWorld(db.prisma, hours(-1), { resultsVisibility: 'AFTER_DUE', dueAt: hours(3), allowLate: false });
    const { attemptId } = await startAttempt(db.prisma, w.student, w.assignmentId, NOW);
    await submitAttempt(db.prisma, w.student, attemptId, NOW);
    const before = await classAssignmentsForStudent(db.prisma, w.student, w.classId, hours(1));
    expect(before.quizzes[0]).toMatchObject({ state: 'submitted', score: null, dueAt: hours(3) });
    const after = await classAssignmentsForStudent(db.prisma, w.student, w.classId, hours(4));
    expect(after.quizzes[0]!.score).not.toBeNull();
  });

  it('lists a review of concepts with the cards the student has left', async () => {
    const w = await quizWorld(db.prisma, hours(-1));
    const chlorophyll = await db.prisma.concept.findFirstOrThrow({ where: { term: 'Chlorophyll', cards: { some: { deckId: w.deckId } } } });
    const assigned = await assignConceptReview(db.prisma, w.teacher, { classId: w.classId, conceptIds: [chlorophyll.id], dueOn: '2026-12-02' }, NOW);
    if (!assigned.ok) throw new Error(JSON.stringify(assigned));
    const cards = await db.prisma.card.findMany({ where: { deckId: w.deckId, conceptId: chlorophyll.id }, select: { id: true } });
    await syncReviews(db.prisma, w.student, { deviceId: 'phone', items: [review(cards[0]!.id, hours(1))] }, hours(1));
    const view = await classAssignmentsForStudent(db.prisma, w.student, w.classId, hours(2));
    expect(view.reviews).toEqual([
      { assignmentId: assigned.value.assignmentId, terms: ['Chlorophyll'], dueAt: new Date('2026-12-02T18:59:59.999Z'), cards: cards.length, cardsLeft: cards.length - 1 },
    ]);
  });

  it('refuses a student of another class, the teacher, and an id that is not one, as not found', async () => {
    const w = await quizWorld(db.prisma, hours(-1));
    const stranger = await makeUser(db.prisma, 'STUDENT');
    await expect(classAssignmentsForStudent(db.prisma, w.other.student, w.classId, NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    await expect(classAssignmentsForStudent(db.prisma, stranger, w.classId, NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    await expect(classAssignmentsForStudent(db.prisma, w.teacher, w.classId, NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    await expect(classAssignmentsForStudent(db.prisma, w.student, 'xyz', NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
  });
});
