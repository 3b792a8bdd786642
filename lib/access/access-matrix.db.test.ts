// The access matrix: every server action and route handler in app/ and every endpoint of the custom server's fast
// lane, called by each kind of user, gets exactly the answer it should, and a refusal changes nothing. The lists
// are read from the code, so a new one without a row here fails the test.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from './actor.ts';
import { assignmentSettings, card, NEXT_YEAR, question, scoredQuestion } from '../testing/form-values.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { otherFilesWithUseServer, routeHandlersInCode, serverActionsInCode } from '../testing/server-entry-points.ts';
import { FIXTURE_TEXT, fixtureGenerated } from '../testing/draft-fixture.ts';
import { SAMPLE_ARTICLE } from '../testing/sample-article.ts';
import { publishDraft, saveDraft } from '../data/drafts.ts';
import { useDbForTests } from '../db/client.ts';
import { endpointName, FAST_LANE_ENDPOINTS } from '../fast-lane/endpoints.ts';
import { fastLaneFetch } from '../testing/fast-lane-fetch.ts';

let currentActor: Actor | null = null;
/** The fast lane's endpoints, asked as the current actor. */
const lane = fastLaneFetch(() => currentActor);
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '10.1.2.3' }), cookies: async () => ({ getAll: () => [] }) }));
vi.mock('../auth/current-actor.ts', () => ({
  getActor: async () => currentActor,
  requireActor: async () => {
    if (!currentActor) throw new Error('not signed in');
    return currentActor;
  },
}));

const ACTORS = ['anonymous', 'studentInClass', 'studentNotInClass', 'owningTeacher', 'otherTeacher'] as const;
type ActorKind = (typeof ACTORS)[number];
type Outcome = 'ok' | 'signedOut' | 'notFound';

interface World {
  db: TestDatabase['prisma'];
  actors: Record<Exclude<ActorKind, 'anonymous'>, Actor>;
  classId: string;
  joinCode: string;
  /** The owning teacher's draft, one of its cards, questions and concepts. */
  deckId: string;
  cardId: string;
  questionId: string;
  conceptId: string;
  /** The quiz generated with the draft. */
  quizId: string;
}

interface ActionRow {
  expected: Record<ActorKind, Outcome>;
  call: (world: World) => Promise<unknown>;
  /** What must hold in the database after a refusal: nothing changed. */
  unchanged?: (world: World) => Promise<void>;
}

const teacherOnly: Record<ActorKind, Outcome> = {
  anonymous: 'signedOut',
  studentInClass: 'notFound',
  studentNotInClass: 'notFound',
  owningTeacher: 'ok',
  otherTeacher: 'notFound',
};

const classUnchanged = async ({ db, classId, joinCode }: World) => {
  const klass = await db.class.findUniqueOrThrow({ where: { id: classId } });
  expect(klass).toMatchObject({ name: 'Demo class', joinCode, archivedAt: null });
  expect(await db.enrollment.count({ where: { classId } })).toBe(1);
};

/** Everything stored about the world's draft: a refused edit leaves it exactly so. */
const deckSnapshot = ({ db, deckId }: World) =>
  db.deck.findUniqueOrThrow({
    where: { id: deckId },
    include: { cards: { orderBy: { id: 'asc' } }, quiz: { include: { questions: { orderBy: { id: 'asc' } } } }, assignments: true },
  });
const snapshots = new WeakMap<World, unknown>();
const deckUnchanged = async (world: World) => {
  expect(await deckSnapshot(world)).toEqual(snapshots.get(world));
  expect(await world.db.deck.count()).toBe(1);
};

/** The draft and its concepts exactly as they were: a refused concept action leaves both. */
const conceptsUnchanged = async (world: World) => {
  await deckUnchanged(world);
  const deck = await world.db.deck.findUniqueOrThrow({ where: { id: world.deckId } });
  const concepts = await world.db.concept.findMany({ where: { documentId: deck.documentId! } });
  expect(concepts.map((concept) => [concept.term, concept.chosen]).sort()).toEqual(
    [
      ['1779', true],
      ['Chlorophyll', true],
      ['Photosynthesis', true],
      ['What plants need', true],
    ],
  );
  expect(deck).toMatchObject({ cardsPerConcept: 3, questionsPerConcept: 3 });
};

const classActions = () => import('@/app/(app)/classes/actions');
const deckActions = () => import('@/app/(app)/decks/actions');
const signUpActions = () => import('@/app/(auth)/sign-up/actions');
const quizActions = () => import('@/app/(app)/quizzes/actions');
const gradingActions = () => import('@/app/(app)/classes/[classId]/quizzes/actions');
const draftsRoute = () => import('@/app/api/drafts/route');
const gradesExportRoute = () => import('@/app/api/classes/[classId]/export/grades/route');
const masteryExportRoute = () => import('@/app/api/classes/[classId]/export/mastery/route');
const localeRoute = () => import('@/app/api/locale/route');
/** A quiz assignment of the world's class, as publishing makes one, for changing its settings. */
const quizAssignment = ({ db, classId, quizId }: World) => db.assignment.create({ data: { classId, kind: 'QUIZ', quizId, opensAt: new Date() } });
const trueFalseQuestion = ({ db, quizId }: World) => db.question.findFirstOrThrow({ where: { quizId, type: 'TRUE_FALSE' } });

/** Keyed by "<file>#<export>", as found in the code. */
const ACTIONS: Record<string, ActionRow> = {
  'app/(app)/classes/actions.ts#createClassAction': {
    expected: { ...teacherOnly, otherTeacher: 'ok' },
    call: async () => (await classActions()).createClassAction({ name: 'New class' }),
    unchanged: async ({ db }) => expect(await db.class.count()).toBe(1),
  },
  'app/(app)/classes/actions.ts#renameClassAction': {
    expected: teacherOnly,
    call: async ({ classId }) => (await classActions()).renameClassAction({ classId, name: 'Renamed' }),
    unchanged: classUnchanged,
  },
  'app/(app)/classes/actions.ts#setClassArchivedAction': {
    expected: teacherOnly,
    call: async ({ classId }) => (await classActions()).setClassArchivedAction({ classId, archived: true }),
    unchanged: classUnchanged,
  },
  'app/(app)/classes/actions.ts#updateClassStudySettingsAction': {
    expected: teacherOnly,
    call: async ({ classId }) =>
      (await classActions()).updateClassStudySettingsAction({ classId, desiredRetentionPercent: 80, newCardsPerDay: 5 }),
    unchanged: async (world) => {
      await classUnchanged(world);
      expect(await world.db.class.findUniqueOrThrow({ where: { id: world.classId } })).toMatchObject({ desiredRetention: 0.9, newCardsPerDay: 20 });
    },
  },
  'app/(app)/classes/actions.ts#updateClassQuizMemoryAction': {
    expected: teacherOnly,
    call: async ({ classId }) => (await classActions()).updateClassQuizMemoryAction({ classId, quizFeedsMemory: false }),
    unchanged: async (world) => {
      await classUnchanged(world);
      expect(await world.db.class.findUniqueOrThrow({ where: { id: world.classId } })).toMatchObject({ quizFeedsMemory: true });
    },
  },
  'app/(app)/classes/actions.ts#updateClassDefaultLocaleAction': {
    expected: teacherOnly,
    call: async ({ classId }) => (await classActions()).updateClassDefaultLocaleAction({ classId, defaultLocale: 'kk' }),
    unchanged: async (world) => {
      await classUnchanged(world);
      expect(await world.db.class.findUniqueOrThrow({ where: { id: world.classId } })).toMatchObject({ defaultLocale: null });
    },
  },
  'app/(app)/classes/actions.ts#regenerateJoinCodeAction': {
    expected: teacherOnly,
    call: async ({ classId }) => (await classActions()).regenerateJoinCodeAction({ classId }),
    unchanged: classUnchanged,
  },
  'app/(app)/classes/actions.ts#removeStudentAction': {
    expected: teacherOnly,
    call: async ({ classId, actors }) => (await classActions()).removeStudentAction({ classId, studentId: actors.studentInClass.id }),
    unchanged: classUnchanged,
  },
  'app/(app)/classes/actions.ts#joinClassAction': {
    expected: { anonymous: 'signedOut', studentInClass: 'ok', studentNotInClass: 'ok', owningTeacher: 'notFound', otherTeacher: 'notFound' },
    call: async ({ joinCode }) => (await classActions()).joinClassAction({ code: joinCode }),
    unchanged: classUnchanged,
  },
  'app/(app)/classes/actions.ts#leaveClassAction': {
    expected: { anonymous: 'signedOut', studentInClass: 'ok', studentNotInClass: 'notFound', owningTeacher: 'notFound', otherTeacher: 'notFound' },
    call: async ({ classId }) => (await classActions()).leaveClassAction({ classId }),
    unchanged: classUnchanged,
  },
  'app/(app)/decks/actions.ts#renameDeckAction': {
    expected: teacherOnly,
    call: async ({ deckId }) => (await deckActions()).renameDeckAction({ deckId, title: 'Renamed' }),
    unchanged: deckUnchanged,
  },
  'app/(app)/decks/actions.ts#updateCardAction': {
    expected: teacherOnly,
    call: async ({ cardId }) => (await deckActions()).updateCardAction({ cardId, card }),
    unchanged: deckUnchanged,
  },
  'app/(app)/decks/actions.ts#deleteCardAction': {
    expected: teacherOnly,
    call: async ({ cardId }) => (await deckActions()).deleteCardAction({ cardId }),
    unchanged: deckUnchanged,
  },
  'app/(app)/decks/actions.ts#addCardAction': {
    expected: teacherOnly,
    call: async ({ deckId, conceptId }) => (await deckActions()).addCardAction({ deckId, conceptId, card }),
    unchanged: deckUnchanged,
  },
  'app/(app)/decks/actions.ts#updateQuestionAction': {
    expected: teacherOnly,
    call: async ({ questionId }) => (await deckActions()).updateQuestionAction({ questionId, question }),
    unchanged: deckUnchanged,
  },
  'app/(app)/decks/actions.ts#deleteQuestionAction': {
    expected: teacherOnly,
    call: async ({ questionId }) => (await deckActions()).deleteQuestionAction({ questionId }),
    unchanged: deckUnchanged,
  },
  'app/(app)/decks/actions.ts#addQuestionAction': {
    expected: teacherOnly,
    call: async ({ deckId, conceptId }) => (await deckActions()).addQuestionAction({ deckId, conceptId, question }),
    unchanged: deckUnchanged,
  },
  'app/(app)/decks/actions.ts#publishDeckAction': {
    expected: teacherOnly,
    call: async ({ deckId, classId }) => (await deckActions()).publishDeckAction({ deckId, classId }),
    unchanged: async (world) => {
      await deckUnchanged(world);
      expect(await world.db.assignment.count()).toBe(0);
    },
  },
  'app/(app)/decks/actions.ts#deleteDraftAction': {
    expected: teacherOnly,
    call: async ({ deckId }) => (await deckActions()).deleteDraftAction({ deckId }),
    unchanged: deckUnchanged,
  },
  'app/(app)/decks/actions.ts#setConceptChosenAction': {
    expected: teacherOnly,
    call: async ({ deckId, conceptId }) => (await deckActions()).setConceptChosenAction({ deckId, conceptId, chosen: false }),
    unchanged: conceptsUnchanged,
  },
  'app/(app)/decks/actions.ts#addConceptAction': {
    expected: teacherOnly,
    call: async ({ deckId }) => (await deckActions()).addConceptAction({ deckId, words: 'green pigment' }),
    unchanged: conceptsUnchanged,
  },
  'app/(app)/decks/actions.ts#renameConceptAction': {
    expected: teacherOnly,
    call: async ({ deckId, conceptId }) => (await deckActions()).renameConceptAction({ deckId, conceptId, term: 'Renamed' }),
    unchanged: conceptsUnchanged,
  },
  'app/(app)/decks/actions.ts#remakeConceptAction': {
    expected: teacherOnly,
    call: async ({ deckId, conceptId }) => (await deckActions()).remakeConceptAction({ deckId, conceptId }),
    unchanged: conceptsUnchanged,
  },
  'app/(app)/decks/actions.ts#setItemChoiceAction': {
    expected: teacherOnly,
    call: async ({ deckId }) =>
      (await deckActions()).setItemChoiceAction({ deckId, cardKinds: ['cloze'], questionTypes: ['short'], cardsPerConcept: 1, questionsPerConcept: 1 }),
    unchanged: conceptsUnchanged,
  },
  'app/(app)/decks/actions.ts#deleteItemsAction': {
    expected: teacherOnly,
    call: async ({ deckId, cardId, questionId }) => (await deckActions()).deleteItemsAction({ deckId, cardIds: [cardId], questionIds: [questionId] }),
    unchanged: deckUnchanged,
  },
  'app/(app)/decks/actions.ts#acceptItemsAction': {
    expected: teacherOnly,
    call: async ({ deckId, cardId, questionId }) => (await deckActions()).acceptItemsAction({ deckId, cardIds: [cardId], questionIds: [questionId] }),
    unchanged: deckUnchanged,
  },
  'app/(app)/quizzes/actions.ts#createQuizAction': {
    expected: { ...teacherOnly, otherTeacher: 'ok' },
    call: async () => (await quizActions()).createQuizAction({ title: 'New quiz', description: '' }),
    unchanged: async ({ db }) => expect(await db.quiz.count()).toBe(1),
  },
  'app/(app)/quizzes/actions.ts#updateQuizDetailsAction': {
    expected: teacherOnly,
    call: async ({ quizId }) => (await quizActions()).updateQuizDetailsAction({ quizId, title: 'Renamed', description: 'Changed' }),
    unchanged: deckUnchanged,
  },
  'app/(app)/quizzes/actions.ts#addQuizQuestionAction': {
    expected: teacherOnly,
    call: async ({ quizId }) => (await quizActions()).addQuizQuestionAction({ quizId, ...scoredQuestion }),
    unchanged: deckUnchanged,
  },
  'app/(app)/quizzes/actions.ts#updateQuizQuestionAction': {
    expected: teacherOnly,
    call: async ({ questionId }) => (await quizActions()).updateQuizQuestionAction({ questionId, ...scoredQuestion }),
    unchanged: deckUnchanged,
  },
  'app/(app)/quizzes/actions.ts#archiveQuizQuestionAction': {
    expected: teacherOnly,
    call: async ({ questionId }) => (await quizActions()).archiveQuizQuestionAction({ questionId }),
    unchanged: deckUnchanged,
  },
  'app/(app)/quizzes/actions.ts#moveQuizQuestionAction': {
    expected: teacherOnly,
    call: async (world) => {
      const [first] = await world.db.question.findMany({ where: { quizId: world.quizId }, orderBy: { position: 'asc' }, take: 1 });
      return (await quizActions()).moveQuizQuestionAction({ questionId: first!.id, direction: 'down' });
    },
    unchanged: deckUnchanged,
  },
  'app/(app)/quizzes/actions.ts#moveQuizQuestionsAction': {
    expected: teacherOnly,
    call: async (world) => {
      const [first] = await world.db.question.findMany({ where: { quizId: world.quizId }, orderBy: { position: 'asc' }, take: 1 });
      return (await quizActions()).moveQuizQuestionsAction({ quizId: world.quizId, questionIds: [first!.id], direction: 'bottom' });
    },
    unchanged: deckUnchanged,
  },
  'app/(app)/quizzes/actions.ts#removeQuizQuestionsAction': {
    expected: teacherOnly,
    call: async ({ quizId, questionId }) => (await quizActions()).removeQuizQuestionsAction({ quizId, questionIds: [questionId] }),
    unchanged: deckUnchanged,
  },
  'app/(app)/quizzes/actions.ts#setQuizTypoToleranceAction': {
    expected: teacherOnly,
    call: async ({ quizId }) => (await quizActions()).setQuizTypoToleranceAction({ quizId, typoTolerance: false }),
    unchanged: deckUnchanged,
  },
  'app/(app)/quizzes/actions.ts#copyFromBankAction': {
    expected: teacherOnly,
    call: async ({ db, deckId, quizId }) => {
      const banked = await db.question.create({
        data: { deckId, type: 'TRUE_FALSE', prompt: 'Leaves are green.', payload: {}, answerKey: { correct: true }, position: 0, origin: 'GENERATED' },
      });
      return (await quizActions()).copyFromBankAction({ quizId, questionIds: [banked.id] });
    },
    unchanged: deckUnchanged,
  },
  'app/(app)/quizzes/actions.ts#checkPreviewAnswerAction': {
    expected: teacherOnly,
    call: async (world) => (await quizActions()).checkPreviewAnswerAction({ questionId: (await trueFalseQuestion(world)).id, response: { answer: false } }),
    unchanged: async (world) => {
      await deckUnchanged(world);
      expect(await world.db.answer.count()).toBe(0);
    },
  },
  'app/(app)/quizzes/actions.ts#assignQuizAction': {
    expected: teacherOnly,
    call: async ({ quizId, classId }) => (await quizActions()).assignQuizAction({ quizId, classId, ...assignmentSettings }),
    unchanged: async (world) => {
      await deckUnchanged(world);
      expect(await world.db.assignment.count()).toBe(0);
    },
  },
  'app/(app)/quizzes/actions.ts#updateAssignmentAction': {
    expected: teacherOnly,
    call: async (world) => (await quizActions()).updateAssignmentAction({ assignmentId: (await quizAssignment(world)).id, ...assignmentSettings }),
    unchanged: async ({ db }) =>
      expect(await db.assignment.findFirstOrThrow({ where: { kind: 'QUIZ' } })).toMatchObject({ dueAt: null, timeLimitSeconds: null, maxAttempts: 1, allowLate: false }),
  },
  // The class's teacher grades; the full behaviour is in app/(app)/classes/[classId]/quizzes/grading-actions.db.test.ts.
  'app/(app)/classes/[classId]/quizzes/actions.ts#overrideAnswerScoreAction': {
    expected: teacherOnly,
    call: async (world) => {
      const { classId, assignmentId, questionId: answered, attemptId } = await submittedAnswer(world);
      // A question the student left unanswered: the override makes its row, so a refusal must make none.
      const unanswered = await world.db.question.findFirstOrThrow({ where: { quiz: { assignments: { some: { id: assignmentId } } }, id: { not: answered } } });
      return (await gradingActions()).overrideAnswerScoreAction({ classId, assignmentId, attemptId, questionId: unanswered.id, score: '0,5', comment: 'Half right.' });
    },
    unchanged: async ({ db }) => {
      expect(await db.answer.count()).toBe(1);
      expect(await db.answer.count({ where: { OR: [{ overrideScore: { not: null } }, { overrideReason: { not: null } }] } })).toBe(0);
    },
  },
  'app/(app)/classes/[classId]/quizzes/actions.ts#regradeQuestionAction': {
    expected: teacherOnly,
    call: async (world) => {
      const { classId, assignmentId, attemptId, questionId } = await submittedAnswer(world);
      // A score grading would not give: a regrade puts the right one back, a refusal leaves this.
      await world.db.attempt.update({ where: { id: attemptId }, data: { score: 99 } });
      return (await gradingActions()).regradeQuestionAction({ classId, assignmentId, questionId });
    },
    unchanged: async ({ db }) => expect(Number((await db.attempt.findFirstOrThrow()).score)).toBe(99),
  },
  // Public by design: anyone may create an account.
  'app/(auth)/sign-up/actions.ts#signUpAction': {
    expected: { anonymous: 'ok', studentInClass: 'ok', studentNotInClass: 'ok', owningTeacher: 'ok', otherTeacher: 'ok' },
    call: async () =>
      (await signUpActions()).signUpAction({ name: 'New', email: `new-${Math.random()}@school.kz`, password: 'long enough', role: 'STUDENT' }),
  },
};

/** A route handler's answer as an outcome: its status, and for a stream, how the stream ended. */
async function routeOutcome(response: Response): Promise<Outcome | string> {
  if (response.status === 401) return 'signedOut';
  if (response.status === 404) return 'notFound';
  const body = await response.text();
  return response.status === 200 && body.trimEnd().split('\n').at(-1)!.includes('"done":true') ? 'ok' : `${response.status} ${body}`;
}

/** A review sync's answer: ok when every review was stored, notFound when the cards were not the actor's to review. */
async function syncOutcome(response: Response): Promise<Outcome | string> {
  if (response.status !== 200) return routeOutcome(response);
  const body = (await response.json()) as { results: { status: string; reason?: string }[] };
  if (body.results.every((result) => result.status === 'stored')) return 'ok';
  if (body.results.every((result) => result.reason === 'card-not-found')) return 'notFound';
  return JSON.stringify(body);
}

function syncRequest(cardId: string): Request {
  const items = [{ type: 'review', key: crypto.randomUUID(), cardId, rating: 'GOOD', reviewedAt: new Date().toISOString() }];
  return new Request('http://parta.test/api/reviews/sync', {
    method: 'POST',
    body: JSON.stringify({ deviceId: 'matrix', items }),
    headers: { origin: 'http://parta.test', host: 'parta.test', 'content-type': 'application/json' },
  });
}

/** A JSON route's answer: ok for 200, else its status as signedOut or notFound. */
async function jsonOutcome(response: Response): Promise<Outcome | string> {
  if (response.status === 200) return 'ok';
  if (response.status === 401) return 'signedOut';
  if (response.status === 404) return 'notFound';
  return `${response.status} ${await response.text()}`;
}

/** A CSV download's answer: ok for a 200 CSV, else as jsonOutcome. */
async function csvOutcome(response: Response): Promise<Outcome | string> {
  if (response.status === 200) return response.headers.get('content-type') === 'text/csv; charset=utf-8' ? 'ok' : `200 ${response.headers.get('content-type')}`;
  return jsonOutcome(response);
}

/** The member student's open attempt at the world's quiz, published an hour ago: its id and its first question. */
async function openAttempt({ db, actors, deckId, classId }: World) {
  await publishDraft(db, actors.owningTeacher, { deckId, classId }, new Date(Date.now() - 3_600_000));
  const assignment = await db.assignment.findFirstOrThrow({ where: { classId, kind: 'QUIZ' } });
  const { startAttempt, attemptForStudent } = await import('../data/attempts.ts');
  const { attemptId } = await startAttempt(db, actors.studentInClass, assignment.id, new Date());
  const view = await attemptForStudent(db, actors.studentInClass, attemptId, new Date());
  const single = view.questions.find((question) => question.type === 'single')!;
  return { attemptId, questionId: single.questionId };
}

/** The member student's submitted attempt with one answer (to a single-choice question). */
async function submittedAnswer(world: World) {
  const { attemptId, questionId } = await openAttempt(world);
  const { saveAnswer, submitAttempt } = await import('../data/attempts.ts');
  await saveAnswer(world.db, world.actors.studentInClass, attemptId, questionId, { choice: 0 }, new Date());
  await submitAttempt(world.db, world.actors.studentInClass, attemptId, new Date());
  const attempt = await world.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  return { classId: world.classId, assignmentId: attempt.assignmentId, attemptId, questionId };
}

const attemptUnchanged = async ({ db }: World) => {
  expect(await db.answer.count()).toBe(0);
  expect(await db.attempt.count({ where: { status: 'SUBMITTED' } })).toBe(0);
};

const ownAttemptOnly: Record<ActorKind, Outcome> = {
  anonymous: 'signedOut',
  studentInClass: 'ok',
  studentNotInClass: 'notFound',
  owningTeacher: 'notFound',
  otherTeacher: 'notFound',
};

const jsonHeaders = { origin: 'http://parta.test', host: 'parta.test', 'content-type': 'application/json' };

function draftRequest(text: string): Request {
  const form = new FormData();
  form.append('text', text);
  return new Request('http://parta.test/api/drafts', { method: 'POST', body: form, headers: { origin: 'http://parta.test', host: 'parta.test' } });
}

/**
 * Route handlers and the fast lane's endpoints ("fast-lane#<METHOD> <path>"): public ones say so, with where their
 * behaviour is tested; the others have a row like an action.
 */
const ROUTES: Record<string, { public: true; testedIn: string } | (ActionRow & { public: false })> = {
  'app/api/health/route.ts#GET': { public: true, testedIn: 'e2e/operator-checks-health.spec.ts' },
  'app/api/auth/[...nextauth]/route.ts#GET': { public: true, testedIn: 'e2e/demo-accounts-sign-in.spec.ts' },
  'app/api/auth/[...nextauth]/route.ts#POST': { public: true, testedIn: 'e2e/demo-accounts-sign-in.spec.ts' },
  // Static files made at build time (the service worker, the app icons): the same for everyone.
  'app/serwist/[path]/route.ts#GET': { public: true, testedIn: 'e2e/student-opens-home-offline.spec.ts' },
  'app/icons/[icon]/route.ts#GET': { public: true, testedIn: 'e2e/student-opens-home-offline.spec.ts' },
  // Anyone may choose a language; a signed-in user's choice is stored on their own account only. The full
  // behaviour is in app/api/locale/route.db.test.ts.
  'app/api/locale/route.ts#POST': {
    public: false,
    expected: { anonymous: 'ok', studentInClass: 'ok', studentNotInClass: 'ok', owningTeacher: 'ok', otherTeacher: 'ok' },
    call: async () =>
      jsonOutcome(await (await localeRoute()).POST(new Request('http://parta.test/api/locale', { method: 'POST', body: JSON.stringify({ locale: 'kk' }), headers: jsonHeaders }))),
  },
  // Any teacher may make drafts of their own; the full behaviour is in app/api/drafts/route.db.test.ts.
  'app/api/drafts/route.ts#POST': {
    public: false,
    expected: { ...teacherOnly, otherTeacher: 'ok' },
    call: async () => routeOutcome(await (await draftsRoute()).POST(draftRequest(SAMPLE_ARTICLE))),
    unchanged: deckUnchanged,
  },
  // Students review the cards of decks published into their classes; the full behaviour is in lib/data/reviews.db.test.ts.
  'fast-lane#POST /api/reviews/sync': {
    public: false,
    expected: { anonymous: 'signedOut', studentInClass: 'ok', studentNotInClass: 'notFound', owningTeacher: 'notFound', otherTeacher: 'notFound' },
    call: async ({ db, actors, deckId, classId, cardId }) => {
      await publishDraft(db, actors.owningTeacher, { deckId, classId }, new Date(Date.now() - 60_000));
      return syncOutcome(await lane(syncRequest(cardId)));
    },
    unchanged: async ({ db }) => {
      expect(await db.reviewLog.count()).toBe(0);
      expect(await db.cardState.count({ where: { reps: { gt: 0 } } })).toBe(0);
    },
  },
  // A student's own attempt only; the full behaviour is in lib/fast-lane/endpoints/attempts.db.test.ts.
  'fast-lane#GET /api/attempts/:attemptId': {
    public: false,
    expected: ownAttemptOnly,
    call: async (world) => {
      const { attemptId } = await openAttempt(world);
      return jsonOutcome(await lane(new Request(`http://parta.test/api/attempts/${attemptId}`)));
    },
    unchanged: attemptUnchanged,
  },
  'fast-lane#PUT /api/attempts/:attemptId/answers/:questionId': {
    public: false,
    expected: ownAttemptOnly,
    call: async (world) => {
      const { attemptId, questionId } = await openAttempt(world);
      const request = new Request(`http://parta.test/api/attempts/${attemptId}/answers/${questionId}`, {
        method: 'PUT',
        body: JSON.stringify({ response: { choice: 0 } }),
        headers: jsonHeaders,
      });
      return jsonOutcome(await lane(request));
    },
    unchanged: attemptUnchanged,
  },
  'fast-lane#PUT /api/attempts/:attemptId/answers': {
    public: false,
    expected: ownAttemptOnly,
    call: async (world) => {
      const { attemptId, questionId } = await openAttempt(world);
      const request = new Request(`http://parta.test/api/attempts/${attemptId}/answers`, {
        method: 'PUT',
        body: JSON.stringify({ answers: [{ questionId, response: { choice: 0 } }] }),
        headers: jsonHeaders,
      });
      return jsonOutcome(await lane(request));
    },
    unchanged: attemptUnchanged,
  },
  'fast-lane#POST /api/attempts/:attemptId/submit': {
    public: false,
    expected: ownAttemptOnly,
    call: async (world) => {
      const { attemptId } = await openAttempt(world);
      const request = new Request(`http://parta.test/api/attempts/${attemptId}/submit`, { method: 'POST', headers: jsonHeaders });
      const outcome = await jsonOutcome(await lane(request));
      // The memory feed runs after the answer: let it end inside this call, not during the next one.
      await Promise.all(lane.afterWork);
      return outcome;
    },
    unchanged: attemptUnchanged,
  },
  // Students of the class start the quiz; the full behaviour is in lib/data/attempts.db.test.ts.
  'fast-lane#POST /api/assignments/:assignmentId/attempts': {
    public: false,
    expected: ownAttemptOnly,
    call: async ({ db, actors, deckId, classId }) => {
      await publishDraft(db, actors.owningTeacher, { deckId, classId }, new Date(Date.now() - 60_000));
      const assignment = await db.assignment.findFirstOrThrow({ where: { classId, kind: 'QUIZ' } });
      return jsonOutcome(await lane(new Request(`http://parta.test/api/assignments/${assignment.id}/attempts`, { method: 'POST', headers: jsonHeaders })));
    },
    unchanged: async ({ db }) => expect(await db.attempt.count()).toBe(0),
  },
  // The class's teacher only; what the files hold is in lib/data/dashboards/class-exports.db.test.ts.
  'app/api/classes/[classId]/export/grades/route.ts#GET': {
    public: false,
    expected: teacherOnly,
    call: async ({ classId }) =>
      csvOutcome(await (await gradesExportRoute()).GET(new Request(`http://parta.test/api/classes/${classId}/export/grades`), { params: Promise.resolve({ classId }) })),
  },
  'app/api/classes/[classId]/export/mastery/route.ts#GET': {
    public: false,
    expected: teacherOnly,
    call: async ({ classId }) =>
      csvOutcome(await (await masteryExportRoute()).GET(new Request(`http://parta.test/api/classes/${classId}/export/mastery`), { params: Promise.resolve({ classId }) })),
  },
};

// Reads made by pages, which have no action or route of their own: each signed-in kind of user calls the data
// function as the page would (a signed-out visitor never gets that far: the page's guard sends them to sign in).
const READS: Record<string, { expected: Record<Exclude<ActorKind, 'anonymous'>, Outcome>; call: (world: World, actor: Actor) => Promise<unknown> }> = {
  // The teacher's gradebook page; the full behaviour is in lib/data/item-analysis.db.test.ts.
  'lib/data/item-analysis.ts#itemAnalysisForAssignment': {
    expected: { studentInClass: 'notFound', studentNotInClass: 'notFound', owningTeacher: 'ok', otherTeacher: 'notFound' },
    call: async (world, actor) => {
      const { classId, assignmentId } = await submittedAnswer(world);
      return (await import('../data/item-analysis.ts')).itemAnalysisForAssignment(world.db, actor, classId, assignmentId);
    },
  },
  // The class dashboard page (/classes/<id>/progress); the figures are in lib/data/dashboards/class-dashboard.db.test.ts.
  'lib/data/dashboards/class-dashboard.ts#classDashboard': {
    expected: { studentInClass: 'notFound', studentNotInClass: 'notFound', owningTeacher: 'ok', otherTeacher: 'notFound' },
    call: async ({ db, classId }, actor) => (await import('../data/dashboards/class-dashboard.ts')).classDashboard(db, actor, classId, new Date(), new Date()),
  },
  // My progress (/progress): every student their own, empty without a class; teachers have none. The figures are in
  // lib/data/dashboards/student-progress.db.test.ts.
  'lib/data/dashboards/student-progress.ts#studentProgress, the student’s own': {
    expected: { studentInClass: 'ok', studentNotInClass: 'ok', owningTeacher: 'notFound', otherTeacher: 'notFound' },
    call: async ({ db }, actor) => (await import('../data/dashboards/student-progress.ts')).studentProgress(db, actor, { kind: 'self' }, { now: new Date() }),
  },
  // The drill-down (/classes/<id>/students/<id>) into the member: their class's teacher only, not the member themself.
  'lib/data/dashboards/student-progress.ts#studentProgress, a student of the class': {
    expected: { studentInClass: 'notFound', studentNotInClass: 'notFound', owningTeacher: 'ok', otherTeacher: 'notFound' },
    call: async ({ db, actors, deckId, classId }, actor) => {
      await publishDraft(db, actors.owningTeacher, { deckId, classId }, new Date(Date.now() - 60_000));
      const scope = { kind: 'class', classId, studentId: actors.studentInClass.id } as const;
      return (await import('../data/dashboards/student-progress.ts')).studentProgress(db, actor, scope, { now: new Date(), exam: '2099-01-01' });
    },
  },
  // The drill-down into a classmate of the member: the member is refused as well.
  'lib/data/dashboards/student-progress.ts#studentProgress, a classmate': {
    expected: { studentInClass: 'notFound', studentNotInClass: 'notFound', owningTeacher: 'ok', otherTeacher: 'notFound' },
    call: async ({ db, classId }, actor) => {
      const classmate = await db.user.create({ data: { role: 'STUDENT', name: 'classmate', email: 'classmate@school.kz', passwordHash: 'x' } });
      await db.enrollment.create({ data: { classId, studentId: classmate.id } });
      const scope = { kind: 'class', classId, studentId: classmate.id } as const;
      return (await import('../data/dashboards/student-progress.ts')).studentProgress(db, actor, scope, { now: new Date() });
    },
  },
};

// ---------------------------------------------------------------- review assignments (issue 8)
// The class's teacher assigns a review of concepts (and reads the class's recall per concept and the reviews'
// completion on the class page); a student of the class studies it at /study?review=<id>. The full behaviour is in
// lib/data/review-assignments.db.test.ts.
const reviewActions = () => import('@/app/(app)/classes/[classId]/reviews/actions');
/** The world's deck published into its class a minute ago, with a review of one of its concepts when asked. */
async function publishedWithReview({ db, actors, deckId, classId, conceptId }: World, review: boolean) {
  await publishDraft(db, actors.owningTeacher, { deckId, classId }, new Date(Date.now() - 60_000));
  if (!review) return null;
  const dueAt = new Date(Date.now() + 86_400_000);
  return db.assignment.create({ data: { classId, kind: 'REVIEW', conceptIds: [conceptId], opensAt: new Date(), dueAt } });
}
ACTIONS['app/(app)/classes/[classId]/reviews/actions.ts#assignConceptReviewAction'] = {
  expected: teacherOnly,
  call: async (world) => {
    await publishedWithReview(world, false);
    return (await reviewActions()).assignConceptReviewAction({ classId: world.classId, conceptIds: [world.conceptId], dueOn: `${NEXT_YEAR}-01-01` });
  },
  unchanged: async ({ db }) => expect(await db.assignment.count({ where: { kind: 'REVIEW' } })).toBe(0),
};
const classTeacherReads = { studentInClass: 'notFound', studentNotInClass: 'notFound', owningTeacher: 'ok', otherTeacher: 'notFound' } as const;
READS['lib/data/study-queue.ts#loadStudyQueue with a review'] = {
  expected: { studentInClass: 'ok', studentNotInClass: 'notFound', owningTeacher: 'notFound', otherTeacher: 'notFound' },
  call: async (world, actor) => {
    const review = (await publishedWithReview(world, true))!;
    return (await import('../data/study-queue.ts')).loadStudyQueue(world.db, actor, new Date(), { reviewId: review.id });
  },
};
READS['lib/data/review-assignments.ts#listReviewAssignmentsForClass'] = {
  expected: classTeacherReads,
  call: async (world, actor) => {
    await publishedWithReview(world, true);
    return (await import('../data/review-assignments.ts')).listReviewAssignmentsForClass(world.db, actor, world.classId, new Date());
  },
};
READS['lib/data/review-assignments.ts#conceptsByClassRecall'] = {
  expected: classTeacherReads,
  call: async (world, actor) => {
    await publishedWithReview(world, false);
    return (await import('../data/review-assignments.ts')).conceptsByClassRecall(world.db, actor, world.classId, new Date(), 10);
  },
};

// ---------------------------------------------------------------- the student's class page and studying more (issue 18)
// A student of the class reads what it assigns with their state of each (lib/data/assignments.db.test.ts); the
// weakest cards of a deck are for a student the deck is assigned to.
READS['lib/data/assignments.ts#classAssignmentsForStudent'] = {
  expected: { studentInClass: 'ok', studentNotInClass: 'notFound', owningTeacher: 'notFound', otherTeacher: 'notFound' },
  call: async (world, actor) => {
    await publishedWithReview(world, true);
    return (await import('../data/assignments.ts')).classAssignmentsForStudent(world.db, actor, world.classId, new Date());
  },
};
READS['lib/data/study-queue.ts#loadStudyQueue, a deck’s weakest cards'] = {
  expected: { studentInClass: 'ok', studentNotInClass: 'notFound', owningTeacher: 'notFound', otherTeacher: 'notFound' },
  call: async (world, actor) => {
    await publishedWithReview(world, false);
    return (await import('../data/study-queue.ts')).loadStudyQueue(world.db, actor, new Date(), { deckId: world.deckId, more: 'weakest' });
  },
};

// ---------------------------------------------------------------- password resets (issue 18, item 14)
// The class's teacher makes a one-time code for a student of the class; anyone holding a live code sets the
// password with it; "forgot password" answers alike for everyone. The full behaviour is in
// lib/data/password-resets.db.test.ts.
const studentResetActions = () => import('@/app/(app)/classes/[classId]/students/actions');
const resetPasswordActions = () => import('@/app/(auth)/reset-password/actions');
const forgotPasswordActions = () => import('@/app/(auth)/forgot-password/actions');
const everyone: Record<ActorKind, Outcome> = { anonymous: 'ok', studentInClass: 'ok', studentNotInClass: 'ok', owningTeacher: 'ok', otherTeacher: 'ok' };
ACTIONS['app/(app)/classes/[classId]/students/actions.ts#issueResetCodeAction'] = {
  expected: teacherOnly,
  call: async ({ classId, actors }) => (await studentResetActions()).issueResetCodeAction({ classId, studentId: actors.studentInClass.id }),
  unchanged: async ({ db }) => expect(await db.passwordReset.count()).toBe(0),
};
ACTIONS['app/(auth)/reset-password/actions.ts#resetPasswordAction'] = {
  expected: everyone,
  call: async ({ db, actors }) => {
    const { issueResetCode } = await import('../data/password-resets.ts');
    const { code } = await issueResetCode(db, actors.studentInClass.id, 'teacher', new Date());
    return (await resetPasswordActions()).resetPasswordAction({ email: actors.studentInClass.email, code, password: 'a new password' });
  },
};
ACTIONS['app/(auth)/forgot-password/actions.ts#requestPasswordResetAction'] = {
  expected: everyone,
  call: async ({ actors }) => {
    // Mail configured; next/server's after() is mocked, so nothing is sent.
    vi.stubEnv('SMTP_URL', 'smtp://127.0.0.1:9');
    vi.stubEnv('PARTA_URL', 'http://parta.test');
    try {
      return await (await forgotPasswordActions()).requestPasswordResetAction({ email: actors.owningTeacher.email });
    } finally {
      vi.unstubAllEnvs();
    }
  },
};

// ---------------------------------------------------------------- the realtime channel's rooms (issue 21)
// A socket joins a class's room to receive what is sent to the class; refused alike whether or not the class
// exists. The channel itself (handshake, other rooms, archived classes) is tested in lib/realtime/channel.db.test.ts.
READS['lib/realtime/room-access.ts#joinableRoom, a class’s room'] = {
  expected: { studentInClass: 'ok', studentNotInClass: 'notFound', owningTeacher: 'ok', otherTeacher: 'notFound' },
  call: async (world, actor) => {
    const room = await (await import('../realtime/room-access.ts')).joinableRoom(world.db, actor, `class:${world.classId}`);
    if (!room) throw new (await import('./actor.ts')).NotFoundOrForbidden('room');
    return room;
  },
};

describe('access matrix: reads by pages', () => {
  for (const [name, row] of Object.entries(READS)) {
    describe(name, () => {
      for (const kind of ACTORS.filter((entry) => entry !== 'anonymous')) {
        it(`${kind} → ${row.expected[kind]}`, async () => {
          const world = await buildWorld();
          const { NotFoundOrForbidden } = await import('./actor.ts');
          const outcome = await row.call(world, world.actors[kind]).then(
            () => 'ok',
            (error: unknown) => (error instanceof NotFoundOrForbidden ? 'notFound' : String(error)),
          );
          expect(outcome).toBe(row.expected[kind]);
        });
      }
    });
  }
});

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
});
afterAll(async () => test?.cleanup());

async function buildWorld(): Promise<World> {
  const db = test.prisma;
  await db.enrollment.deleteMany();
  await db.class.deleteMany();
  await db.rateLimitHit.deleteMany();
  await db.user.deleteMany();
  const make = async (role: 'TEACHER' | 'STUDENT', name: string): Promise<Actor> =>
    db.user.create({ data: { role, name, email: `${name}@school.kz`, passwordHash: 'x' }, select: { id: true, role: true, name: true, email: true } });
  const actors = {
    owningTeacher: await make('TEACHER', 'owner'),
    otherTeacher: await make('TEACHER', 'other'),
    studentInClass: await make('STUDENT', 'member'),
    studentNotInClass: await make('STUDENT', 'outsider'),
  };
  const klass = await db.class.create({
    data: { name: 'Demo class', joinCode: 'ABC234', teacherId: actors.owningTeacher.id, enrollments: { create: { studentId: actors.studentInClass.id } } },
  });
  const { deckId } = await saveDraft(db, actors.owningTeacher, { text: FIXTURE_TEXT, fileName: null }, fixtureGenerated());
  const deck = await db.deck.findUniqueOrThrow({ where: { id: deckId }, include: { cards: true, quiz: { include: { questions: true } } } });
  const world: World = {
    db,
    actors,
    classId: klass.id,
    joinCode: klass.joinCode,
    deckId,
    cardId: deck.cards[0]!.id,
    questionId: deck.quiz!.questions[0]!.id,
    conceptId: deck.cards[0]!.conceptId!,
    quizId: deck.quiz!.id,
  };
  snapshots.set(world, await deckSnapshot(world));
  return world;
}

function outcomeOf(result: unknown): Outcome | string {
  if (typeof result === 'string') return result;
  const answer = result as { ok: boolean; formError?: string; fieldErrors?: Record<string, string> };
  if (answer.ok) return 'ok';
  return answer.formError ?? JSON.stringify(answer.fieldErrors);
}

describe('access matrix', () => {
  it('has a row for every server action, route handler and fast-lane endpoint in the code', () => {
    expect(otherFilesWithUseServer()).toEqual([]);
    expect(serverActionsInCode().sort()).toEqual(Object.keys(ACTIONS).sort());
    const endpoints = FAST_LANE_ENDPOINTS.map((endpoint) => `fast-lane#${endpointName(endpoint)}`);
    expect([...routeHandlersInCode(), ...endpoints].sort()).toEqual(Object.keys(ROUTES).sort());
    for (const route of Object.values(ROUTES)) if (route.public) expect(fs.existsSync(route.testedIn)).toBe(true);
  });

  const callable = [...Object.entries(ACTIONS), ...Object.entries(ROUTES).flatMap(([name, route]) => (route.public ? [] : [[name, route] as const]))];
  for (const [name, row] of callable) {
    describe(name, () => {
      for (const kind of ACTORS) {
        it(`${kind} → ${row.expected[kind]}`, async () => {
          const world = await buildWorld();
          currentActor = kind === 'anonymous' ? null : world.actors[kind];
          const outcome = outcomeOf(await row.call(world));
          expect(outcome).toBe(row.expected[kind]);
          if (outcome !== 'ok') await row.unchanged?.(world);
        });
      }
    });
  }
});
