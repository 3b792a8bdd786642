// Property-based fuzz of every server action and route handler: each is called by a user who may use it, with
// input broken in every way a crafted request can break it (lib/testing/malformed-input.ts). Whatever comes in,
// the answer is a refusal with a message the interface can show (or, when the breakage happened to leave a valid
// call, a success), never a thrown error (a 500), and a refusal leaves everything stored as it was. The list of
// actions and handlers is read from the code, so a new one without a row here fails the test.
// `npm test` runs it on a fixed seed; `npm run fuzz` on a random one with more runs. Replay a failure with
// FUZZ_SEED=<seed> FUZZ_PATH=<path> (fast-check prints both), and add what it found as a fixed case below.
import path from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from './actor.ts';
import { saveDraft } from '../data/drafts.ts';
import { useDbForTests, type Db } from '../db/client.ts';
import { DOCUMENT_ERROR_CODES, MAX_UPLOAD_BYTES } from '../documents/extract-text.ts';
import { MAX_TEXT_CHARACTERS } from '../documents/input-rules.ts';
import { draftErrorKey } from '../validation/drafts.ts';
import { parseErrorCode } from '../i18n/error-code.ts';
import messages from '../i18n/messages/en.json';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../testing/database.ts';
import { databaseFingerprinter, type Fingerprint } from '../testing/database-fingerprint.ts';
import { fuzzParameters } from '../testing/fuzz-settings.ts';
import { compoundFile, concat, docx, encryptedPdf, imageOnlyPdf, textPdf, utf8 } from '../testing/document-fixtures.ts';
import { FIXTURE_TEXT, fixtureGenerated } from '../testing/draft-fixture.ts';
import {
  asFormData,
  applyMutations,
  malformedSegment,
  malformedValue,
  mutationsOf,
  unicodeEdgeString,
  withDuplicateKey,
  type Mutation,
} from '../testing/malformed-input.ts';
import { assignmentSettings, card, NEXT_YEAR, question, scoredQuestion } from '../testing/form-values.ts';
import { quizWorld } from '../testing/quiz-world.ts';
import { SAMPLE_ARTICLE } from '../testing/sample-article.ts';
import { makeUser } from '../testing/study-world.ts';
import { otherFilesWithUseServer, routeHandlersInCode, serverActionsInCode } from '../testing/server-entry-points.ts';
import { endpointName, FAST_LANE_ENDPOINTS } from '../fast-lane/endpoints.ts';
import { fastLaneFetch } from '../testing/fast-lane-fetch.ts';

let currentActor: Actor | null = null;
/** The fast lane's endpoints, asked as the current actor (as the custom server answers them). */
const lane = fastLaneFetch(() => currentActor);
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '10.9.8.7' }), cookies: async () => ({ getAll: () => [] }) }));
vi.mock('../auth/current-actor.ts', () => ({
  getActor: async () => currentActor,
  requireActor: async () => {
    if (!currentActor) throw new Error('not signed in');
    return currentActor;
  },
}));

/**
 * Runs per action or handler (about 1,300 in all on PGlite): each costs a call and a fingerprint query, 20-40 ms
 * on PGlite and more over PostgreSQL's network round trips, so PostgreSQL gets half as many to keep the file near
 * a minute. FUZZ_RUNS sets another number for a longer hunt.
 */
const FUZZ = fuzzParameters(testDatabaseKind() === 'postgres' ? 15 : 30);

// ---------------------------------------------------------------- the world

async function buildWorld(db: Db) {
  const hourAgo = new Date(Date.now() - 3_600_000);
  const published = await quizWorld(db, hourAgo);
  const { teacher, student, classId, other } = published;
  const { deckId: draftDeckId } = await saveDraft(db, teacher, { text: FIXTURE_TEXT, fileName: null }, fixtureGenerated());
  const draft = await db.deck.findUniqueOrThrow({ where: { id: draftDeckId }, include: { cards: true, quiz: { include: { questions: { orderBy: { position: 'asc' } } } } } });
  const draftQuestions = draft.quiz!.questions;
  const bankQuestion = await db.question.create({
    data: { deckId: draftDeckId, type: 'TRUE_FALSE', prompt: 'Leaves are green.', payload: {}, answerKey: { correct: true }, position: 0, origin: 'GENERATED' },
  });
  const klass = await db.class.findUniqueOrThrow({ where: { id: classId } });
  const publishedConcept = await db.concept.findFirstOrThrow({ where: { document: { decks: { some: { id: published.deckId } } } } });

  const { startAttempt, attemptForStudent, saveAnswer, submitAttempt } = await import('../data/attempts.ts');
  const singleQuestionOf = async (actor: Actor, attemptId: string) =>
    (await attemptForStudent(db, actor, attemptId, new Date())).questions.find((question) => question.type === 'single')!.questionId;
  const openAttemptId = (await startAttempt(db, student, published.assignmentId, new Date())).attemptId;
  const classmate = await makeUser(db, 'STUDENT');
  await db.enrollment.create({ data: { classId, studentId: classmate.id } });
  const submittedAttemptId = (await startAttempt(db, classmate, published.assignmentId, new Date())).attemptId;
  const answeredQuestionId = await singleQuestionOf(classmate, submittedAttemptId);
  await saveAnswer(db, classmate, submittedAttemptId, answeredQuestionId, { choice: 0 }, new Date());
  await submitAttempt(db, classmate, submittedAttemptId, new Date());
  // The other teacher's quiz taken by their student: ids of objects that exist but are not ours to touch.
  const otherAttemptId = (await startAttempt(db, other.student, published.otherAssignmentId, new Date())).attemptId;
  const otherDraft = await saveDraft(db, other.teacher, { text: FIXTURE_TEXT, fileName: null }, fixtureGenerated());
  const otherQuestions = await db.question.findMany({ where: { quiz: { deckId: otherDraft.deckId } }, select: { id: true } });
  const otherConcepts = await db.concept.findMany({ where: { document: { decks: { some: { id: other.deckId } } } }, select: { id: true } });

  return {
    db,
    teacher,
    student,
    classmate,
    otherTeacher: other.teacher,
    classId,
    joinCode: klass.joinCode,
    assignmentId: published.assignmentId,
    publishedConceptId: publishedConcept.id,
    cardId: published.cardIds[0]!,
    draftDeckId,
    draftQuizId: draft.quiz!.id,
    draftCardId: draft.cards[0]!.id,
    draftConceptId: draft.cards[0]!.conceptId!,
    draftQuestionId: draftQuestions[0]!.id,
    trueFalseQuestionId: draftQuestions.find((question) => question.type === 'TRUE_FALSE')!.id,
    bankQuestionId: bankQuestion.id,
    openAttemptId,
    openQuestionId: await singleQuestionOf(student, openAttemptId),
    openShortQuestionId: (await attemptForStudent(db, student, openAttemptId, new Date())).questions.find((question) => question.type === 'short')!.questionId,
    submittedAttemptId,
    answeredQuestionId,
    foreignIds: [
      other.classId,
      other.deckId,
      ...other.cardIds,
      published.otherAssignmentId,
      other.teacher.id,
      other.student.id,
      otherAttemptId,
      otherDraft.deckId,
      ...otherQuestions.map((row) => row.id),
      ...otherConcepts.map((row) => row.id),
    ],
  };
}
type World = Awaited<ReturnType<typeof buildWorld>>;

// ---------------------------------------------------------------- what a refusal must say

/** Every message key: "Errors.x.y", and each "<Namespace>.errors.<key>" that forms use for their own codes. */
function messageKeys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, inner]) => messageKeys(inner, prefix ? `${prefix}.${key}` : key));
}
const MESSAGE_KEYS = new Set(messageKeys(messages));

/** Whether an error code has a message: under Errors, under a screen's own errors, or Quiz.errors for attempt.* and quiz.*. */
function hasMessage(code: unknown): boolean {
  if (typeof code !== 'string') return false;
  const { key } = parseErrorCode(code);
  const tail = key.split('.').slice(1).join('.');
  const [head] = key.split('.');
  if (MESSAGE_KEYS.has(`Errors.${key}`)) return true;
  if ((head === 'attempt' || head === 'quiz') && MESSAGE_KEYS.has(`Quiz.errors.${tail}`)) return true;
  return [...MESSAGE_KEYS].some((known) => known.endsWith(`.errors.${key}`) || (tail !== '' && known.endsWith(`.errors.${tail}`)));
}

/** An action's answer: a result object; when refused, each error a code with a message. Answers whether it was refused. */
function expectActionAnswer(result: unknown): boolean {
  expect(result, 'an action answers a result').toMatchObject({ ok: expect.any(Boolean) });
  const answer = result as { ok: boolean; formError?: string; fieldErrors?: Record<string, string> };
  if (answer.ok) return false;
  const codes = [...(answer.formError === undefined ? [] : [answer.formError]), ...Object.values(answer.fieldErrors ?? {})];
  expect(codes.length, `a refusal says why: ${JSON.stringify(answer)}`).toBeGreaterThan(0);
  for (const code of codes) expect(hasMessage(code), `"${code}" has a message in en.json`).toBe(true);
  return true;
}

/** A route's JSON error: status 4xx with {error: {code, message}}, the code one with a message. */
async function expectJsonRefusal(response: Response) {
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBeGreaterThanOrEqual(400);
  expect(response.status, text.slice(0, 300)).toBeLessThan(500);
  const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
  expect(hasMessage(body.error?.code), `"${String(body.error?.code)}" has a message in en.json`).toBe(true);
  expect(body.error?.message).toEqual(expect.any(String));
}

// ---------------------------------------------------------------- actions

type ActorKind = 'teacher' | 'student' | 'anonymous';
interface ActionRow {
  actor: ActorKind;
  base: (world: World) => Record<string, unknown>;
  /** Fields of which one is always broken: the well-formed call would delete or change what later runs need. */
  mustBreak?: string[];
}


/** Keyed by "<file>#<export>", as found in the code. */
const ACTIONS: Record<string, ActionRow> = {
  'app/(app)/classes/actions.ts#createClassAction': { actor: 'teacher', base: () => ({ name: 'New class' }) },
  'app/(app)/classes/actions.ts#renameClassAction': { actor: 'teacher', base: (w) => ({ classId: w.classId, name: 'Renamed' }) },
  'app/(app)/classes/actions.ts#setClassArchivedAction': { actor: 'teacher', base: (w) => ({ classId: w.classId, archived: true }), mustBreak: ['classId', 'archived'] },
  'app/(app)/classes/actions.ts#updateClassStudySettingsAction': {
    actor: 'teacher',
    base: (w) => ({ classId: w.classId, desiredRetentionPercent: 85, newCardsPerDay: 15 }),
  },
  'app/(app)/classes/actions.ts#updateClassQuizMemoryAction': { actor: 'teacher', base: (w) => ({ classId: w.classId, quizFeedsMemory: false }) },
  'app/(app)/classes/actions.ts#updateClassDefaultLocaleAction': { actor: 'teacher', base: (w) => ({ classId: w.classId, defaultLocale: 'kk' }) },
  'app/(app)/classes/actions.ts#regenerateJoinCodeAction': { actor: 'teacher', base: (w) => ({ classId: w.classId }), mustBreak: ['classId'] },
  'app/(app)/classes/actions.ts#removeStudentAction': {
    actor: 'teacher',
    base: (w) => ({ classId: w.classId, studentId: w.student.id }),
    mustBreak: ['classId', 'studentId'],
  },
  'app/(app)/classes/actions.ts#joinClassAction': { actor: 'student', base: (w) => ({ code: w.joinCode }) },
  'app/(app)/classes/actions.ts#leaveClassAction': { actor: 'student', base: (w) => ({ classId: w.classId }), mustBreak: ['classId'] },
  'app/(app)/decks/actions.ts#renameDeckAction': { actor: 'teacher', base: (w) => ({ deckId: w.draftDeckId, title: 'Renamed' }) },
  'app/(app)/decks/actions.ts#updateCardAction': { actor: 'teacher', base: (w) => ({ cardId: w.draftCardId, card }) },
  'app/(app)/decks/actions.ts#deleteCardAction': { actor: 'teacher', base: (w) => ({ cardId: w.draftCardId }), mustBreak: ['cardId'] },
  'app/(app)/decks/actions.ts#addCardAction': { actor: 'teacher', base: (w) => ({ deckId: w.draftDeckId, conceptId: w.draftConceptId, card }) },
  'app/(app)/decks/actions.ts#updateQuestionAction': { actor: 'teacher', base: (w) => ({ questionId: w.draftQuestionId, question }) },
  'app/(app)/decks/actions.ts#deleteQuestionAction': { actor: 'teacher', base: (w) => ({ questionId: w.draftQuestionId }), mustBreak: ['questionId'] },
  'app/(app)/decks/actions.ts#addQuestionAction': { actor: 'teacher', base: (w) => ({ deckId: w.draftDeckId, conceptId: w.draftConceptId, question }) },
  'app/(app)/decks/actions.ts#publishDeckAction': {
    actor: 'teacher',
    base: (w) => ({ deckId: w.draftDeckId, classId: w.classId }),
    mustBreak: ['deckId', 'classId'],
  },
  'app/(app)/decks/actions.ts#deleteDraftAction': { actor: 'teacher', base: (w) => ({ deckId: w.draftDeckId }), mustBreak: ['deckId'] },
  'app/(app)/decks/actions.ts#setConceptChosenAction': { actor: 'teacher', base: (w) => ({ deckId: w.draftDeckId, conceptId: w.draftConceptId, chosen: true }) },
  'app/(app)/decks/actions.ts#addConceptAction': { actor: 'teacher', base: (w) => ({ deckId: w.draftDeckId, words: 'green pigment' }), mustBreak: ['deckId', 'words'] },
  'app/(app)/decks/actions.ts#renameConceptAction': { actor: 'teacher', base: (w) => ({ deckId: w.draftDeckId, conceptId: w.draftConceptId, term: 'Renamed' }) },
  'app/(app)/decks/actions.ts#remakeConceptAction': { actor: 'teacher', base: (w) => ({ deckId: w.draftDeckId, conceptId: w.draftConceptId }), mustBreak: ['deckId', 'conceptId'] },
  'app/(app)/decks/actions.ts#setItemChoiceAction': {
    actor: 'teacher',
    base: (w) => ({ deckId: w.draftDeckId, cardKinds: ['cloze'], questionTypes: ['short'], cardsPerConcept: 1, questionsPerConcept: 1 }),
    mustBreak: ['deckId', 'cardKinds', 'questionTypes', 'cardsPerConcept', 'questionsPerConcept'],
  },
  'app/(app)/decks/actions.ts#deleteItemsAction': {
    actor: 'teacher',
    base: (w) => ({ deckId: w.draftDeckId, cardIds: [w.draftCardId], questionIds: [] }),
    mustBreak: ['deckId', 'cardIds', 'questionIds'],
  },
  'app/(app)/decks/actions.ts#acceptItemsAction': { actor: 'teacher', base: (w) => ({ deckId: w.draftDeckId, cardIds: [w.draftCardId], questionIds: [] }) },
  'app/(app)/quizzes/actions.ts#createQuizAction': { actor: 'teacher', base: () => ({ title: 'New quiz', description: '' }) },
  'app/(app)/quizzes/actions.ts#updateQuizDetailsAction': {
    actor: 'teacher',
    base: (w) => ({ quizId: w.draftQuizId, title: 'Renamed', description: 'Changed' }),
  },
  'app/(app)/quizzes/actions.ts#addQuizQuestionAction': { actor: 'teacher', base: (w) => ({ quizId: w.draftQuizId, ...scoredQuestion }) },
  'app/(app)/quizzes/actions.ts#updateQuizQuestionAction': { actor: 'teacher', base: (w) => ({ questionId: w.draftQuestionId, ...scoredQuestion }) },
  'app/(app)/quizzes/actions.ts#archiveQuizQuestionAction': {
    actor: 'teacher',
    base: (w) => ({ questionId: w.draftQuestionId }),
    mustBreak: ['questionId'],
  },
  'app/(app)/quizzes/actions.ts#moveQuizQuestionAction': { actor: 'teacher', base: (w) => ({ questionId: w.draftQuestionId, direction: 'down' }) },
  'app/(app)/quizzes/actions.ts#moveQuizQuestionsAction': {
    actor: 'teacher',
    base: (w) => ({ quizId: w.draftQuizId, questionIds: [w.draftQuestionId], direction: 'down' }),
  },
  'app/(app)/quizzes/actions.ts#removeQuizQuestionsAction': {
    actor: 'teacher',
    base: (w) => ({ quizId: w.draftQuizId, questionIds: [w.draftQuestionId] }),
    mustBreak: ['quizId', 'questionIds'],
  },
  'app/(app)/quizzes/actions.ts#setQuizTypoToleranceAction': { actor: 'teacher', base: (w) => ({ quizId: w.draftQuizId, typoTolerance: false }) },
  'app/(app)/quizzes/actions.ts#copyFromBankAction': { actor: 'teacher', base: (w) => ({ quizId: w.draftQuizId, questionIds: [w.bankQuestionId] }) },
  'app/(app)/quizzes/actions.ts#checkPreviewAnswerAction': {
    actor: 'teacher',
    base: (w) => ({ questionId: w.trueFalseQuestionId, response: { answer: false } }),
  },
  'app/(app)/quizzes/actions.ts#assignQuizAction': {
    actor: 'teacher',
    base: (w) => ({ quizId: w.draftQuizId, classId: w.classId, ...assignmentSettings }),
    mustBreak: ['quizId', 'classId'],
  },
  'app/(app)/quizzes/actions.ts#updateAssignmentAction': {
    actor: 'teacher',
    base: (w) => ({ assignmentId: w.assignmentId, ...assignmentSettings }),
    mustBreak: ['assignmentId'],
  },
  'app/(app)/classes/[classId]/quizzes/actions.ts#overrideAnswerScoreAction': {
    actor: 'teacher',
    base: (w) => ({
      classId: w.classId,
      assignmentId: w.assignmentId,
      attemptId: w.submittedAttemptId,
      questionId: w.answeredQuestionId,
      score: '0,5',
      comment: 'Half right.',
    }),
  },
  'app/(app)/classes/[classId]/quizzes/actions.ts#regradeQuestionAction': {
    actor: 'teacher',
    base: (w) => ({ classId: w.classId, assignmentId: w.assignmentId, questionId: w.answeredQuestionId }),
  },
  'app/(app)/classes/[classId]/reviews/actions.ts#assignConceptReviewAction': {
    actor: 'teacher',
    base: (w) => ({ classId: w.classId, conceptIds: [w.publishedConceptId], dueOn: `${NEXT_YEAR}-01-01` }),
  },
  'app/(auth)/sign-up/actions.ts#signUpAction': {
    actor: 'anonymous',
    base: () => ({ name: 'New', email: 'new@school.kz', password: 'long enough', role: 'STUDENT' }),
    mustBreak: ['name', 'email', 'password', 'role'],
  },
};

// Password resets (issue 18, item 14). Mail counts as configured for the "forgot password" action (next/server's
// after() is mocked, so nothing is sent), so the fuzz reaches past the "this server sends no mail" answer.
vi.stubEnv('SMTP_URL', 'smtp://127.0.0.1:9');
vi.stubEnv('PARTA_URL', 'http://parta.test');
ACTIONS['app/(app)/classes/[classId]/students/actions.ts#issueResetCodeAction'] = {
  actor: 'teacher',
  base: (w) => ({ classId: w.classId, studentId: w.student.id }),
};
ACTIONS['app/(auth)/reset-password/actions.ts#resetPasswordAction'] = {
  actor: 'anonymous',
  base: (w) => ({ email: w.student.email, code: 'ABCD-EFGH-JK23', password: 'long enough' }),
};
ACTIONS['app/(auth)/forgot-password/actions.ts#requestPasswordResetAction'] = { actor: 'anonymous', base: (w) => ({ email: w.teacher.email }) };

/** How the input reaches the action: the object broken in place, a wholly wrong value, or a form with a field twice. */
function actionInputs(base: Record<string, unknown>, world: World, mustBreak: readonly string[] | undefined) {
  const value = malformedValue(world.foreignIds, { jsonSafe: false });
  const keys = Object.keys(base);
  return fc.oneof(
    { arbitrary: mutationsOf(base, value, { mustBreak }).map((mutations) => ({ how: 'mutated', mutations, input: applyMutations(base, mutations) as unknown })), weight: 8 },
    { arbitrary: value.map((input) => ({ how: 'whole', input })), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...keys), malformedSegment(world.foreignIds), mustBreak ? mutationsOf(base, value, { mustBreak }) : fc.constant<Mutation[]>([]))
        .map(([twice, second, mutations]) => ({ how: 'formData', input: asFormData(applyMutations(base, mutations), twice, second) as unknown })),
      weight: 1,
    },
  );
}

// ---------------------------------------------------------------- routes (the drafts upload is fuzzed below)

interface RouteInput {
  params: Record<string, string>;
  body?: unknown;
}
interface RouteRow {
  actor: ActorKind;
  method: 'GET' | 'POST' | 'PUT';
  url: (params: Record<string, string>) => string;
  base: (world: World) => RouteInput;
  mustBreak?: string[];
  /** For a 200: whether it was a refusal after all (nothing stored), checking what it says. */
  refusedIn200?: (body: unknown) => boolean;
}

/** A URL cannot carry a lone surrogate: the browser sends U+FFFD in its place. */
const segment = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
const attemptUrl = (params: Record<string, string>) => `/api/attempts/${segment(params.attemptId!)}`;

/** A 200 of the batch answer route: refused unless some answer was saved; each refusal's code has a message. */
function answersRefused(body: unknown): boolean {
  const { results } = body as { results: { status: string; code?: string }[] };
  for (const result of results) if (result.status !== 'saved') expect(hasMessage(result.code), `"${result.code}" has a message`).toBe(true);
  return results.every((result) => result.status !== 'saved');
}

const SYNC_REJECT_REASONS = ['invalid', 'rating-out-of-range', 'time-in-future', 'time-too-old', 'card-not-found', 'review-not-found', 'key-conflict'];

const ROUTES: Record<string, RouteRow | { public: string }> = {
  // Public and taking no input that could be malformed, or next-auth's own: where their behaviour is tested.
  'app/api/health/route.ts#GET': { public: 'e2e/operator-checks-health.spec.ts' },
  'app/api/auth/[...nextauth]/route.ts#GET': { public: 'e2e/demo-accounts-sign-in.spec.ts' },
  'app/api/auth/[...nextauth]/route.ts#POST': { public: 'e2e/demo-accounts-sign-in.spec.ts' },
  'app/serwist/[path]/route.ts#GET': { public: 'e2e/student-opens-home-offline.spec.ts' },
  'app/icons/[icon]/route.ts#GET': { public: 'e2e/student-opens-home-offline.spec.ts' },
  'app/api/drafts/route.ts#POST': { public: 'the uploads fuzz below' },
  'app/api/locale/route.ts#POST': { actor: 'student', method: 'POST', url: () => '/api/locale', base: () => ({ params: {}, body: { locale: 'kk' } }) },
  'fast-lane#POST /api/reviews/sync': {
    actor: 'student',
    method: 'POST',
    url: () => '/api/reviews/sync',
    base: (w) => ({
      params: {},
      body: { deviceId: 'fuzz', items: [{ type: 'review', key: '9b0b6f3e-3f5e-4f7e-9a51-0c7d0e0f1a2b', cardId: w.cardId, rating: 'GOOD', reviewedAt: new Date().toISOString() }] },
    }),
    refusedIn200: (body) => {
      const results = (body as { results: { status: string; reason?: string }[] }).results;
      for (const result of results) if (result.status === 'rejected') expect(SYNC_REJECT_REASONS).toContain(result.reason);
      return results.every((result) => result.status !== 'stored');
    },
  },
  'fast-lane#GET /api/attempts/:attemptId': { actor: 'student', method: 'GET', url: attemptUrl, base: (w) => ({ params: { attemptId: w.openAttemptId } }) },
  'fast-lane#PUT /api/attempts/:attemptId/answers/:questionId': {
    actor: 'student',
    method: 'PUT',
    url: (params) => `${attemptUrl(params)}/answers/${segment(params.questionId!)}`,
    base: (w) => ({ params: { attemptId: w.openAttemptId, questionId: w.openQuestionId }, body: { response: { choice: 0 } } }),
  },
  'fast-lane#PUT /api/attempts/:attemptId/answers': {
    actor: 'student',
    method: 'PUT',
    url: (params) => `${attemptUrl(params)}/answers`,
    base: (w) => ({ params: { attemptId: w.openAttemptId }, body: { answers: [{ questionId: w.openQuestionId, response: { choice: 0 }, timeSpentMs: 1000 }] } }),
    refusedIn200: answersRefused,
  },
  'fast-lane#POST /api/attempts/:attemptId/submit': {
    actor: 'student',
    method: 'POST',
    url: (params) => `${attemptUrl(params)}/submit`,
    base: (w) => ({ params: { attemptId: w.openAttemptId } }),
    mustBreak: ['params'],
  },
  'fast-lane#POST /api/assignments/:assignmentId/attempts': {
    actor: 'student',
    method: 'POST',
    url: (params) => `/api/assignments/${segment(params.assignmentId!)}/attempts`,
    base: (w) => ({ params: { assignmentId: w.assignmentId } }),
    // A start that works submits the world's open attempt once an earlier run has given the quiz a time limit.
    mustBreak: ['params'],
  },
  'app/api/classes/[classId]/export/grades/route.ts#GET': {
    actor: 'teacher',
    method: 'GET',
    url: (params) => `/api/classes/${segment(params.classId!)}/export/grades`,
    base: (w) => ({ params: { classId: w.classId } }),
  },
  'app/api/classes/[classId]/export/mastery/route.ts#GET': {
    actor: 'teacher',
    method: 'GET',
    url: (params) => `/api/classes/${segment(params.classId!)}/export/mastery`,
    base: (w) => ({ params: { classId: w.classId } }),
  },
};

const SAME_SITE = { origin: 'http://parta.test', host: 'parta.test' };
const CONTENT_TYPES = ['application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '', 'application/json; charset=utf-16'];

/** The body as sent: JSON, JSON with a key twice, cut short, not JSON at all, or nothing. */
const bodyEncodings = (world: World) =>
  fc.oneof(
    { arbitrary: fc.constant((body: unknown) => JSON.stringify(body)), weight: 6 },
    { arbitrary: malformedValue(world.foreignIds, { jsonSafe: true }).map((value) => (body: unknown) => withDuplicateKey(JSON.stringify(body) ?? '', value)), weight: 2 },
    { arbitrary: fc.nat().map((cut) => (body: unknown) => (JSON.stringify(body) ?? '').slice(0, cut % 40)), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((text) => () => text), weight: 1 },
    { arbitrary: fc.constant(() => ''), weight: 1 },
  );

function routeInputs(row: RouteRow, world: World) {
  const base = row.base(world);
  const value = malformedValue(world.foreignIds, { jsonSafe: true });
  const segmentValue = malformedSegment(world.foreignIds);
  // Route parameters come from the URL: always strings.
  const valueFor = (at: (string | number)[]) => (at[0] === 'params' ? segmentValue : value);
  const mustBreak = row.mustBreak?.flatMap((field) => (field === 'params' ? Object.keys(base.params).map((key) => `params.${key}`) : [field]));
  const mutations = mustBreak
    ? fc.constantFrom(...mustBreak).chain((field) => {
        const at = field.split('.');
        return fc.tuple(segmentValue, mutationsOf(base, value, { valueFor })).map(([forged, rest]): Mutation[] => [{ kind: 'replace', path: at, value: forged }, ...rest]);
      })
    : mutationsOf(base, value, { valueFor });
  return fc.record({ mutations, encode: bodyEncodings(world), contentType: fc.constantFrom(...CONTENT_TYPES) });
}

// ---------------------------------------------------------------- the properties

// One world for the whole file: building it takes seconds. Runs that succeed may change it (a class renamed, a
// card added), which no other run depends on; calls that would delete or move what others need always carry a
// broken id (mustBreak).
let test: TestDatabase;
let world: World;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
  world = await buildWorld(test.prisma);
}, 180_000);
afterAll(async () => test?.cleanup());

function actorOf(world: World, kind: ActorKind): Actor | null {
  return kind === 'anonymous' ? null : world[kind];
}

async function fuzz<T>(world: World, inputs: fc.Arbitrary<T>, run: (input: T) => Promise<boolean>) {
  const fingerprint = await databaseFingerprinter(world.db);
  let before: Fingerprint = await fingerprint();
  await fc.assert(
    fc.asyncProperty(inputs, async (input) => {
      const refused = await run(input);
      const after = await fingerprint();
      if (refused) expect(after, 'a refusal stores nothing').toEqual(before);
      before = after;
    }),
    FUZZ,
  );
}

// Before the fuzz, which may change the world (a quiz given a time limit can submit its open attempt).
describe('regressions found by the fuzz', () => {
  /** The refusal's status and code; the refusal must come before the stream starts and store nothing. */
  async function refusalOf(upload: Upload): Promise<[number, string]> {
    const { POST } = await import('@/app/api/drafts/route');
    currentActor = world.teacher;
    await world.db.rateLimitHit.deleteMany();
    const fingerprint = await databaseFingerprinter(world.db);
    const before = await fingerprint();
    const response = await POST(draftRequest(upload));
    const body = (await response.json()) as { error: { code: string } };
    expect(await fingerprint()).toEqual(before);
    return [response.status, body.error.code];
  }

  // Seed 2107660155, path 15: an old Word file sent with an empty file name (which arrives as a text field, not a
  // file) beside pasted text holding a NUL, was answered draft.binary inside the progress stream.
  it('refuses a file part without a file name as a malformed form, not as the text beside it', async () => {
    const bytes = concat(compoundFile('WordDocument'), new Uint8Array([235, 244, 179, 88]));
    expect(await refusalOf({ file: [{ name: '', bytes }], text: ['nulla\u0000b', '\u{10ffee}'] })).toEqual([400, 'draft.badRequest']);
  });

  it('refuses pasted binary text before the stream starts, like a binary file', async () => {
    expect(await refusalOf({ text: [`nulla\u0000b ${SAMPLE_ARTICLE}`] })).toEqual([422, 'draft.binary']);
  });

  it.each([
    ['an old Word document', 'essay.doc', 'WordDocument'],
    ['an old Excel workbook', 'marks.xls', 'Workbook'],
    ['an old Word document renamed .docx', 'essay.docx', 'WordDocument'],
    ['an old Word document named .txt', 'essay.txt', 'WordDocument'],
  ])('refuses %s with the advice to save it as .docx', async (_, name, stream) => {
    expect(await refusalOf({ file: [{ name, bytes: compoundFile(stream) }] })).toEqual([415, 'draft.legacyOffice']);
  });

  it('refuses more text than a draft can take, pasted or in a small file, with 413', async () => {
    const paragraphs = Array.from({ length: 1_000 }, () => 'Plants make food. '.repeat(20));
    expect(await refusalOf({ text: [paragraphs.join('\n\n')] })).toEqual([413, 'draft.tooLong']);
    expect(await refusalOf({ file: [{ name: 'bomb.docx', bytes: await docx(paragraphs) }] })).toEqual([413, 'draft.tooLong']);
  });

  it('refuses a NUL character in a class name (PostgreSQL cannot store it) instead of failing the write', async () => {
    const { createClassAction } = await import('@/app/(app)/classes/actions');
    currentActor = world.teacher;
    const before = await world.db.class.count();
    expect(await createClassAction({ name: 'Biology\u00007A' })).toEqual({ ok: false, fieldErrors: { name: 'text.nul' } });
    expect(await world.db.class.count()).toBe(before);
  });

  it('refuses a short answer holding a NUL character (the JSON column cannot store it), saving nothing', async () => {
    currentActor = world.student;
    const params = { attemptId: world.openAttemptId, questionId: world.openShortQuestionId };
    const url = `http://parta.test/api/attempts/${params.attemptId}/answers/${params.questionId}`;
    const before = await world.db.answer.count();
    const response = await lane(new Request(url, { method: 'PUT', headers: SAME_SITE, body: JSON.stringify({ response: { text: 'chloro\u0000phyll' } }) }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('response.invalid');
    expect(await world.db.answer.count()).toBe(before);
  });

  it('refuses a review batch whose device id holds a NUL character, storing nothing', async () => {
    currentActor = world.student;
    const before = await world.db.reviewLog.count();
    const review = { type: 'review', key: crypto.randomUUID(), cardId: world.cardId, rating: 'GOOD', reviewedAt: new Date().toISOString() };
    const response = await lane(new Request('http://parta.test/api/reviews/sync', { method: 'POST', headers: SAME_SITE, body: JSON.stringify({ deviceId: 'phone\u0000', items: [review] }) }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('sync.badBatch');
    expect(await world.db.reviewLog.count()).toBe(before);
  });

  it('keeps a draft from a file whose name holds control characters, without them', async () => {
    expect(await postDraft(draftRequest({ file: [{ name: 'plants\u0000\u0007.txt', bytes: utf8(SAMPLE_ARTICLE) }] }))).toBe('draft');
    const document = await world.db.sourceDocument.findFirstOrThrow({ where: { ownerId: world.teacher.id, fileName: { not: null } }, orderBy: { createdAt: 'desc' } });
    expect(document.fileName).toBe('plants.txt');
  });
});

describe('malformed input to every server action and route handler', () => {
  it('has a row for every server action, route handler and fast-lane endpoint in the code', () => {
    expect(otherFilesWithUseServer()).toEqual([]);
    expect(serverActionsInCode().sort()).toEqual(Object.keys(ACTIONS).sort());
    const endpoints = FAST_LANE_ENDPOINTS.map((endpoint) => `fast-lane#${endpointName(endpoint)}`);
    expect([...routeHandlersInCode(), ...endpoints].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  for (const [name, row] of Object.entries(ACTIONS)) {
    it(name, async () => {
      const [file, exportName] = name.split('#') as [string, string];
      const action = (await import(path.join(process.cwd(), file)))[exportName] as (input: unknown) => Promise<unknown>;
      currentActor = actorOf(world, row.actor);
      await fuzz(world, actionInputs(row.base(world), world, row.mustBreak), async ({ input }) => expectActionAnswer(await action(input)));
    });
  }

  for (const [name, row] of Object.entries(ROUTES)) {
    if ('public' in row) continue;
    it(name, async () => {
      const [file, method] = name.split('#') as [string, string];
      // A fast-lane endpoint is answered by the lane as the custom server answers it; a route handler is called.
      const handler =
        file === 'fast-lane'
          ? async (request: Request) => {
              // What the answer left to do (a submission's memory feed) is part of its effect: done before the
              // next snapshot, so it is never taken for a later refusal's write.
              const response = await lane(request);
              await Promise.all(lane.afterWork);
              return response;
            }
          : ((await import(path.join(process.cwd(), file)))[method] as (request: Request, context: unknown) => Promise<Response>);
      currentActor = actorOf(world, row.actor);
      const base = row.base(world);
      await fuzz(world, routeInputs(row, world), async ({ mutations, encode, contentType }) => {
        const { params, body } = applyMutations(base, mutations);
        const safeParams = Object.fromEntries(Object.entries(params ?? {}).map(([key, value]) => [key, String(value)]));
        const headers = contentType ? { ...SAME_SITE, 'content-type': contentType } : SAME_SITE;
        const request = new Request(`http://parta.test${row.url({ ...base.params, ...safeParams })}`, {
          method: row.method,
          headers,
          ...(row.method === 'GET' ? {} : { body: encode(body) }),
        });
        const response = await handler(request, { params: Promise.resolve(safeParams) });
        if (response.status !== 200) {
          await expectJsonRefusal(response);
          return true;
        }
        const text = await response.text();
        if (!row.refusedIn200) return false;
        return row.refusedIn200(JSON.parse(text));
      });
    });
  }
});

// ---------------------------------------------------------------- uploads: POST /api/drafts

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const ARTICLE_PARAGRAPHS = SAMPLE_ARTICLE.split('\n\n');

/** A zip with whatever entries are given: not a Word document unless word/document.xml is among them. */
async function zipOf(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array' });
}

type Upload = { file?: { name: string; bytes: Uint8Array }[]; text?: string[] };

function draftRequest(upload: Upload): Request {
  const form = new FormData();
  for (const file of upload.file ?? []) form.append('file', new File([file.bytes.slice()], file.name));
  for (const text of upload.text ?? []) form.append('text', text);
  return new Request('http://parta.test/api/drafts', { method: 'POST', body: form, headers: SAME_SITE });
}

/** What the extractor refuses: a file it cannot read must be refused with a status, before the stream starts. */
const DOCUMENT_ERRORS = DOCUMENT_ERROR_CODES.map(draftErrorKey);

type DraftAnswer = 'refused' | 'refused-by-generator' | 'draft';

/** Sends the upload as the world's teacher; answers how it was refused (checking the refusal says why), or not. */
async function postDraft(request: Request): Promise<DraftAnswer> {
  const { POST } = await import('@/app/api/drafts/route');
  currentActor = world.teacher;
  // Every draft counts against the teacher's hourly limit; the fuzz sends more than a teacher may.
  await world.db.rateLimitHit.deleteMany();
  const response = await POST(request);
  if (response.status !== 200) {
    await expectJsonRefusal(response);
    return 'refused';
  }
  const last = JSON.parse((await response.text()).trim().split('\n').at(-1)!) as { done?: true; error?: { code: string; message: string } };
  if (last.done) return 'draft';
  // The stream had begun (status 200): only the generator may refuse there (text too short, no concepts).
  expect(last.error?.code, 'draft.failed is a crash, not a refusal').not.toBe('draft.failed');
  expect(DOCUMENT_ERRORS, 'an unreadable file is refused before the stream starts').not.toContain(last.error?.code);
  expect(hasMessage(last.error?.code), `"${last.error?.code}" has a message in en.json`).toBe(true);
  return 'refused-by-generator';
}

describe('malformed uploads to POST /api/drafts', () => {
  const cases: [string, () => Promise<Upload> | Upload][] = [
    ['a file over 5 MB', () => ({ file: [{ name: 'big.txt', bytes: new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61) }] })],
    ['text over 5 MB', () => ({ text: ['a'.repeat(MAX_UPLOAD_BYTES + 1)] })],
    ['PNG bytes named .pdf', () => ({ file: [{ name: 'scan.pdf', bytes: PNG_BYTES }] })],
    ['a program (.exe)', () => ({ file: [{ name: 'setup.exe', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3]) }] })],
    ['a zip of other files named .docx', async () => ({ file: [{ name: 'lesson.docx', bytes: await zipOf({ 'notes.txt': 'hello', 'image.png': PNG_BYTES }) }] })],
    ['a truncated .docx', async () => ({ file: [{ name: 'lesson.docx', bytes: (await docx(ARTICLE_PARAGRAPHS)).slice(0, 300) }] })],
    ['a .docx without word/document.xml', async () => ({ file: [{ name: 'lesson.docx', bytes: await docx(ARTICLE_PARAGRAPHS, { withDocument: false }) }] })],
    ['a password-protected .docx', () => ({ file: [{ name: 'locked.docx', bytes: compoundFile('EncryptionInfo') }] })],
    ['a corrupt PDF', () => ({ file: [{ name: 'broken.pdf', bytes: utf8('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R') }] })],
    ['a truncated PDF', () => ({ file: [{ name: 'cut.pdf', bytes: textPdf([ARTICLE_PARAGRAPHS.slice(0, 2)]).slice(0, 200) }] })],
    ['a password-protected PDF', () => ({ file: [{ name: 'locked.pdf', bytes: encryptedPdf('Secret text', 'secret') }] })],
    ['a PDF with no text', () => ({ file: [{ name: 'scan.pdf', bytes: imageOnlyPdf() }] })],
    ['an empty PDF', () => ({ file: [{ name: 'empty.pdf', bytes: new Uint8Array() }] })],
    ['empty text', () => ({ text: [''] })],
    ['only invisible text', () => ({ text: ['\u200b\u200c\ufeff \n\t'] })],
    ['binary garbage named .txt', () => ({ file: [{ name: 'notes.txt', bytes: new Uint8Array(Array.from({ length: 512 }, (_, index) => (index * 37) % 256)) }] })],
    ['a file and text', () => ({ file: [{ name: 'a.txt', bytes: utf8(SAMPLE_ARTICLE) }], text: [SAMPLE_ARTICLE] })],
    ['an old Word document (.doc)', () => ({ file: [{ name: 'essay.doc', bytes: compoundFile('WordDocument') }] })],
    ['an old Excel workbook named .txt', () => ({ file: [{ name: 'marks.txt', bytes: compoundFile('Workbook') }] })],
    ['text over the character limit', () => ({ text: [`${'Plants make food. '.repeat(MAX_TEXT_CHARACTERS / 10)}More.`] })],
    ['a small .docx holding more text than the limit', async () => ({ file: [{ name: 'bomb.docx', bytes: await docx(Array.from({ length: 1_000 }, () => 'Plants make food. '.repeat(20))) }] })],
  ];
  for (const [what, upload] of cases) {
    it(`refuses ${what} with a clear message, storing nothing`, async () => {
      const fingerprint = await databaseFingerprinter(world.db);
      const before = await fingerprint();
      expect(await postDraft(draftRequest(await upload()))).toBe('refused');
      expect(await fingerprint()).toEqual(before);
    });
  }

  it('answers any upload with a refusal that says why, or a draft; a refusal stores nothing', async () => {
    const article = await docx(ARTICLE_PARAGRAPHS);
    const wellFormed = [article, textPdf([ARTICLE_PARAGRAPHS.slice(0, 2)]), utf8(SAMPLE_ARTICLE), PNG_BYTES, compoundFile('WordDocument')];
    const bytes = fc.oneof(
      fc.constantFrom(...wellFormed),
      fc.uint8Array({ maxLength: 2048 }),
      fc.tuple(fc.constantFrom(...wellFormed), fc.nat(), fc.uint8Array({ maxLength: 64 })).map(([file, cut, tail]) => concat(file.slice(0, cut % (file.length + 1)), tail)),
      fc.tuple(fc.constantFrom(utf8('%PDF-1.7\n'), new Uint8Array([0x50, 0x4b, 3, 4]), utf8('\ufeff')), fc.uint8Array({ maxLength: 1024 })).map(([head, tail]) => concat(head, tail)),
    );
    const name = fc
      .tuple(fc.oneof(fc.constantFrom('lesson', ''), unicodeEdgeString), fc.constantFrom('.txt', '.md', '.docx', '.pdf', '.PDF', '.exe', '', '.pdf.exe', '.docx ', '.doc', '.xls'))
      .map(([stem, extension]) => stem + extension);
    const upload = fc.record(
      { file: fc.array(fc.record({ name, bytes }), { minLength: 1, maxLength: 2 }), text: fc.array(fc.oneof(unicodeEdgeString, fc.string({ maxLength: 200 })), { maxLength: 2 }) },
      { requiredKeys: ['file'] },
    );
    await fuzz(world, upload, async (input) => (await postDraft(draftRequest(input))) !== 'draft');
  });
});

