// The student's overview of a quiz assignment and the home page's list of open quizzes, against a real database:
// what it says before, during and after attempts, its refusals, and who may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden } from '../../access/actor.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { quizWorld, type AssignmentSettings } from '../../testing/quiz-world.ts';
import { listOpenAssignmentsForStudent } from '../assignments.ts';
import { quizOverviewForStudent, startAttempt, submitAttempt } from '../attempts.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test?.cleanup());

const MINUTE = 60_000;
const T0 = new Date(Date.now() - 60 * MINUTE);
const at = (minutes: number) => new Date(T0.getTime() + 60 * MINUTE + minutes * MINUTE);
const world = (settings: AssignmentSettings = {}) => quizWorld(test.prisma, T0, settings);

describe('a quiz assignment as its student sees it', () => {
  it('shows the settings, the class and its time zone, and that an attempt may start', async () => {
    const w = await world({ timeLimitSeconds: 900, dueAt: at(60), maxAttempts: 2 });
    const overview = await quizOverviewForStudent(test.prisma, w.student, w.assignmentId, at(0));
    const klass = await test.prisma.class.findUniqueOrThrow({ where: { id: w.classId } });
    expect(overview).toMatchObject({
      assignmentId: w.assignmentId,
      quizTitle: 'Photosynthesis',
      className: klass.name,
      timeZone: klass.timeZone,
      dueAt: at(60),
      timeLimitSeconds: 900,
      maxAttempts: 2,
      attempts: [],
      openAttemptId: null,
      refusal: null,
    });
    expect(overview.questionCount).toBe(await test.prisma.question.count({ where: { quizId: w.quizId } }));
  });

  it('offers to resume an open attempt, lists submitted ones, and refuses once every attempt is used', async () => {
    const w = await world({ maxAttempts: 2 });
    const first = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    expect(await quizOverviewForStudent(test.prisma, w.student, w.assignmentId, at(1))).toMatchObject({
      openAttemptId: first.attemptId,
      refusal: null,
      attempts: [{ attemptId: first.attemptId, number: 1, status: 'IN_PROGRESS' }],
    });
    await submitAttempt(test.prisma, w.student, first.attemptId, at(2));
    const second = await startAttempt(test.prisma, w.student, w.assignmentId, at(3));
    await submitAttempt(test.prisma, w.student, second.attemptId, at(4));
    const overview = await quizOverviewForStudent(test.prisma, w.student, w.assignmentId, at(5));
    expect(overview.attempts.map((attempt) => [attempt.number, attempt.status])).toEqual([
      [1, 'SUBMITTED'],
      [2, 'SUBMITTED'],
    ]);
    expect(overview).toMatchObject({ openAttemptId: null, refusal: 'attempt.noAttemptsLeft' });
  });

  it('submits the open attempt whose time is up, and says when the quiz is not open yet or closed', async () => {
    const w = await world({ timeLimitSeconds: 60, maxAttempts: null });
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const overview = await quizOverviewForStudent(test.prisma, w.student, w.assignmentId, at(5));
    expect(overview.openAttemptId).toBeNull();
    expect(overview.attempts).toEqual([expect.objectContaining({ attemptId, status: 'SUBMITTED', autoSubmitted: true })]);

    const later = await world({ opensAt: at(30) });
    expect((await quizOverviewForStudent(test.prisma, later.student, later.assignmentId, at(0))).refusal).toBe('attempt.notOpen');
    const closed = await world({ dueAt: at(-1) });
    expect((await quizOverviewForStudent(test.prisma, closed.student, closed.assignmentId, at(0))).refusal).toBe('attempt.closed');
  });

  it('is the same 404 for a student of another class, a teacher, a deck assignment and an unknown id', async () => {
    const w = await world();
    const deckAssignment = await test.prisma.assignment.findFirstOrThrow({ where: { classId: w.classId, kind: 'DECK' } });
    const refused = [
      quizOverviewForStudent(test.prisma, w.student, w.otherAssignmentId, at(0)),
      quizOverviewForStudent(test.prisma, w.teacher, w.assignmentId, at(0)),
      quizOverviewForStudent(test.prisma, w.student, deckAssignment.id, at(0)),
      quizOverviewForStudent(test.prisma, w.student, 'not-a-uuid', at(0)),
    ];
    // Every refusal is awaited together: one made before its turn would otherwise count as unhandled.
    await Promise.all(refused.map((attempt) => expect(attempt).rejects.toBeInstanceOf(NotFoundOrForbidden)));
  });
});

describe('the open quizzes on the student home page', () => {
  it('lists a published quiz of the class beside its deck, and not once it is archived or past due', async () => {
    const w = await world();
    const kinds = async () => (await listOpenAssignmentsForStudent(test.prisma, w.student, at(0))).map((item) => item.kind).sort();
    expect(await kinds()).toEqual(['DECK', 'QUIZ']);
    expect((await listOpenAssignmentsForStudent(test.prisma, w.student, at(0))).find((item) => item.kind === 'QUIZ')).toMatchObject({
      id: w.assignmentId,
      deckId: null,
      title: 'Photosynthesis',
    });
    await test.prisma.assignment.update({ where: { id: w.assignmentId }, data: { dueAt: at(-1) } });
    expect(await kinds()).toEqual(['DECK']);
    await test.prisma.assignment.update({ where: { id: w.assignmentId }, data: { dueAt: null } });
    await test.prisma.quiz.update({ where: { id: w.quizId }, data: { archivedAt: at(0) } });
    expect(await kinds()).toEqual(['DECK']);
  });
});
