// The teacher's class dashboard against a real database, on memories and reviews made by hand so every figure can
// be worked out here with ts-fsrs: the overview, the mastery grid, the forgetting list, the at-risk list, that
// another class's deck never counts, and who is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { retrievability, type Memory } from '../../srs/scheduler.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { quizWorld } from '../../testing/quiz-world.ts';
import { makeUser } from '../../testing/study-world.ts';
import { saveAnswer, startAttempt, submitAttempt } from '../attempts.ts';
import { assignConceptReview } from '../review-assignments.ts';
import { classDashboard } from './class-dashboard.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test?.cleanup());

const DAY = 86_400_000;
// 10:00 in Almaty (UTC+5), the class's zone.
const NOW = new Date('2026-12-02T05:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

function reviewed(stability: number, lastReview: Date, due: Date): Memory {
  return { state: 'REVIEW', due, stability, difficulty: 5, elapsedDays: 0, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, lastReview };
}

async function remember(db: Db, studentId: string, cardId: string, memory: Memory) {
  await db.cardState.upsert({ where: { studentId_cardId: { studentId, cardId } }, create: { studentId, cardId, ...memory }, update: memory });
}

let reviewKey = 0;
async function logReview(db: Db, studentId: string, cardId: string, deckId: string, at: Date) {
  reviewKey += 1;
  await db.reviewLog.create({
    data: {
      studentId, cardId, deckId, rating: 'GOOD', stateBefore: 'REVIEW', due: at, stability: 3, difficulty: 5, elapsedDays: 1,
      lastElapsedDays: 1, scheduledDays: 3, learningSteps: 0, reviewedAt: at, idempotencyKey: `dashboard-${reviewKey}-${at.getTime()}`,
    },
  });
}

/**
 * The class (deck: card 0 on Photosynthesis, cards 1 and 2 on Chlorophyll) with three students:
 * Aida studied every card and reviewed today and yesterday; Bolat studied card 1 only, 10 days ago;
 * Dana joined 9 days ago and never studied. Aida also remembers a card of another class's deck.
 */
async function dashboardWorld() {
  const w = await quizWorld(test.prisma, daysAgo(30));
  const db = test.prisma;
  await db.user.update({ where: { id: w.student.id }, data: { name: 'Aida' } });
  const bolat = await makeUser(db, 'STUDENT');
  const dana = await makeUser(db, 'STUDENT');
  await db.user.update({ where: { id: bolat.id }, data: { name: 'Bolat' } });
  await db.user.update({ where: { id: dana.id }, data: { name: 'Dana' } });
  await db.enrollment.update({ where: { classId_studentId: { classId: w.classId, studentId: w.student.id } }, data: { joinedAt: daysAgo(20) } });
  await db.enrollment.createMany({
    data: [
      { classId: w.classId, studentId: bolat.id, joinedAt: daysAgo(20) },
      { classId: w.classId, studentId: dana.id, joinedAt: daysAgo(9) },
    ],
  });
  const [photo, chloro1, chloro2] = w.cardIds as [string, string, string];
  const memories = {
    aida: [reviewed(10, daysAgo(1), daysAgo(-9)), reviewed(2, daysAgo(4), daysAgo(2)), reviewed(30, daysAgo(0.1), daysAgo(-30))] as const,
    bolat: reviewed(1.5, daysAgo(10), daysAgo(8)),
  };
  await remember(db, w.student.id, photo, memories.aida[0]);
  await remember(db, w.student.id, chloro1, memories.aida[1]);
  await remember(db, w.student.id, chloro2, memories.aida[2]);
  await remember(db, bolat.id, chloro1, memories.bolat);
  // NEW memories count as not studied.
  await remember(db, bolat.id, photo, { ...memories.bolat, state: 'NEW', stability: 0, lastReview: null, due: NOW });
  await remember(db, w.student.id, w.other.cardIds[0]!, reviewed(0.5, daysAgo(20), daysAgo(19)));

  // Today 09:00 local; yesterday 23:30 local (18:30 UTC, which is still "yesterday" in UTC too); 10 days ago.
  await logReview(db, w.student.id, photo, w.deckId, new Date('2026-12-02T04:00:00Z'));
  await logReview(db, w.student.id, chloro2, w.deckId, new Date('2026-12-02T04:30:00Z'));
  await logReview(db, w.student.id, chloro1, w.deckId, new Date('2026-12-01T18:30:00Z'));
  // 19:30 UTC on 1 December is 00:30 on 2 December in Almaty: it counts today.
  await logReview(db, w.student.id, chloro1, w.deckId, new Date('2026-12-01T19:30:00Z'));
  await logReview(db, bolat.id, chloro1, w.deckId, daysAgo(10));
  // Another class's deck: never counted here.
  await logReview(db, w.student.id, w.other.cardIds[0]!, w.other.deckId, daysAgo(0.5));
  const concepts = await db.card.findMany({ where: { id: { in: [photo, chloro1] } }, select: { id: true, conceptId: true } });
  const conceptOf = (cardId: string) => concepts.find((card) => card.id === cardId)!.conceptId!;
  return { ...w, bolat, dana, memories, photoConcept: conceptOf(photo), chloroConcept: conceptOf(chloro1) };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('classDashboard', () => {
  it('overview: who was active, reviews per local day, mean predicted recall, deck completion', async () => {
    const w = await dashboardWorld();
    const { overview } = await classDashboard(test.prisma, w.teacher, w.classId, NOW, daysAgo(-7));
    expect(overview.students).toBe(3);
    expect(overview.activeThisWeek).toBe(1);
    expect(overview.reviewsPerDay).toHaveLength(14);
    expect(overview.reviewsPerDay.at(-1)).toEqual({ date: '2026-12-02', count: 3 });
    expect(overview.reviewsPerDay.at(-2)).toEqual({ date: '2026-12-01', count: 1 });
    expect(overview.reviewsPerDay[0]!.date).toBe('2026-11-19');
    // Bolat's review 10 days ago is on 22 November.
    expect(overview.reviewsPerDay.find((day) => day.date === '2026-11-22')!.count).toBe(1);
    expect(overview.reviewsPerDay.reduce((sum, day) => sum + day.count, 0)).toBe(5);

    const studied = [...w.memories.aida, w.memories.bolat];
    expect(overview.averageRecall).toBeCloseTo(mean(studied.map((memory) => retrievability(memory, NOW))), 6);

    const deck = overview.assignments.find((assignment) => assignment.kind === 'DECK')!;
    expect(deck).toMatchObject({ kind: 'DECK', cards: 3, completed: 1 });
    expect(deck.kind === 'DECK' && deck.progress).toBeCloseTo((1 + 1 / 3 + 0) / 3, 6);
    expect(overview.assignments.find((assignment) => assignment.kind === 'QUIZ')).toMatchObject({ completed: 0, averageGrade: null });
  });

  it('grid: each student’s mean recall per concept now, null where they have not studied it', async () => {
    const w = await dashboardWorld();
    const { grid } = await classDashboard(test.prisma, w.teacher, w.classId, NOW, daysAgo(-7));
    expect(grid.students.map((student) => student.name)).toEqual(['Aida', 'Bolat', 'Dana']);
    expect(grid.concepts.map((concept) => concept.id)).toEqual([w.photoConcept, w.chloroConcept]);
    const [aida, bolat, dana] = grid.recall as [(number | null)[], (number | null)[], (number | null)[]];
    expect(aida[0]).toBeCloseTo(retrievability(w.memories.aida[0], NOW), 6);
    expect(aida[1]).toBeCloseTo(mean([retrievability(w.memories.aida[1], NOW), retrievability(w.memories.aida[2], NOW)]), 6);
    expect(bolat).toEqual([null, expect.closeTo(retrievability(w.memories.bolat, NOW), 6)]);
    expect(dana).toEqual([null, null]);
    expect(grid.concepts[1]!.classRecall).toBeCloseTo(mean([aida[1]!, bolat[1]!]), 6);
  });

  it('forgetting: concepts by predicted recall on the chosen date, weakest first, with who falls below 70 %', async () => {
    const w = await dashboardWorld();
    const on = daysAgo(-14);
    const { forgetting } = await classDashboard(test.prisma, w.teacher, w.classId, NOW, on);
    expect(forgetting.on).toEqual(on);
    const aidaChloro = mean([retrievability(w.memories.aida[1], on), retrievability(w.memories.aida[2], on)]);
    const bolatChloro = retrievability(w.memories.bolat, on);
    const photo = retrievability(w.memories.aida[0], on);
    expect(bolatChloro).toBeLessThan(0.7);
    expect(forgetting.concepts).toEqual([
      { id: w.chloroConcept, term: 'Chlorophyll', recall: expect.closeTo(mean([aidaChloro, bolatChloro]), 6), studied: 2, below: [aidaChloro, bolatChloro].filter((r) => r < 0.7).length },
      { id: w.photoConcept, term: 'Photosynthesis', recall: expect.closeTo(photo, 6), studied: 1, below: photo < 0.7 ? 1 : 0 },
    ]);
  });

  it('at risk: inactive for a week or more (or never active since joining), with the figures', async () => {
    const w = await dashboardWorld();
    const { atRisk } = await classDashboard(test.prisma, w.teacher, w.classId, NOW, daysAgo(-7));
    expect(atRisk).toEqual([
      { id: w.bolat.id, name: 'Bolat', overdueCards: 1, lastActiveAt: daysAgo(10), reasons: [{ kind: 'inactive', days: 10, never: false }] },
      { id: w.dana.id, name: 'Dana', overdueCards: 0, lastActiveAt: null, reasons: [{ kind: 'inactive', days: 9, never: true }] },
    ]);
  });

  it('quiz assignments: who submitted and the mean of the grades that count', async () => {
    const w = await dashboardWorld();
    const question = await w.addQuestion({ type: 'truefalse', prompt: 'Leaves are green.', answer: 'true' });
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, daysAgo(1));
    await saveAnswer(test.prisma, w.student, attemptId, question, { answer: true }, daysAgo(1));
    const submitted = await submitAttempt(test.prisma, w.student, attemptId, daysAgo(1));
    const { overview } = await classDashboard(test.prisma, w.teacher, w.classId, NOW, daysAgo(-7));
    const quiz = overview.assignments.find((assignment) => assignment.kind === 'QUIZ')!;
    const attempt = await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(submitted).toBeTruthy();
    expect(quiz).toMatchObject({ assignmentId: w.assignmentId, completed: 1, averageGrade: expect.closeTo(Number(attempt.score) / Number(attempt.maxScore), 6) });
  });

  it('review assignments: who has reviewed every card of the concepts since it opened, and the mean share done', async () => {
    const w = await dashboardWorld();
    // Opened yesterday at 10:00: since then Aida reviewed both Chlorophyll cards; Bolat's review is older; Dana has none.
    const assigned = await assignConceptReview(test.prisma, w.teacher, { classId: w.classId, conceptIds: [w.chloroConcept], dueOn: '2026-12-09' }, daysAgo(1));
    if (!assigned.ok) throw new Error(JSON.stringify(assigned));
    const { overview } = await classDashboard(test.prisma, w.teacher, w.classId, NOW, daysAgo(-7));
    expect(overview.assignments.find((assignment) => assignment.kind === 'REVIEW')).toEqual({
      kind: 'REVIEW',
      assignmentId: assigned.value.assignmentId,
      terms: ['Chlorophyll'],
      opensAt: daysAgo(1),
      dueAt: new Date('2026-12-09T18:59:59.999Z'),
      cards: 2,
      completed: 1,
      progress: expect.closeTo(1 / 3, 6),
    });
  });

  it('refuses a student, another teacher and a malformed id, as not found', async () => {
    const w = await dashboardWorld();
    await expect(classDashboard(test.prisma, w.student, w.classId, NOW, NOW)).rejects.toThrow(NotFoundOrForbidden);
    await expect(classDashboard(test.prisma, w.other.teacher, w.classId, NOW, NOW)).rejects.toThrow(NotFoundOrForbidden);
    await expect(classDashboard(test.prisma, w.teacher, 'not-a-uuid', NOW, NOW)).rejects.toThrow(NotFoundOrForbidden);
  });
});
