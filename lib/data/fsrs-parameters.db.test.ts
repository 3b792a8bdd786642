// A student's FSRS parameters, on PGlite and PostgreSQL: the defaults below 400 counted reviews, a fit stored
// at 400 and used from then on, no refit until the history has grown by a fifth, undone reviews never counted.
import { randomUUID } from 'node:crypto';
import { default_w } from 'ts-fsrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Role } from '../access/actor.ts';
import { NotFoundOrForbidden } from '../access/actor.ts';
import { generateJoinCode } from '../classes/join-code.ts';
import { newMemory, reviewCard } from '../srs/scheduler.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { simulateStudent } from '../testing/simulated-student.ts';
import { memoryOverviewForStudent, MIN_REVIEWS_FOR_OPTIMIZER, parametersInUse, refitIfDue } from './fsrs-parameters.ts';

let test: TestDatabase;
let deckId: string;
let teacher: Actor;
beforeAll(async () => {
  test = await createTestDatabase();
  teacher = await makeUser('TEACHER');
  deckId = (await test.prisma.deck.create({ data: { ownerId: teacher.id, title: 'Deck' } })).id;
});
afterAll(async () => test?.cleanup());

const NOW = new Date('2026-11-25T10:00:00Z');
const LATER = new Date('2026-11-26T10:00:00Z');

async function makeUser(role: Role): Promise<Actor> {
  return test.prisma.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@school.kz`, name: role, passwordHash: 'x', role },
    select: { id: true, role: true, name: true, email: true },
  });
}

/**
 * Stores a simulated student's history of `cards` cards × `reviewsPerCard` reviews as their review log, each
 * entry as the scheduler recorded it; the first `undo` of them are marked undone.
 */
async function storeHistory(student: Actor, options: { cards: number; reviewsPerCard: number; seed?: number; undo?: number }): Promise<void> {
  const history = simulateStudent({ cards: options.cards, reviewsPerCard: options.reviewsPerCard, seed: options.seed ?? 7 });
  const cards = await test.prisma.card.createManyAndReturn({
    data: history.map((_, position) => ({ deckId, kind: 'BASIC' as const, front: `Q${position}`, back: `A${position}`, position })),
    select: { id: true },
  });
  const rows = history.flatMap((card, index) => {
    let memory = newMemory(card.reviews[0]!.reviewedAt);
    return card.reviews.map((review) => {
      const { memory: next, outcome } = reviewCard(memory, review.rating, review.reviewedAt);
      memory = next;
      return { studentId: student.id, cardId: cards[index]!.id, deckId, idempotencyKey: randomUUID(), ...outcome };
    });
  });
  await test.prisma.reviewLog.createMany({ data: rows.map((row, index) => (index < (options.undo ?? 0) ? { ...row, undoneAt: NOW } : row)) });
}

const fitsOf = (student: Actor) => test.prisma.fsrsParameters.findMany({ where: { studentId: student.id }, orderBy: { createdAt: 'asc' } });

describe('parametersInUse and refitIfDue', () => {
  it('keeps the defaults below 400 counted reviews and fits nothing', async () => {
    const student = await makeUser('STUDENT');
    await storeHistory(student, { cards: 57, reviewsPerCard: 7 }); // 399 reviews

    expect(await refitIfDue(test.prisma, student.id, NOW)).toEqual({ status: 'skipped', reason: 'tooFewReviews', reviewCount: 399 });
    expect(await fitsOf(student)).toEqual([]);
    expect(await parametersInUse(test.prisma, student.id)).toEqual({ source: 'default', weights: [...default_w], reviewCount: 399, fittedAt: null });
  });

  it('fits at 400 reviews, stores the weights, and schedules with them from then on', async () => {
    const student = await makeUser('STUDENT');
    await storeHistory(student, { cards: 50, reviewsPerCard: 8 });

    const outcome = await refitIfDue(test.prisma, student.id, NOW);
    expect(outcome).toMatchObject({ status: 'fitted', reviewCount: MIN_REVIEWS_FOR_OPTIMIZER });
    const fits = await fitsOf(student);
    expect(fits).toHaveLength(1);
    expect(fits[0]).toMatchObject({ reviewCount: 400, createdAt: NOW });
    expect(fits[0]!.weights).toHaveLength(default_w.length);
    expect(fits[0]!.weights).not.toEqual([...default_w]);

    const inUse = await parametersInUse(test.prisma, student.id);
    expect(inUse).toEqual({ source: 'personal', weights: fits[0]!.weights, reviewCount: 400, fittedAt: NOW });
    expect(outcome.status === 'fitted' && outcome.weights).toEqual(fits[0]!.weights);
  });

  it('does not refit without new reviews, nor until the history has grown by a fifth', async () => {
    const student = await makeUser('STUDENT');
    await storeHistory(student, { cards: 50, reviewsPerCard: 8, seed: 1 });
    expect(await refitIfDue(test.prisma, student.id, NOW)).toMatchObject({ status: 'fitted', reviewCount: 400 });

    expect(await refitIfDue(test.prisma, student.id, LATER)).toEqual({ status: 'skipped', reason: 'upToDate', reviewCount: 400 });
    await storeHistory(student, { cards: 79, reviewsPerCard: 1, seed: 2 }); // 479 < 480
    expect(await refitIfDue(test.prisma, student.id, LATER)).toEqual({ status: 'skipped', reason: 'upToDate', reviewCount: 479 });
    expect(await fitsOf(student)).toHaveLength(1);

    await storeHistory(student, { cards: 1, reviewsPerCard: 1, seed: 3 }); // 480 = 400 × 1.2
    expect(await refitIfDue(test.prisma, student.id, LATER)).toMatchObject({ status: 'fitted', reviewCount: 480 });
    const fits = await fitsOf(student);
    expect(fits.map((fit) => fit.reviewCount)).toEqual([400, 480]);
    expect(await parametersInUse(test.prisma, student.id)).toMatchObject({ source: 'personal', reviewCount: 480, fittedAt: LATER });
  });

  it('does not count undone reviews', async () => {
    const student = await makeUser('STUDENT');
    await storeHistory(student, { cards: 50, reviewsPerCard: 8, undo: 1 });

    expect(await refitIfDue(test.prisma, student.id, NOW)).toEqual({ status: 'skipped', reason: 'tooFewReviews', reviewCount: 399 });
    expect(await fitsOf(student)).toEqual([]);
    expect(await parametersInUse(test.prisma, student.id)).toMatchObject({ source: 'default', reviewCount: 399 });
  });

  it('counts only the student’s own reviews, and fits once when syncs ask at the same time', async () => {
    const student = await makeUser('STUDENT');
    const classmate = await makeUser('STUDENT');
    await storeHistory(classmate, { cards: 50, reviewsPerCard: 8 });
    await storeHistory(student, { cards: 30, reviewsPerCard: 10 });
    expect(await refitIfDue(test.prisma, student.id, NOW)).toMatchObject({ status: 'skipped', reason: 'tooFewReviews', reviewCount: 300 });

    const outcomes = await Promise.all([refitIfDue(test.prisma, classmate.id, NOW), refitIfDue(test.prisma, classmate.id, NOW)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fitted', 'fitted']);
    expect(await fitsOf(classmate)).toHaveLength(1);
    expect(await fitsOf(student)).toEqual([]);
  });

  it('gives nothing to fit from 400 reviews all made on one day', async () => {
    const student = await makeUser('STUDENT');
    const [cardId] = (await test.prisma.card.createManyAndReturn({ data: [{ deckId, kind: 'BASIC', front: 'Q', back: 'A', position: 0 }], select: { id: true } })).map((c) => c.id);
    let memory = newMemory(NOW);
    const rows = Array.from({ length: 400 }, (_, index) => {
      const at = new Date(NOW.getTime() + index * 1000);
      const step = reviewCard(memory, 'AGAIN', at);
      memory = step.memory;
      return { studentId: student.id, cardId: cardId!, deckId, idempotencyKey: randomUUID(), ...step.outcome };
    });
    await test.prisma.reviewLog.createMany({ data: rows });

    expect(await refitIfDue(test.prisma, student.id, NOW)).toEqual({ status: 'skipped', reason: 'notEnoughData', reviewCount: 400 });
    expect(await parametersInUse(test.prisma, student.id)).toMatchObject({ source: 'default', reviewCount: 400 });
  });
});

describe('memoryOverviewForStudent', () => {
  it('shows a student their parameters, their progress and their classes’ settings', async () => {
    const student = await makeUser('STUDENT');
    const klass = await test.prisma.class.create({
      data: { name: 'History 9B', joinCode: generateJoinCode(), teacherId: teacher.id, desiredRetention: 0.85, newCardsPerDay: 15 },
    });
    await test.prisma.enrollment.create({ data: { classId: klass.id, studentId: student.id } });
    await storeHistory(student, { cards: 12, reviewsPerCard: 10 });

    expect(await memoryOverviewForStudent(test.prisma, student)).toEqual({
      parameters: { source: 'default', weights: [...default_w], reviewCount: 120, fittedAt: null },
      reviewCount: 120,
      nextFitAt: 400,
      classes: [{ id: klass.id, name: 'History 9B', desiredRetention: 0.85, newCardsPerDay: 15 }],
    });
  });

  it('is refused to a teacher', async () => {
    await expect(memoryOverviewForStudent(test.prisma, teacher)).rejects.toThrow(NotFoundOrForbidden);
  });
});
