// The teacher's grading actions and the class's quiz-memory setting through their server actions: an override with
// a decimal comma and a comment changes the total, on an unanswered question too; bad input (score above the points, below 0, not a number,
// missing comment) gets a message on its field and stores nothing; a regrade after a key edit counts the attempts
// and keeps overrides; other people get "not found".
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/access/actor';
import { saveAnswer, startAttempt, submitAttempt } from '@/lib/data/attempts';
import { setClassArchived } from '@/lib/data/classes';
import { useDbForTests } from '@/lib/db/client';
import messages from '@/lib/i18n/messages/en.json';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';
import { quizWorld } from '@/lib/testing/quiz-world';

let currentActor: Actor | null = null;
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/lib/auth/current-actor', () => ({ getActor: async () => currentActor }));

const { overrideAnswerScoreAction, regradeQuestionAction } = await import('./actions.ts');
const { updateClassQuizMemoryAction } = await import('../../actions.ts');

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
});
afterAll(async () => test?.cleanup());

const T0 = new Date(Date.now() - 3_600_000);

let w: Awaited<ReturnType<typeof quizWorld>>;
let trueFalse: string;
let attemptIds: string[];
beforeEach(async () => {
  w = await quizWorld(test.prisma, T0);
  await test.prisma.assignment.update({ where: { id: w.assignmentId }, data: { maxAttempts: 2 } });
  trueFalse = await w.addQuestion({ type: 'truefalse', prompt: 'Leaves are green.', answer: 'true' }, { points: 2 });
  attemptIds = [];
  for (const answer of [true, false]) {
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, new Date());
    await saveAnswer(test.prisma, w.student, attemptId, trueFalse, { answer }, new Date());
    await submitAttempt(test.prisma, w.student, attemptId, new Date());
    attemptIds.push(attemptId);
  }
  currentActor = w.teacher;
});

const answerOf = (attemptId: string) => test.prisma.answer.findFirstOrThrow({ where: { attemptId, questionId: trueFalse } });
const attemptScore = async (attemptId: string) => Number((await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).score);
const override = async (fields: Record<string, unknown>) =>
  overrideAnswerScoreAction({ classId: w.classId, assignmentId: w.assignmentId, attemptId: attemptIds[1], questionId: trueFalse, score: '1', comment: 'Fair.', ...fields });
/** The sentence the form shows for an error code (shared codes under Errors, this page's under Gradebook). */
const shown = (code: string) => (code === 'override.scoreAbovePoints' ? messages.Gradebook.errors.scoreAbovePoints : messages.Errors.override[code.split('.')[1] as keyof typeof messages.Errors.override]);

describe('overrideAnswerScoreAction', () => {
  it('stores a decimal score with the comment and answers the attempt’s new total', async () => {
    const before = await attemptScore(attemptIds[1]!);
    expect(await override({ score: '1,5', comment: '  Right idea.  ' })).toEqual({
      ok: true,
      value: { score: 1.5, attemptScore: before + 1.5, attemptMaxScore: expect.any(Number) },
    });
    expect(await answerOf(attemptIds[1]!)).toMatchObject({ overrideReason: 'Right idea.', overrideById: w.teacher.id });
    expect(Number((await answerOf(attemptIds[1]!)).overrideScore)).toBe(1.5);
    expect(await attemptScore(attemptIds[1]!)).toBe(before + 1.5);
  });

  it('overrides a question the student left unanswered, and refuses it while the attempt is open', async () => {
    const unanswered = await test.prisma.question.findFirstOrThrow({ where: { quizId: w.quizId, type: 'SHORT' } });
    const before = await attemptScore(attemptIds[1]!);
    expect(await override({ questionId: unanswered.id, score: '1', comment: 'You said it in class.' })).toMatchObject({ ok: true, value: { score: 1, attemptScore: before + 1 } });
    expect(await test.prisma.answer.findFirstOrThrow({ where: { attemptId: attemptIds[1], questionId: unanswered.id } })).toMatchObject({
      response: null,
      overrideReason: 'You said it in class.',
      overriddenAt: expect.any(Date),
    });

    await test.prisma.assignment.update({ where: { id: w.assignmentId }, data: { maxAttempts: null } });
    const { attemptId: open } = await startAttempt(test.prisma, w.student, w.assignmentId, new Date());
    expect(await override({ attemptId: open, questionId: unanswered.id })).toEqual({ ok: false, fieldErrors: {}, formError: 'attemptNotSubmitted' });
    expect(await test.prisma.answer.count({ where: { attemptId: open } })).toBe(0);
  });

  it('refuses a score out of range, not a number or missing, and a missing comment, on the field, storing nothing', async () => {
    const before = await attemptScore(attemptIds[1]!);
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ score: '2,5' }, { score: 'override.scoreAbovePoints' }],
      [{ score: 3 }, { score: 'override.scoreAbovePoints' }],
      [{ score: '-1' }, { score: 'override.scoreNegative' }],
      [{ score: 'two' }, { score: 'override.scoreRequired' }],
      [{ score: '1,5,1' }, { score: 'override.scoreRequired' }],
      [{ score: '' }, { score: 'override.scoreRequired' }],
      [{ score: undefined }, { score: 'override.scoreRequired' }],
      [{ comment: '' }, { comment: 'override.commentRequired' }],
      [{ comment: '   ' }, { comment: 'override.commentRequired' }],
      [{ comment: undefined }, { comment: 'override.commentRequired' }],
      [{ comment: 'x'.repeat(1001) }, { comment: 'override.commentTooLong' }],
      [{ score: 'nine', comment: '' }, { score: 'override.scoreRequired', comment: 'override.commentRequired' }],
    ];
    for (const [fields, fieldErrors] of cases) {
      expect(await override(fields), JSON.stringify(fields)).toEqual({ ok: false, fieldErrors });
      for (const code of Object.values(fieldErrors)) expect(shown(code), code).toEqual(expect.any(String));
    }
    expect(await answerOf(attemptIds[1]!)).toMatchObject({ overrideScore: null, overrideReason: null, overrideById: null });
    expect(await attemptScore(attemptIds[1]!)).toBe(before);
  });

  it('answers another teacher, a student and a broken id as not found, storing nothing', async () => {
    for (const actor of [w.other.teacher, w.student]) {
      currentActor = actor;
      expect(await override({ score: '0' })).toEqual({ ok: false, fieldErrors: {}, formError: 'notFound' });
    }
    currentActor = w.teacher;
    expect(await override({ attemptId: 'nope' })).toEqual({ ok: false, fieldErrors: { attemptId: 'id.invalid' } });
    expect(await answerOf(attemptIds[1]!)).toMatchObject({ overrideScore: null });
  });
});

describe('regradeQuestionAction', () => {
  it('after the key changes, grades every submitted attempt at the question again, keeps overrides, and says how many', async () => {
    await override({ score: '0,5', comment: 'Partly.' });
    const [first, second] = [await attemptScore(attemptIds[0]!), await attemptScore(attemptIds[1]!)];
    await test.prisma.question.update({ where: { id: trueFalse }, data: { answerKey: { correct: false } } });
    expect(await regradeQuestionAction({ classId: w.classId, assignmentId: w.assignmentId, questionId: trueFalse })).toEqual({ ok: true, value: { regradedAttempts: 2 } });
    // Attempt 1 answered "true": now wrong. Attempt 2 answered "false", now right automatically (2 points stored
    // beside the override), and keeps the teacher's 0.5.
    expect(await attemptScore(attemptIds[0]!)).toBe(first - 2);
    expect(await attemptScore(attemptIds[1]!)).toBe(second);
    expect(Number((await answerOf(attemptIds[1]!)).score)).toBe(2);
    expect(Number((await answerOf(attemptIds[1]!)).overrideScore)).toBe(0.5);
  });

  it('answers another teacher and a student as not found, changing nothing', async () => {
    const first = await attemptScore(attemptIds[0]!);
    await test.prisma.question.update({ where: { id: trueFalse }, data: { answerKey: { correct: false } } });
    for (const actor of [w.other.teacher, w.student]) {
      currentActor = actor;
      expect(await regradeQuestionAction({ classId: w.classId, assignmentId: w.assignmentId, questionId: trueFalse })).toEqual({
        ok: false,
        fieldErrors: {},
        formError: 'notFound',
      });
    }
    expect(await attemptScore(attemptIds[0]!)).toBe(first);
  });
});

describe('updateClassQuizMemoryAction', () => {
  const stored = async () => (await test.prisma.class.findUniqueOrThrow({ where: { id: w.classId } })).quizFeedsMemory;

  it('saves the setting; anything but true or false is refused on the field, storing nothing', async () => {
    for (const bad of ['yes', 'false', 0, null, undefined]) {
      expect(await updateClassQuizMemoryAction({ classId: w.classId, quizFeedsMemory: bad }), String(bad)).toEqual({
        ok: false,
        fieldErrors: { quizFeedsMemory: 'quizFeedsMemoryInvalid' },
      });
    }
    expect(messages.Gradebook.errors.quizFeedsMemoryInvalid).toEqual(expect.any(String));
    expect(await stored()).toBe(true);
    expect(await updateClassQuizMemoryAction({ classId: w.classId, quizFeedsMemory: false })).toEqual({ ok: true, value: undefined });
    expect(await stored()).toBe(false);
  });

  it('answers another teacher and a student as not found and an archived class with its message, storing nothing', async () => {
    for (const actor of [w.other.teacher, w.student]) {
      currentActor = actor;
      expect(await updateClassQuizMemoryAction({ classId: w.classId, quizFeedsMemory: false })).toEqual({ ok: false, fieldErrors: {}, formError: 'notFound' });
    }
    currentActor = w.teacher;
    await setClassArchived(test.prisma, w.teacher, { classId: w.classId, archived: true }, new Date());
    expect(await updateClassQuizMemoryAction({ classId: w.classId, quizFeedsMemory: false })).toEqual({ ok: false, fieldErrors: {}, formError: 'classArchived' });
    expect(messages.Gradebook.errors.classArchived).toEqual(expect.any(String));
    expect(await stored()).toBe(true);
  });
});
