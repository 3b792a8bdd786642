// The quiz editor's forms through their server actions, on PGlite and PostgreSQL: each bad field gets its
// message on that field (a key the message file has) and nothing is stored; good input is stored.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/access/actor';
import { useDbForTests } from '@/lib/db/client';
import messages from '@/lib/i18n/messages/en.json';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';
import { authoringWorld } from '@/lib/testing/authoring-world';
import { NEXT_YEAR } from '@/lib/testing/form-values';

let currentActor: Actor | null = null;
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/lib/auth/current-actor', () => ({ getActor: async () => currentActor }));

const actions = await import('./actions.ts');

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
});
afterAll(async () => test?.cleanup());

let world: Awaited<ReturnType<typeof authoringWorld>>;
beforeEach(async () => {
  world = await authoringWorld(test.prisma);
  currentActor = world.teacher;
});

/** The sentence a field shows for an error code. */
function shown(code: string): string | undefined {
  return code.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages.Errors) as string | undefined;
}

function expectFieldError(result: { ok: boolean; fieldErrors?: Record<string, string> }, field: string, code: string) {
  expect(result).toEqual({ ok: false, fieldErrors: { [field]: code } });
  expect(shown(code), code).toEqual(expect.any(String));
}

const quizzesOf = (teacher: Actor) => test.prisma.quiz.findMany({ where: { ownerId: teacher.id }, orderBy: { id: 'asc' } });

describe('createQuizAction and updateQuizDetailsAction', () => {
  it('store a title and description, trimmed', async () => {
    const result = await actions.createQuizAction({ title: '  Parliament  ', description: ' Two chambers ' });
    expect(result).toEqual({ ok: true, value: { quizId: expect.any(String) } });
    const quizId = result.ok ? result.value.quizId : '';
    expect(await test.prisma.quiz.findUniqueOrThrow({ where: { id: quizId } })).toMatchObject({ title: 'Parliament', description: 'Two chambers', ownerId: world.teacher.id });
    expect(await actions.updateQuizDetailsAction({ quizId, title: 'Senate', description: '' })).toEqual({ ok: true, value: undefined });
  });

  it('refuse an empty, too long or wrongly typed title and a too long description, storing nothing', async () => {
    const before = await quizzesOf(world.teacher);
    const cases: [object, string, string][] = [
      [{ title: '', description: '' }, 'title', 'quiz.titleRequired'],
      [{ title: '   ', description: '' }, 'title', 'quiz.titleRequired'],
      [{ description: '' }, 'title', 'quiz.titleRequired'],
      [{ title: 42, description: '' }, 'title', 'quiz.titleRequired'],
      [{ title: 'x'.repeat(201), description: '' }, 'title', 'quiz.titleTooLong'],
      [{ title: 'Quiz', description: 'x'.repeat(2001) }, 'description', 'quiz.descriptionTooLong'],
      [{ title: 'Quiz', description: ['list'] }, 'description', 'quiz.descriptionTooLong'],
    ];
    for (const [input, field, code] of cases) {
      expectFieldError(await actions.createQuizAction(input), field, code);
      expectFieldError(await actions.updateQuizDetailsAction({ ...input, quizId: world.generatedQuizId }), field, code);
    }
    expect(await quizzesOf(world.teacher)).toEqual(before);
  });
});

describe('question actions', () => {
  const question = { type: 'single', prompt: 'Capital?', choices: [{ text: 'Astana', correct: true }, { text: 'Almaty', correct: false }] };
  const feedback = { general: '', choices: [{ text: '' }, { text: '' }] };
  const questionsOf = () => test.prisma.question.findMany({ where: { quizId: world.generatedQuizId }, orderBy: { id: 'asc' } });

  it('add and edit a question with points and feedback', async () => {
    const added = await actions.addQuizQuestionAction({ quizId: world.generatedQuizId, question, points: '1,5', feedback: { general: 'Since 1997.', choices: [{ text: 'Yes' }, { text: '' }] } });
    expect(added).toEqual({ ok: true, value: { questionId: expect.any(String) } });
    const questionId = added.ok ? added.value.questionId : '';
    const row = await test.prisma.question.findUniqueOrThrow({ where: { id: questionId } });
    expect(Number(row.points)).toBe(1.5);
    expect(row.feedback).toEqual({ general: 'Since 1997.', choices: ['Yes', ''] });
    expect(await actions.updateQuizQuestionAction({ questionId, question, points: '3', feedback })).toEqual({ ok: true, value: undefined });
    expect(await test.prisma.question.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ feedback: null, editedAt: expect.any(Date) });
  });

  it('refuse bad points, feedback and questions on their fields, storing nothing', async () => {
    const before = await questionsOf();
    const cases: [object, string, string][] = [
      [{ points: '' }, 'points', 'quizQuestion.pointsRequired'],
      [{ points: 'one' }, 'points', 'quizQuestion.pointsInvalid'],
      [{ points: '-2' }, 'points', 'quizQuestion.pointsInvalid'],
      [{ points: '5000' }, 'points', 'quizQuestion.pointsTooMany'],
      [{ points: '0.125' }, 'points', 'quizQuestion.pointsCents'],
      [{ feedback: { general: 'x'.repeat(1001), choices: [] } }, 'feedback.general', 'quizQuestion.feedbackTooLong'],
      [{ feedback: { general: '', choices: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] } }, 'feedback.choices', 'quizQuestion.feedbackInvalid'],
      [{ question: { ...question, prompt: '' } }, 'question.prompt', 'question.promptRequired'],
      [{ question: { ...question, type: 'essay' } }, 'question.type', 'question.typeRequired'],
    ];
    for (const [change, field, code] of cases) {
      expectFieldError(await actions.addQuizQuestionAction({ quizId: world.generatedQuizId, question, points: '1', feedback, ...change }), field, code);
    }
    const questionId = before[0]!.id;
    expectFieldError(await actions.updateQuizQuestionAction({ questionId, question, points: 'x', feedback }), 'points', 'quizQuestion.pointsInvalid');
    expectFieldError(await actions.moveQuizQuestionAction({ questionId, direction: 'sideways' }), 'direction', 'quizQuestion.directionInvalid');
    expectFieldError(await actions.copyFromBankAction({ quizId: world.generatedQuizId, questionIds: [] }), 'questionIds', 'bank.noneChosen');
    expect(await questionsOf()).toEqual(before);
  });
});

describe('assignQuizAction', () => {
  const settings = {
    opensAt: `${NEXT_YEAR}-01-01T09:00`,
    dueAt: `${NEXT_YEAR}-01-01T10:00`,
    timeLimitMinutes: '',
    maxAttempts: 'unlimited',
    scoring: 'AVERAGE',
    shuffleQuestions: false,
    shuffleChoices: true,
    resultsVisibility: 'IMMEDIATELY',
    allowLate: false,
  };

  it('assigns with the form’s values', async () => {
    expect(await actions.assignQuizAction({ quizId: world.generatedQuizId, classId: world.classId, ...settings })).toMatchObject({ ok: true });
    expect(await test.prisma.assignment.findFirstOrThrow({ where: { quizId: world.generatedQuizId } })).toMatchObject({
      opensAt: new Date(`${NEXT_YEAR}-01-01T04:00:00Z`),
      maxAttempts: null,
      timeLimitSeconds: null,
      scoring: 'AVERAGE',
    });
  });

  it('refuses each bad field with its message, storing nothing', async () => {
    const cases: [object, string, string][] = [
      [{ classId: '' }, 'classId', 'assignment.classRequired'],
      [{ opensAt: '' }, 'opensAt', 'assignment.opensRequired'],
      [{ opensAt: 'tomorrow' }, 'opensAt', 'assignment.dateTimeInvalid'],
      [{ dueAt: `${NEXT_YEAR - 1}-12-31T10:00` }, 'dueAt', 'assignment.dueBeforeOpens'],
      [{ dueAt: '9999-12-31T10:00' }, 'dueAt', 'assignment.dateOutOfRange'],
      [{ timeLimitMinutes: '-5' }, 'timeLimitMinutes', 'assignment.timeLimitInvalid'],
      [{ maxAttempts: '0' }, 'maxAttempts', 'assignment.attemptsInvalid'],
      [{ maxAttempts: '11' }, 'maxAttempts', 'assignment.attemptsInvalid'],
      [{ scoring: 'FIRST' }, 'scoring', 'assignment.scoringInvalid'],
      [{ resultsVisibility: 'LATER' }, 'resultsVisibility', 'assignment.resultsInvalid'],
      [{ allowLate: 'on' }, 'allowLate', 'assignment.flagInvalid'],
    ];
    for (const [change, field, code] of cases) {
      expectFieldError(await actions.assignQuizAction({ quizId: world.generatedQuizId, classId: world.classId, ...settings, ...change }), field, code);
    }
    const created = await actions.createQuizAction({ title: 'Empty', description: '' });
    const quizId = created.ok ? created.value.quizId : '';
    expect(await actions.assignQuizAction({ quizId, classId: world.classId, ...settings })).toEqual({ ok: false, fieldErrors: {}, formError: 'assignment.quizEmpty' });
    expect(shown('assignment.quizEmpty')).toEqual(expect.any(String));
    expect(await test.prisma.assignment.count({ where: { classId: world.classId } })).toBe(0);
  });
});
