// Assigning a quiz to a class on PGlite and PostgreSQL: times typed in the class's zone, every setting, every bad
// field refused with nothing stored, and what may still change once a student has started.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden } from '../access/actor.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { answeredAttempt, authoringWorld } from '../testing/authoring-world.ts';
import type { AssignmentSettingsFormValues } from '../validation/quizzes.ts';
import { assignQuiz, listClassesToAssign, listQuizAssignments, updateQuizAssignment } from './quiz-assignments.ts';
import { deleteDraft } from './drafts.ts';
import { createQuiz } from './quizzes.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

const NOW = new Date('2026-11-25T10:00:00Z');

/** The form's values as the browser sends them. */
const SETTINGS: AssignmentSettingsFormValues = {
  opensAt: '2026-12-01T09:00',
  dueAt: '2026-12-01T09:45',
  timeLimitMinutes: '20',
  maxAttempts: '2',
  scoring: 'LAST',
  shuffleQuestions: true,
  shuffleChoices: true,
  resultsVisibility: 'AFTER_DUE',
  allowLate: false,
};

const assignmentsOf = (quizId: string) => db.prisma.assignment.findMany({ where: { quizId }, orderBy: { id: 'asc' } });

describe('assignQuiz', () => {
  it('stores the times typed in the class’s zone (Asia/Almaty, UTC+5 all year) and every setting, and publishes the quiz', async () => {
    const w = await authoringWorld(db.prisma);
    const result = await assignQuiz(db.prisma, w.teacher, w.generatedQuizId, w.classId, SETTINGS, NOW);
    expect(result).toEqual({ ok: true, value: { assignmentId: expect.any(String) } });
    const [assignment] = await assignmentsOf(w.generatedQuizId);
    expect(assignment).toMatchObject({
      classId: w.classId,
      kind: 'QUIZ',
      opensAt: new Date('2026-12-01T04:00:00Z'),
      dueAt: new Date('2026-12-01T04:45:00Z'),
      timeLimitSeconds: 1200,
      maxAttempts: 2,
      scoring: 'LAST',
      shuffleQuestions: true,
      shuffleChoices: true,
      resultsVisibility: 'AFTER_DUE',
      allowLate: false,
    });
    expect((await db.prisma.quiz.findUniqueOrThrow({ where: { id: w.generatedQuizId } })).publishedAt).toEqual(NOW);
    const [view] = await listQuizAssignments(db.prisma, w.teacher, w.generatedQuizId);
    expect(view).toMatchObject({ classId: w.classId, className: 'Biology 7A', timeZone: 'Asia/Almaty', attemptCount: 0, settings: SETTINGS });
  });

  it('takes no time limit and unlimited attempts', async () => {
    const w = await authoringWorld(db.prisma);
    await assignQuiz(db.prisma, w.teacher, w.generatedQuizId, w.classId, { ...SETTINGS, timeLimitMinutes: '', maxAttempts: 'unlimited' }, NOW);
    expect((await assignmentsOf(w.generatedQuizId))[0]).toMatchObject({ timeLimitSeconds: null, maxAttempts: null });
  });

  it('reads the time in a zone with daylight saving as it is on that date, and refuses a time the clocks skip', async () => {
    const w = await authoringWorld(db.prisma, { timeZone: 'Europe/Berlin' });
    await assignQuiz(db.prisma, w.teacher, w.generatedQuizId, w.classId, { ...SETTINGS, opensAt: '2027-03-27T09:00', dueAt: '2027-03-28T09:00' }, NOW);
    expect((await assignmentsOf(w.generatedQuizId))[0]).toMatchObject({
      opensAt: new Date('2027-03-27T08:00:00Z'),
      dueAt: new Date('2027-03-28T07:00:00Z'),
    });
    const skipped = await assignQuiz(db.prisma, w.teacher, w.generatedQuizId, w.classId, { ...SETTINGS, opensAt: '2027-03-28T02:30', dueAt: '2027-03-28T09:00' }, NOW);
    expect(skipped).toEqual({ ok: false, fieldErrors: { opensAt: 'assignment.timeNotInZone' } });
    expect(await assignmentsOf(w.generatedQuizId)).toHaveLength(1);
  });

  it('refuses every bad field with a message on that field, storing nothing', async () => {
    const w = await authoringWorld(db.prisma);
    const bad: [Partial<Record<keyof AssignmentSettingsFormValues, unknown>>, Record<string, string>][] = [
      [{ opensAt: '' }, { opensAt: 'assignment.opensRequired' }],
      [{ opensAt: '01.12.2026 09:00' }, { opensAt: 'assignment.dateTimeInvalid' }],
      [{ opensAt: '2026-02-30T09:00' }, { opensAt: 'assignment.dateTimeInvalid' }],
      [{ dueAt: '' }, { dueAt: 'assignment.dueRequired' }],
      [{ dueAt: '2026-12-01T08:59' }, { dueAt: 'assignment.dueBeforeOpens' }],
      [{ dueAt: '2026-12-01T09:00' }, { dueAt: 'assignment.dueBeforeOpens' }],
      // Every date is bounded: from the year 2000 to two years ahead of the class's today (2026-11-25).
      [{ opensAt: '9999-12-31T09:00', dueAt: '9999-12-31T10:00' }, { opensAt: 'assignment.dateOutOfRange', dueAt: 'assignment.dateOutOfRange' }],
      [{ opensAt: '1999-12-31T09:00' }, { opensAt: 'assignment.dateOutOfRange' }],
      [{ dueAt: '2028-11-26T00:00' }, { dueAt: 'assignment.dateOutOfRange' }],
      [{ opensAt: '2028-11-26T09:00', dueAt: '2028-11-26T10:00' }, { opensAt: 'assignment.dateOutOfRange' }],
      [{ timeLimitMinutes: '0' }, { timeLimitMinutes: 'assignment.timeLimitInvalid' }],
      [{ timeLimitMinutes: '601' }, { timeLimitMinutes: 'assignment.timeLimitInvalid' }],
      [{ timeLimitMinutes: '2.5' }, { timeLimitMinutes: 'assignment.timeLimitInvalid' }],
      [{ timeLimitMinutes: 'soon' }, { timeLimitMinutes: 'assignment.timeLimitInvalid' }],
      [{ maxAttempts: '0' }, { maxAttempts: 'assignment.attemptsInvalid' }],
      [{ maxAttempts: '11' }, { maxAttempts: 'assignment.attemptsInvalid' }],
      [{ maxAttempts: 'many' }, { maxAttempts: 'assignment.attemptsInvalid' }],
      [{ scoring: 'BEST' }, { scoring: 'assignment.scoringInvalid' }],
      [{ resultsVisibility: 'SOMETIMES' }, { resultsVisibility: 'assignment.resultsInvalid' }],
      [{ shuffleQuestions: 'yes' }, { shuffleQuestions: 'assignment.flagInvalid' }],
      [{ shuffleChoices: 1 }, { shuffleChoices: 'assignment.flagInvalid' }],
      [{ allowLate: null }, { allowLate: 'assignment.flagInvalid' }],
    ];
    for (const [change, fieldErrors] of bad) {
      const result = await assignQuiz(db.prisma, w.teacher, w.generatedQuizId, w.classId, { ...SETTINGS, ...change } as AssignmentSettingsFormValues, NOW);
      expect(result, JSON.stringify(change)).toEqual({ ok: false, fieldErrors });
    }
    expect(await assignmentsOf(w.generatedQuizId)).toEqual([]);
    expect((await db.prisma.quiz.findUniqueOrThrow({ where: { id: w.generatedQuizId } })).publishedAt).toBeNull();
  });

  it('refuses a quiz with no questions and an archived class', async () => {
    const w = await authoringWorld(db.prisma);
    const { quizId } = await createQuiz(db.prisma, w.teacher, { title: 'Empty', description: '' });
    expect(await assignQuiz(db.prisma, w.teacher, quizId, w.classId, SETTINGS, NOW)).toEqual({ ok: false, fieldErrors: {}, formError: 'assignment.quizEmpty' });
    await db.prisma.question.updateMany({ where: { quizId: w.generatedQuizId }, data: { archivedAt: NOW } });
    expect(await assignQuiz(db.prisma, w.teacher, w.generatedQuizId, w.classId, SETTINGS, NOW)).toMatchObject({ ok: false, formError: 'assignment.quizEmpty' });
    await db.prisma.question.updateMany({ where: { quizId: w.generatedQuizId }, data: { archivedAt: null } });
    await db.prisma.class.update({ where: { id: w.classId }, data: { archivedAt: NOW } });
    expect(await assignQuiz(db.prisma, w.teacher, w.generatedQuizId, w.classId, SETTINGS, NOW)).toEqual({ ok: false, fieldErrors: { classId: 'assignment.classArchived' } });
    expect(await db.prisma.assignment.count({ where: { quizId: { in: [quizId, w.generatedQuizId] } } })).toBe(0);
  });

  it('refuses students, another teacher, and a class or quiz of someone else', async () => {
    const w = await authoringWorld(db.prisma);
    const other = await authoringWorld(db.prisma);
    for (const actor of [w.student, w.outsider, w.otherTeacher]) {
      await expect(assignQuiz(db.prisma, actor, w.generatedQuizId, w.classId, SETTINGS, NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
      await expect(listQuizAssignments(db.prisma, actor, w.generatedQuizId)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    }
    await expect(assignQuiz(db.prisma, w.teacher, w.generatedQuizId, other.classId, SETTINGS, NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    await expect(assignQuiz(db.prisma, w.teacher, other.generatedQuizId, w.classId, SETTINGS, NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    expect(await db.prisma.assignment.count({ where: { quizId: { in: [w.generatedQuizId, other.generatedQuizId] } } })).toBe(0);
  });
});

describe('updateQuizAssignment', () => {
  async function assigned() {
    const w = await authoringWorld(db.prisma);
    const result = await assignQuiz(db.prisma, w.teacher, w.generatedQuizId, w.classId, SETTINGS, NOW);
    if (!result.ok) throw new Error('not assigned');
    return { ...w, assignmentId: result.value.assignmentId };
  }

  it('changes every setting while nobody has started', async () => {
    const w = await assigned();
    const changed: AssignmentSettingsFormValues = {
      opensAt: '2026-12-02T10:00',
      dueAt: '2026-12-03T18:00',
      timeLimitMinutes: '',
      maxAttempts: 'unlimited',
      scoring: 'AVERAGE',
      shuffleQuestions: false,
      shuffleChoices: false,
      resultsVisibility: 'NEVER',
      allowLate: true,
    };
    expect(await updateQuizAssignment(db.prisma, w.teacher, w.assignmentId, changed)).toEqual({ ok: true, value: undefined });
    const [view] = await listQuizAssignments(db.prisma, w.teacher, w.generatedQuizId);
    expect(view!.settings).toEqual(changed);
    expect(view!.opensAt).toEqual(new Date('2026-12-02T05:00:00Z'));
  });

  it('after a student started, changes the due time and the late flag only, and refuses anything else whole', async () => {
    const w = await assigned();
    const questionId = (await db.prisma.question.findFirstOrThrow({ where: { quizId: w.generatedQuizId, type: 'TRUE_FALSE' } })).id;
    await answeredAttempt(db.prisma, { assignmentId: w.assignmentId, studentId: w.student.id, questionId, response: { answer: true } });
    const before = await db.prisma.assignment.findUniqueOrThrow({ where: { id: w.assignmentId } });
    for (const change of [
      { opensAt: '2026-12-01T08:00' },
      { timeLimitMinutes: '30' },
      { maxAttempts: '3' },
      { scoring: 'HIGHEST' },
      { shuffleQuestions: false },
      { shuffleChoices: false },
      { resultsVisibility: 'IMMEDIATELY' },
      { dueAt: '2026-12-02T09:00', timeLimitMinutes: '' },
    ] as Partial<AssignmentSettingsFormValues>[]) {
      expect(await updateQuizAssignment(db.prisma, w.teacher, w.assignmentId, { ...SETTINGS, ...change }), JSON.stringify(change)).toEqual({
        ok: false,
        fieldErrors: {},
        formError: 'assignment.lockedAfterAttempts',
      });
    }
    expect(await db.prisma.assignment.findUniqueOrThrow({ where: { id: w.assignmentId } })).toEqual(before);
    expect(await updateQuizAssignment(db.prisma, w.teacher, w.assignmentId, { ...SETTINGS, dueAt: '2026-12-02T09:00', allowLate: true })).toEqual({ ok: true, value: undefined });
    expect(await db.prisma.assignment.findUniqueOrThrow({ where: { id: w.assignmentId } })).toEqual({
      ...before,
      dueAt: new Date('2026-12-02T04:00:00Z'),
      allowLate: true,
      updatedAt: expect.any(Date),
    });
    expect((await listQuizAssignments(db.prisma, w.teacher, w.generatedQuizId))[0]!.attemptCount).toBe(1);
  });

  it('refuses bad input and other people, storing nothing', async () => {
    const w = await assigned();
    const before = await db.prisma.assignment.findUniqueOrThrow({ where: { id: w.assignmentId } });
    expect(await updateQuizAssignment(db.prisma, w.teacher, w.assignmentId, { ...SETTINGS, dueAt: '2026-11-30T09:00' })).toEqual({
      ok: false,
      fieldErrors: { dueAt: 'assignment.dueBeforeOpens' },
    });
    expect(await updateQuizAssignment(db.prisma, w.teacher, w.assignmentId, { ...SETTINGS, maxAttempts: '12' })).toEqual({
      ok: false,
      fieldErrors: { maxAttempts: 'assignment.attemptsInvalid' },
    });
    for (const actor of [w.student, w.outsider, w.otherTeacher]) {
      await expect(updateQuizAssignment(db.prisma, actor, w.assignmentId, SETTINGS)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    }
    // A deck assignment is not a quiz assignment.
    const deckAssignment = await db.prisma.assignment.create({ data: { classId: w.classId, kind: 'DECK', deckId: w.deckId, opensAt: NOW } });
    await expect(updateQuizAssignment(db.prisma, w.teacher, deckAssignment.id, SETTINGS)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    expect(await db.prisma.assignment.findUniqueOrThrow({ where: { id: w.assignmentId } })).toEqual(before);
  });

  it('shows an assignment made by publishing a draft (no due time) with an empty due field', async () => {
    const w = await authoringWorld(db.prisma);
    await db.prisma.assignment.create({ data: { classId: w.classId, kind: 'QUIZ', quizId: w.generatedQuizId, opensAt: new Date('2026-11-25T10:00:30.5Z') } });
    const [view] = await listQuizAssignments(db.prisma, w.teacher, w.generatedQuizId);
    expect(view!.settings).toMatchObject({ opensAt: '2026-11-25T15:00', dueAt: '', timeLimitMinutes: '', maxAttempts: '1', scoring: 'HIGHEST' });
  });
});

describe('listClassesToAssign', () => {
  it('lists the teacher’s current classes with their zones, and nobody else’s', async () => {
    const w = await authoringWorld(db.prisma);
    await db.prisma.class.create({ data: { name: 'Old class', joinCode: 'ZZZ234', teacherId: w.teacher.id, archivedAt: NOW } });
    expect(await listClassesToAssign(db.prisma, w.teacher)).toEqual([{ id: w.classId, name: 'Biology 7A', timeZone: 'Asia/Almaty' }]);
    expect(await listClassesToAssign(db.prisma, w.otherTeacher)).toEqual([]);
    await expect(listClassesToAssign(db.prisma, w.student)).rejects.toBeInstanceOf(NotFoundOrForbidden);
  });
});

describe('a generated quiz assigned on its own', () => {
  it('outlives its draft deck when the draft is deleted, with its assignment', async () => {
    const w = await authoringWorld(db.prisma);
    await assignQuiz(db.prisma, w.teacher, w.generatedQuizId, w.classId, SETTINGS, NOW);
    expect(await deleteDraft(db.prisma, w.teacher, { deckId: w.deckId })).toEqual({ ok: true });
    expect(await db.prisma.deck.findUnique({ where: { id: w.deckId } })).toBeNull();
    expect(await db.prisma.quiz.findUniqueOrThrow({ where: { id: w.generatedQuizId } })).toMatchObject({ deckId: null, publishedAt: NOW });
    expect(await db.prisma.question.count({ where: { quizId: w.generatedQuizId } })).toBe(6);
    expect(await assignmentsOf(w.generatedQuizId)).toHaveLength(1);
  });
});
