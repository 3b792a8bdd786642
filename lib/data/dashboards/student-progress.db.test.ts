// A student's progress on hand-made memories and attempts, each figure worked out by hand: due days in the
// student's zone, mean predicted recall per concept now and on an exam date, the grade that counts, what a student
// may not see yet, and the class a teacher's view is limited to. On PGlite and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { NotFoundOrForbidden, type Actor, type Role } from '../../access/actor.ts';
import { countingScore, type AttemptScoring } from '../../quiz/attempt.ts';
import type { ResultsVisibility } from '../../quiz/results-policy.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { studentProgress, type ProgressScope } from './student-progress.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test?.cleanup());

const DAY = 86_400_000;
// 09:00 on Monday 2 March 2026 in Almaty (UTC+5, no daylight saving).
const NOW = new Date('2026-03-02T04:00:00Z');
const daysBefore = (days: number, from = NOW) => new Date(from.getTime() - days * DAY);
const SELF: ProgressScope = { kind: 'self' };

async function makeUser(role: Role, timeZone: string | null = null): Promise<Actor> {
  return test.prisma.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@school.kz`, name: `${role} ${randomUUID().slice(0, 4)}`, passwordHash: 'x', role, timeZone },
    select: { id: true, role: true, name: true, email: true },
  });
}

/**
 * A teacher's class in Asia/Almaty with one deck assigned a week ago: concepts named in `concepts`, each with that
 * many cards. Answers the class, the teacher and the card ids by concept term.
 */
async function classWithDeck(concepts: Record<string, number>, name = 'Biology') {
  const db = test.prisma;
  const teacher = await makeUser('TEACHER');
  const klass = await db.class.create({ data: { teacherId: teacher.id, name, joinCode: randomUUID(), timeZone: 'Asia/Almaty' } });
  const document = await db.sourceDocument.create({ data: { ownerId: teacher.id, title: name, content: name, contentHash: randomUUID() } });
  const deck = await db.deck.create({ data: { ownerId: teacher.id, documentId: document.id, title: name, publishedAt: daysBefore(7) } });
  const cards: Record<string, string[]> = {};
  let position = 0;
  for (const [term, count] of Object.entries(concepts)) {
    const concept = await db.concept.create({ data: { documentId: document.id, term, key: term.toLowerCase() } });
    cards[term] = [];
    for (let i = 0; i < count; i++) {
      const card = await db.card.create({ data: { deckId: deck.id, conceptId: concept.id, kind: 'BASIC', front: `${term} ${i}`, back: term, position: position++ } });
      cards[term].push(card.id);
    }
  }
  await db.assignment.create({ data: { classId: klass.id, kind: 'DECK', deckId: deck.id, opensAt: daysBefore(7) } });
  return { teacher, klass, deckId: deck.id, cards };
}

async function enrol(student: Actor, classId: string) {
  await test.prisma.enrollment.create({ data: { classId, studentId: student.id, joinedAt: daysBefore(30) } });
}

/** The student's memory of a card: reviewed (state REVIEW) with this stability, last reviewed and due as given. */
async function remember(student: Actor, cardId: string, memory: { stability?: number; lastReview?: Date; due: Date; state?: 'NEW' | 'REVIEW' }) {
  const state = memory.state ?? 'REVIEW';
  await test.prisma.cardState.create({
    data: {
      studentId: student.id,
      cardId,
      state,
      due: memory.due,
      stability: memory.stability ?? (state === 'NEW' ? 0 : 10),
      difficulty: 5,
      reps: state === 'NEW' ? 0 : 1,
      lastReview: state === 'NEW' ? null : (memory.lastReview ?? daysBefore(1)),
    },
  });
}

/** A published quiz assigned to the class, with the student's submitted attempts (score, maxScore). */
async function quizWithAttempts(
  classId: string,
  ownerId: string,
  student: Actor,
  attempts: readonly (readonly [number, number])[],
  settings: { title?: string; scoring?: AttemptScoring; resultsVisibility?: ResultsVisibility; dueAt?: Date | null; opensAt?: Date } = {},
) {
  const db = test.prisma;
  const quiz = await db.quiz.create({ data: { ownerId, title: settings.title ?? 'Quiz', publishedAt: daysBefore(10) } });
  const assignment = await db.assignment.create({
    data: {
      classId,
      kind: 'QUIZ',
      quizId: quiz.id,
      opensAt: settings.opensAt ?? daysBefore(5),
      dueAt: settings.dueAt ?? null,
      maxAttempts: null,
      scoring: settings.scoring ?? 'HIGHEST',
      resultsVisibility: settings.resultsVisibility ?? 'IMMEDIATELY',
    },
  });
  for (const [index, [score, maxScore]] of attempts.entries()) {
    await db.attempt.create({
      data: {
        assignmentId: assignment.id,
        studentId: student.id,
        number: index + 1,
        status: 'SUBMITTED',
        startedAt: daysBefore(4 - index * 0.1),
        submittedAt: daysBefore(4 - index * 0.1 - 0.01),
        layout: { questions: [] },
        score,
        maxScore,
      },
    });
  }
  return assignment.id;
}

describe('studentProgress: the due forecast', () => {
  it('buckets cards by the student’s local day: overdue ones into today, 23:30 today, 00:30 tomorrow (still today in UTC), the 14th day, not the 15th', async () => {
    const { klass, cards } = await classWithDeck({ Cell: 7, Tissue: 1 });
    const student = await makeUser('STUDENT');
    await enrol(student, klass.id);
    const [overdue, lateToday, earlyTomorrow, lastDay, tooLate, later] = cards.Cell!;
    await remember(student, overdue!, { due: new Date('2026-02-27T10:00:00Z') }); // 27 February: overdue, counts today
    await remember(student, lateToday!, { due: new Date('2026-03-02T18:30:00Z') }); // 23:30 on 2 March
    await remember(student, earlyTomorrow!, { due: new Date('2026-03-02T19:30:00Z') }); // 00:30 on 3 March, 2 March in UTC
    await remember(student, lastDay!, { due: new Date('2026-03-16T18:59:00Z') }); // 23:59 on 16 March: today + 14
    await remember(student, tooLate!, { due: new Date('2026-03-16T19:00:00Z') }); // 00:00 on 17 March: today + 15
    await remember(student, later!, { due: new Date('2026-03-03T10:00:00Z') }); // 15:00 on 3 March
    // A new card (never reviewed) is not due; it waits among the new cards.
    await remember(student, cards.Cell![6]!, { due: daysBefore(1), state: 'NEW' });

    const progress = await studentProgress(test.prisma, student, SELF, { now: NOW });
    expect(progress.timeZone).toBe('Asia/Almaty');
    expect(progress.today).toBe('2026-03-02');
    expect(progress.forecast).toHaveLength(15);
    expect(progress.forecast[0]).toEqual({ date: '2026-03-02', due: 2 });
    expect(progress.forecast[1]).toEqual({ date: '2026-03-03', due: 2 });
    expect(progress.forecast[14]).toEqual({ date: '2026-03-16', due: 1 });
    expect(progress.forecast.slice(2, 14).every((day) => day.due === 0)).toBe(true);
    expect(progress.overdue).toBe(1);
  });

  it('reckons days in the student’s own zone when they set one', async () => {
    const { klass, cards } = await classWithDeck({ Cell: 1 });
    const student = await makeUser('STUDENT', 'America/New_York'); // UTC−5 in March before the 8th
    await enrol(student, klass.id);
    // 22:00 on 1 March in New York: 2 March in Almaty and in UTC, but yesterday for this student.
    await remember(student, cards.Cell![0]!, { due: new Date('2026-03-02T03:00:00Z') });
    const progress = await studentProgress(test.prisma, student, SELF, { now: new Date('2026-03-02T12:00:00Z') });
    expect(progress.today).toBe('2026-03-02');
    expect(progress.forecast[0]).toEqual({ date: '2026-03-02', due: 1 });
    expect(progress.overdue).toBe(1);
  });
});

describe('studentProgress: mastery per concept', () => {
  it('is the mean predicted recall of the studied cards; concepts with none studied are not started, listed last', async () => {
    const { klass, cards } = await classWithDeck({ Cell: 3, Tissue: 1, Organ: 2, Atom: 1 });
    const student = await makeUser('STUDENT');
    await enrol(student, klass.id);
    // Cell: t = S gives 0.9 whatever the decay; reviewed 2 hours ago is 0 whole days, so 1. Mean 0.95, 2 of 3 studied.
    await remember(student, cards.Cell![0]!, { stability: 10, lastReview: daysBefore(10), due: NOW });
    await remember(student, cards.Cell![1]!, { stability: 5, lastReview: new Date(NOW.getTime() - 2 * 3_600_000), due: daysBefore(-5) });
    await remember(student, cards.Cell![2]!, { due: NOW, state: 'NEW' });
    // Tissue: 0.9 (t = S = 4 days). Organ and Atom: never reviewed.
    await remember(student, cards.Tissue![0]!, { stability: 4, lastReview: daysBefore(4), due: NOW });

    const { concepts, exam } = await studentProgress(test.prisma, student, SELF, { now: NOW });
    expect(concepts.map(({ term, cards, studied }) => ({ term, cards, studied }))).toEqual([
      { term: 'Tissue', cards: 1, studied: 1 },
      { term: 'Cell', cards: 3, studied: 2 },
      { term: 'Atom', cards: 1, studied: 0 },
      { term: 'Organ', cards: 2, studied: 0 },
    ]);
    expect(concepts[0]!.recallNow).toBeCloseTo(0.9, 8);
    expect(concepts[1]!.recallNow).toBeCloseTo(0.95, 8);
    expect(concepts.slice(2).map((concept) => [concept.recallNow, concept.recallAtExam])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(exam.total).toBe(4);
  });
});

describe('studentProgress: exam readiness', () => {
  // A fitted FSRS-6 decay w20 = 0.5: factor = 0.9^−2 − 1 = 19/81, so with S = 19, R = (1 + t/81)^−0.5.
  async function studentWithDecayHalf() {
    const { klass, cards, teacher } = await classWithDeck({ Cell: 2, Tissue: 1, Organ: 1 });
    const student = await makeUser('STUDENT');
    await enrol(student, klass.id);
    await test.prisma.fsrsParameters.create({ data: { studentId: student.id, weights: [...default_w.slice(0, 20), 0.5], reviewCount: 500 } });
    // Cell's two cards last reviewed at 08:00 on 2 March; Tissue's 162 days before that.
    const lastReview = new Date('2026-03-02T03:00:00Z');
    for (const cardId of cards.Cell!) await remember(student, cardId, { stability: 19, lastReview, due: daysBefore(-19) });
    await remember(student, cards.Tissue![0]!, { stability: 19, lastReview: daysBefore(162, lastReview), due: daysBefore(143, lastReview) });
    return { klass, teacher, student };
  }

  it('predicts each concept’s recall at the end of the chosen day, by hand', async () => {
    const { student } = await studentWithDecayHalf();
    // The end of 22 May in Almaty is 81 days and 16 hours after the last review of Cell: t = 81, R = 2^−0.5.
    // Tissue: t = 162 + 81 = 243, R = 4^−0.5 = 0.5; now t = 162, R = 3^−0.5.
    const { concepts, exam } = await studentProgress(test.prisma, student, SELF, { now: NOW, exam: '2026-05-22' });
    expect(exam).toEqual({ input: '2026-05-22', error: null, date: '2026-05-22', basis: 'chosen', quizTitle: null, likely: 1, total: 3 });
    const byTerm = Object.fromEntries(concepts.map((concept) => [concept.term, concept]));
    expect(byTerm.Cell!.recallAtExam).toBeCloseTo(Math.SQRT1_2, 8);
    expect(byTerm.Cell!.recallNow).toBe(1);
    expect(byTerm.Tissue!.recallAtExam).toBeCloseTo(0.5, 8);
    expect(byTerm.Tissue!.recallNow).toBeCloseTo(1 / Math.sqrt(3), 8);
    expect(byTerm.Organ!.recallAtExam).toBeNull();
  });

  it('defaults to the local day of the next quiz due, else to two weeks from today', async () => {
    const { klass, teacher, student } = await studentWithDecayHalf();
    expect((await studentProgress(test.prisma, student, SELF, { now: NOW })).exam).toMatchObject({
      input: '2026-03-16',
      date: '2026-03-16',
      basis: 'inTwoWeeks',
      quizTitle: null,
      error: null,
    });
    // Due at 21:00 on 20 March UTC, which is 02:00 on 21 March in Almaty. A quiz due later, or already past, or
    // not open yet, is not the next one.
    await quizWithAttempts(klass.id, teacher.id, student, [], { title: 'Midterm', dueAt: new Date('2026-03-20T21:00:00Z') });
    await quizWithAttempts(klass.id, teacher.id, student, [], { title: 'Final', dueAt: new Date('2026-04-20T06:00:00Z') });
    await quizWithAttempts(klass.id, teacher.id, student, [], { title: 'Past', dueAt: daysBefore(1) });
    await quizWithAttempts(klass.id, teacher.id, student, [], { title: 'Not open', dueAt: new Date('2026-03-05T06:00:00Z'), opensAt: daysBefore(-1) });
    expect((await studentProgress(test.prisma, student, SELF, { now: NOW })).exam).toMatchObject({
      input: '2026-03-21',
      date: '2026-03-21',
      basis: 'nextQuiz',
      quizTitle: 'Midterm',
    });
  });

  it('refuses a date that is not a calendar date, or is past, and predicts for the default date instead', async () => {
    const { student } = await studentWithDecayHalf();
    const invalid = await studentProgress(test.prisma, student, SELF, { now: NOW, exam: '2026-02-30' });
    expect(invalid.exam).toMatchObject({ input: '2026-02-30', error: 'examInvalid', date: '2026-03-16', basis: 'inTwoWeeks' });
    expect((await studentProgress(test.prisma, student, SELF, { now: NOW, exam: 'next week' })).exam).toMatchObject({ error: 'examInvalid' });
    // Yesterday in Almaty (while still 2 March in most of the world, 1 March is past here).
    const past = await studentProgress(test.prisma, student, SELF, { now: NOW, exam: '2026-03-01' });
    expect(past.exam).toMatchObject({ input: '2026-03-01', error: 'examPast', date: '2026-03-16' });
    // Today is allowed; an empty field is no date at all.
    expect((await studentProgress(test.prisma, student, SELF, { now: NOW, exam: '2026-03-02' })).exam).toMatchObject({ error: null, date: '2026-03-02', basis: 'chosen' });
    expect((await studentProgress(test.prisma, student, SELF, { now: NOW, exam: ' ' })).exam).toMatchObject({ error: null, basis: 'inTwoWeeks' });
  });
});

describe('studentProgress: quiz history', () => {
  it('gives the grade that counts as countingScore does: the last, the best (earliest of equal shares), the mean share', async () => {
    const { klass, teacher } = await classWithDeck({ Cell: 1 });
    const student = await makeUser('STUDENT');
    await enrol(student, klass.id);
    const attempts: [number, number][] = [
      [6, 10],
      [9, 10],
      [7, 10],
    ];
    // Shares 0.8 and 0.8: the first counts. Mean of 0.6, 0.9, 0.7 = 0.7333… of 10 points = 7.33.
    const cases = [
      { scoring: 'LAST', attempts, expected: { score: 7, maxScore: 10 } },
      { scoring: 'HIGHEST', attempts, expected: { score: 9, maxScore: 10 } },
      { scoring: 'AVERAGE', attempts, expected: { score: 7.33, maxScore: 10 } },
      { scoring: 'HIGHEST', attempts: [[4, 5], [8, 10]], expected: { score: 4, maxScore: 5 } },
      { scoring: 'AVERAGE', attempts: [[4, 5], [5, 10]], expected: { score: 6.5, maxScore: 10 } },
    ] as const;
    for (const [index, { scoring, attempts: made }] of cases.entries()) {
      await quizWithAttempts(klass.id, teacher.id, student, made, { title: `Quiz ${index}`, scoring, dueAt: daysBefore(index) });
    }
    const { quizzes } = await studentProgress(test.prisma, student, SELF, { now: NOW });
    for (const [index, { scoring, attempts: made, expected }] of cases.entries()) {
      const quiz = quizzes.find((entry) => entry.title === `Quiz ${index}`)!;
      expect({ status: quiz.status, score: quiz.score, maxScore: quiz.maxScore, attempts: quiz.attempts }).toEqual({ status: 'graded', ...expected, attempts: made.length });
      const counted = countingScore(made.map(([score, maxScore], number) => ({ number: number + 1, score, maxScore })), scoring)!;
      expect({ score: counted.score, maxScore: counted.maxScore }).toEqual(expected);
    }
    // Most recently due first.
    expect(quizzes.map((quiz) => quiz.title)).toEqual(['Quiz 0', 'Quiz 1', 'Quiz 2', 'Quiz 3', 'Quiz 4']);
  });

  it('withholds from the student a score whose results show after the due time, until then; the teacher sees it', async () => {
    const { klass, teacher } = await classWithDeck({ Cell: 1 });
    const student = await makeUser('STUDENT');
    await enrol(student, klass.id);
    const dueAt = new Date(NOW.getTime() + 3_600_000);
    await quizWithAttempts(klass.id, teacher.id, student, [[3, 4]], { title: 'After due', resultsVisibility: 'AFTER_DUE', dueAt });
    await quizWithAttempts(klass.id, teacher.id, student, [[1, 4]], { title: 'Never', resultsVisibility: 'NEVER', dueAt });
    await quizWithAttempts(klass.id, teacher.id, student, [], { title: 'Untaken', dueAt });

    const own = (await studentProgress(test.prisma, student, SELF, { now: NOW })).quizzes;
    const byTitle = (list: typeof own) => Object.fromEntries(list.map((quiz) => [quiz.title, { status: quiz.status, score: quiz.score, maxScore: quiz.maxScore }]));
    expect(byTitle(own)).toEqual({
      'After due': { status: 'withheld', score: null, maxScore: null },
      // NEVER shows the score only: a student is always told their own grade.
      Never: { status: 'graded', score: 1, maxScore: 4 },
      Untaken: { status: 'notSubmitted', score: null, maxScore: null },
    });
    expect(own.find((quiz) => quiz.title === 'After due')!.submittedAt).toEqual(daysBefore(4 - 0.01));

    const asTeacher = await studentProgress(test.prisma, teacher, { kind: 'class', classId: klass.id, studentId: student.id }, { now: NOW });
    expect(byTitle(asTeacher.quizzes)['After due']).toEqual({ status: 'graded', score: 3, maxScore: 4 });

    const afterDue = await studentProgress(test.prisma, student, SELF, { now: new Date(dueAt.getTime() + 1) });
    expect(byTitle(afterDue.quizzes)['After due']).toEqual({ status: 'graded', score: 3, maxScore: 4 });
  });
});

describe('studentProgress: scope and access', () => {
  async function studentInTwoClasses() {
    const biology = await classWithDeck({ Cell: 1 }, 'Biology');
    const physics = await classWithDeck({ Atom: 1 }, 'Physics');
    const student = await makeUser('STUDENT');
    await enrol(student, biology.klass.id);
    await enrol(student, physics.klass.id);
    await remember(student, biology.cards.Cell![0]!, { due: NOW });
    await remember(student, physics.cards.Atom![0]!, { due: NOW });
    await quizWithAttempts(biology.klass.id, biology.teacher.id, student, [[1, 1]], { title: 'Biology quiz' });
    await quizWithAttempts(physics.klass.id, physics.teacher.id, student, [[1, 1]], { title: 'Physics quiz' });
    for (const [deckId, cardId] of [
      [biology.deckId, biology.cards.Cell![0]!],
      [physics.deckId, physics.cards.Atom![0]!],
      [physics.deckId, physics.cards.Atom![0]!],
    ] as const) {
      await test.prisma.reviewLog.create({
        data: {
          studentId: student.id, cardId, deckId, rating: 'GOOD', stateBefore: 'NEW', due: NOW, stability: 10, difficulty: 5,
          elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 10, learningSteps: 0, reviewedAt: daysBefore(1), idempotencyKey: randomUUID(),
        },
      });
    }
    return { biology, physics, student };
  }

  it('counts every current class for the student, only the class in the URL for its teacher', async () => {
    const { biology, physics, student } = await studentInTwoClasses();
    const own = await studentProgress(test.prisma, student, SELF, { now: NOW });
    expect(own.concepts.map((concept) => concept.term).sort()).toEqual(['Atom', 'Cell']);
    expect(own.quizzes.map((quiz) => quiz.title).sort()).toEqual(['Biology quiz', 'Physics quiz']);
    expect(own.forecast[0]!.due).toBe(2);
    expect(own.studyDays).toEqual([{ date: '2026-03-01', reviews: 3 }]);
    expect(own).toMatchObject({ student: { id: student.id, name: student.name }, klass: null });

    const drillDown = await studentProgress(test.prisma, biology.teacher, { kind: 'class', classId: biology.klass.id, studentId: student.id }, { now: NOW });
    expect(drillDown.concepts.map((concept) => concept.term)).toEqual(['Cell']);
    expect(drillDown.quizzes.map((quiz) => quiz.title)).toEqual(['Biology quiz']);
    expect(drillDown.forecast[0]!.due).toBe(1);
    expect(drillDown.studyDays).toEqual([{ date: '2026-03-01', reviews: 1 }]);
    expect(drillDown).toMatchObject({ student: { id: student.id, name: student.name }, klass: { id: biology.klass.id, name: 'Biology' } });

    // An archived class drops out of the student's own view.
    await test.prisma.class.update({ where: { id: physics.klass.id }, data: { archivedAt: NOW } });
    expect((await studentProgress(test.prisma, student, SELF, { now: NOW })).concepts.map((concept) => concept.term)).toEqual(['Cell']);
  });

  it('refuses anyone else: a teacher of another class, a student asking about anyone, a student not in the class, bad ids', async () => {
    const { biology, physics, student } = await studentInTwoClasses();
    const classmate = await makeUser('STUDENT');
    await enrol(classmate, biology.klass.id);
    const outsider = await makeUser('STUDENT');
    const scope = (classId: string, studentId: string): ProgressScope => ({ kind: 'class', classId, studentId });
    const refusals: [Actor, ProgressScope][] = [
      [physics.teacher, scope(biology.klass.id, student.id)],
      [biology.teacher, scope(biology.klass.id, outsider.id)],
      [biology.teacher, scope(physics.klass.id, student.id)],
      [classmate, scope(biology.klass.id, student.id)],
      [student, scope(biology.klass.id, student.id)],
      [biology.teacher, SELF],
      [biology.teacher, scope('not-a-uuid', student.id)],
      [biology.teacher, scope(biology.klass.id, 'not-a-uuid')],
    ];
    for (const [actor, asked] of refusals) {
      await expect(studentProgress(test.prisma, actor, asked, { now: NOW })).rejects.toBeInstanceOf(NotFoundOrForbidden);
    }
    const { student: asked } = await studentProgress(test.prisma, biology.teacher, scope(biology.klass.id, classmate.id), { now: NOW });
    expect(asked.id).toBe(classmate.id);
  });
});
