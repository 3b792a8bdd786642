// The taking screen's endpoints (the fast lane): statuses and codes of every refusal, and, for an open attempt with a
// question of every type, that nothing a student may not see yet (answer key, accepted answers, feedback, the
// stored option order) appears in any answer of the routes or the data views behind them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/access/actor';
import { attemptForStudent, resultsForStudent, saveAnswer, startAttempt } from '@/lib/data/attempts';
import { useDbForTests } from '@/lib/db/client';
import { inShownOrder, parseLayout } from '@/lib/quiz/layout';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';
import { fastLaneFetch } from '@/lib/testing/fast-lane-fetch';
import { quizWorld } from '@/lib/testing/quiz-world';
import { storedShapes } from '@/lib/validation/questions';

let currentActor: Actor | null = null;
const fetchFromLane = fastLaneFetch(() => currentActor);

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
});
afterAll(async () => test?.cleanup());

const ORIGIN = 'http://parta.test';
const HEADERS = { host: 'parta.test', origin: ORIGIN, 'content-type': 'application/json' };

const getAttempt = (attemptId: string) =>
  fetchFromLane(new Request(`${ORIGIN}/api/attempts/${attemptId}`, { headers: { host: 'parta.test' } }));
const putAnswer = (attemptId: string, questionId: string, body: string, headers: Record<string, string> = HEADERS) =>
  fetchFromLane(new Request(`${ORIGIN}/api/attempts/${attemptId}/answers/${questionId}`, { method: 'PUT', body, headers }));
const submit = (attemptId: string, headers: Record<string, string> = HEADERS) =>
  fetchFromLane(new Request(`${ORIGIN}/api/attempts/${attemptId}/submit`, { method: 'POST', headers }));

const putAnswers = (attemptId: string, body: string, headers: Record<string, string> = HEADERS) =>
  fetchFromLane(new Request(`${ORIGIN}/api/attempts/${attemptId}/answers`, { method: 'PUT', body, headers }));

async function errorOf(response: Response): Promise<string> {
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.message.length).toBeGreaterThan(5);
  return `${response.status} ${body.error.code}`;
}

/** Words that appear only in answer keys and feedback: none may reach a student before results. */
const SECRETS = ['zzshortsecret', 'zzshortalt', 'zzclozesecret', 'zzclozealt', '4242.125', '0.375', 'zzfeedbacksecret', 'zzchoicefeedback'];
/** Field names that would carry a key or the stored order, whatever their value (a numeric response's own "value" is the student's). */
const SECRET_FIELDS = /"(answerKey|accepted|feedback|correct|correctAnswer|pairs|tolerance|options|layout|storedIndexOfShown|isCorrect|score|maxScore)"/;

describe('routes of an open attempt', () => {
  it('never send an answer key, accepted answer, feedback or the stored order, for a question of every type', async () => {
    const now = new Date();
    const w = await quizWorld(test.prisma, new Date(now.getTime() - 3_600_000), { shuffleChoices: true, shuffleQuestions: true, timeLimitSeconds: 3600 });
    await test.prisma.question.updateMany({ where: { quizId: w.quizId }, data: { archivedAt: now } });
    const feedback = { question: 'zzfeedbacksecret', choices: ['zzchoicefeedback', 'zzchoicefeedback', 'zzchoicefeedback'] };
    const add = (values: Parameters<typeof w.addQuestion>[0]) => w.addQuestion(values, { feedback });
    await add({ type: 'single', prompt: 'Pick one', choices: [{ text: 'Alpha', correct: false }, { text: 'Bravo', correct: true }, { text: 'Charlie', correct: false }] });
    await add({ type: 'multiple', prompt: 'Pick some', choices: [{ text: 'Delta', correct: true }, { text: 'Echo', correct: false }, { text: 'Foxtrot', correct: true }], scoring: 'per-choice' });
    await add({ type: 'truefalse', prompt: 'The sky is green.', answer: 'false' });
    await add({ type: 'short', prompt: 'Name it', answer: 'zzshortsecret', accepted: [{ text: 'zzshortalt' }], typoTolerance: true });
    await add({ type: 'cloze', prompt: 'The _____ is here.', blanks: [{ answer: 'zzclozesecret', accepted: [{ text: 'zzclozealt' }] }], typoTolerance: false });
    // Sorted, the right side lines up with the left: what is stored is not what the screen shows.
    await add({ type: 'matching', prompt: 'Match', pairs: [{ left: 'One', right: 'a first' }, { left: 'Two', right: 'b second' }, { left: 'Three', right: 'c third' }] });
    await add({ type: 'ordering', prompt: 'Order', items: [{ text: 'Dawn' }, { text: 'Noon' }, { text: 'Dusk' }, { text: 'Midnight' }] });
    await add({ type: 'numeric', prompt: 'How much?', answer: '4242.125', tolerance: '0.375', unit: 'kg' });

    currentActor = w.student;
    const seen: unknown[] = [];
    const started = await startAttempt(test.prisma, w.student, w.assignmentId, now);
    seen.push(started);
    const view = await attemptForStudent(test.prisma, w.student, started.attemptId, now);
    seen.push(view);
    expect(view.questions.map((question) => question.type).sort()).toEqual(['cloze', 'matching', 'multiple', 'numeric', 'ordering', 'short', 'single', 'truefalse']);

    const response = await getAttempt(started.attemptId);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    seen.push(await response.json());

    const answers: Record<string, unknown> = {
      single: { choice: 0 },
      multiple: { choices: [0, 1] },
      truefalse: { answer: true },
      short: { text: 'guess' },
      cloze: { blanks: ['guess'] },
      matching: { matches: [0, 1, 2] },
      ordering: { order: [0, 1, 2, 3] },
      numeric: { value: '3,5' },
    };
    for (const question of view.questions) {
      const put = await putAnswer(started.attemptId, question.questionId, JSON.stringify({ response: answers[question.type], timeSpentMs: 900 }));
      expect(put.status, question.type).toBe(200);
      seen.push(await put.json());
      seen.push(await saveAnswer(test.prisma, w.student, started.attemptId, question.questionId, answers[question.type], now));
    }
    const reread = await getAttempt(started.attemptId);
    const rereadView = (await reread.json()) as typeof view;
    seen.push(rereadView);
    // The answers come back as sent, in the shown positions.
    for (const question of rereadView.questions) expect(question.response, question.type).toEqual(answers[question.type]);
    seen.push(await errorOf(await putAnswer(started.attemptId, view.questions[0]!.questionId, JSON.stringify({ response: { bogus: 1 } }))));
    await expect(resultsForStudent(test.prisma, w.student, started.attemptId, now)).rejects.toThrow('attempt.notSubmitted');

    const text = JSON.stringify(seen);
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    expect(text).not.toMatch(SECRET_FIELDS);

    // Matching and ordering options are shown in the attempt's own shuffled order (drawn uniformly, the correct
    // order included: lib/quiz/layout.test.ts), never simply as stored.
    const { layout } = await test.prisma.attempt.findUniqueOrThrow({ where: { id: started.attemptId }, select: { layout: true } });
    const optionsOf = (questionId: string) => parseLayout(layout).questions.find((entry) => entry.questionId === questionId)!.options;
    const payloadOf = async (questionId: string) => (await test.prisma.question.findUniqueOrThrow({ where: { id: questionId }, select: { payload: true } })).payload;
    const matching = view.questions.find((question) => question.type === 'matching');
    if (matching?.type !== 'matching') throw new Error('no matching question');
    const storedRight = storedShapes.matching.payload.parse(await payloadOf(matching.questionId)).right;
    expect(optionsOf(matching.questionId)).not.toBeNull();
    expect(matching.right).toEqual(inShownOrder(storedRight, optionsOf(matching.questionId)));
    const ordering = view.questions.find((question) => question.type === 'ordering');
    if (ordering?.type !== 'ordering') throw new Error('no ordering question');
    const storedItems = storedShapes.ordering.payload.parse(await payloadOf(ordering.questionId)).items;
    expect(optionsOf(ordering.questionId)).not.toBeNull();
    expect(ordering.items).toEqual(inShownOrder(storedItems, optionsOf(ordering.questionId)));
  });
});

describe('refusals', () => {
  it('answer each refusal with its status and code, and change nothing', async () => {
    const now = new Date();
    const w = await quizWorld(test.prisma, new Date(now.getTime() - 3_600_000), { timeLimitSeconds: 3600, maxAttempts: null });
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, now);
    currentActor = w.student;
    const view = await attemptForStudent(test.prisma, w.student, attemptId, now);
    const single = view.questions.find((question) => question.type === 'single')!;
    const body = JSON.stringify({ response: { choice: 0 } });

    currentActor = null;
    expect(await errorOf(await getAttempt(attemptId))).toBe('401 signedOut');
    expect(await errorOf(await putAnswer(attemptId, single.questionId, body))).toBe('401 signedOut');
    expect(await errorOf(await submit(attemptId))).toBe('401 signedOut');

    for (const actor of [w.other.student, w.teacher]) {
      currentActor = actor;
      expect(await errorOf(await getAttempt(attemptId))).toBe('404 notFound');
      expect(await errorOf(await putAnswer(attemptId, single.questionId, body))).toBe('404 notFound');
      expect(await errorOf(await submit(attemptId))).toBe('404 notFound');
    }
    currentActor = w.student;
    expect(await errorOf(await getAttempt('not-an-id'))).toBe('404 notFound');
    expect(await errorOf(await putAnswer(attemptId, single.questionId, body, { host: 'parta.test', origin: 'http://evil.test' }))).toBe('403 quiz.crossSite');
    expect(await errorOf(await putAnswer(attemptId, single.questionId, '{not json'))).toBe('400 quiz.badJson');
    expect(await errorOf(await putAnswer(attemptId, single.questionId, JSON.stringify({ response: { choice: 9 } })))).toBe('422 response.choiceUnknown');
    expect(await errorOf(await putAnswer(attemptId, w.otherAssignmentId, body))).toBe('409 attempt.questionNotInAttempt');
    expect(await test.prisma.answer.count({ where: { attemptId } })).toBe(0);

    // Past the deadline: 410 with attempt.deadlinePassed.
    await test.prisma.attempt.update({ where: { id: attemptId }, data: { deadlineAt: new Date(now.getTime() - 60_000) } });
    expect(await errorOf(await putAnswer(attemptId, single.questionId, body))).toBe('410 attempt.deadlinePassed');
    expect(await test.prisma.answer.count({ where: { attemptId } })).toBe(0);

    // Submitted (automatically, by that read or this submit): a double submit answers the same; answers get 409.
    const first = (await (await submit(attemptId)).json()) as { status: string; submittedAt: string; autoSubmitted: boolean };
    const second = (await (await submit(attemptId)).json()) as typeof first & { alreadySubmitted: boolean };
    expect(second).toMatchObject({ status: 'SUBMITTED', submittedAt: first.submittedAt, autoSubmitted: true, alreadySubmitted: true });
    await test.prisma.attempt.update({ where: { id: attemptId }, data: { deadlineAt: null } });
    expect(await errorOf(await putAnswer(attemptId, single.questionId, body))).toBe('409 attempt.submitted');
  });
});

describe('autosaving a batch (the outbox sends everything it has waiting at once)', () => {
  it('stores the answers that fit, refuses the others one by one with a reason, and refuses the whole batch once the attempt is closed', async () => {
    const now = new Date();
    const w = await quizWorld(test.prisma, new Date(now.getTime() - 3_600_000), { timeLimitSeconds: 3600, shuffleChoices: true });
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, now);
    const view = await attemptForStudent(test.prisma, w.student, attemptId, now);
    const single = view.questions.find((question) => question.type === 'single')!;
    const truefalse = view.questions.find((question) => question.type === 'truefalse')!;
    const short = view.questions.find((question) => question.type === 'short')!;
    currentActor = w.student;

    const response = await putAnswers(
      attemptId,
      JSON.stringify({
        answers: [
          { questionId: single.questionId, response: { choice: 1 }, timeSpentMs: 4000 },
          { questionId: truefalse.questionId, response: { answer: 'yes' } },
          { questionId: w.otherAssignmentId, response: { text: 'not in this attempt' } },
          { questionId: short.questionId, response: { text: 'Mazhilis' } },
        ],
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { results: { questionId: string; status: string; code?: string; message?: string }[] };
    expect(body.results.map((result) => `${result.status} ${result.code ?? ''}`.trim())).toEqual([
      'saved',
      'refused response.trueFalseInvalid',
      'refused attempt.questionNotInAttempt',
      'saved',
    ]);
    for (const refused of body.results.filter((result) => result.status === 'refused')) expect(refused.message!.length).toBeGreaterThan(5);
    // Stored as the student saw them: the re-read shows the same shown positions.
    const reread = await attemptForStudent(test.prisma, w.student, attemptId, now);
    const saved = new Map(reread.questions.map((question) => [question.questionId, question.response]));
    expect(saved.get(single.questionId)).toEqual({ choice: 1 });
    expect(saved.get(short.questionId)).toEqual({ text: 'Mazhilis' });
    expect(saved.get(truefalse.questionId)).toBeNull();
    expect((await test.prisma.answer.findFirstOrThrow({ where: { attemptId, questionId: single.questionId } })).timeSpentMs).toBe(4000);

    // Bad bodies change nothing.
    for (const bad of ['{not json', JSON.stringify({ answers: [] }), JSON.stringify({ answers: 'all' }), JSON.stringify({ answers: Array(101).fill({ questionId: short.questionId, response: { text: 'x' } }) })]) {
      expect(await errorOf(await putAnswers(attemptId, bad))).toBe('400 quiz.badJson');
    }
    const one = JSON.stringify({ answers: [{ questionId: short.questionId, response: { text: 'changed' } }] });
    expect(await errorOf(await putAnswers(attemptId, one, { host: 'parta.test', origin: 'http://evil.test' }))).toBe('403 quiz.crossSite');
    currentActor = w.other.student;
    expect(await errorOf(await putAnswers(attemptId, one))).toBe('404 notFound');
    currentActor = w.student;
    expect(await errorOf(await putAnswers('not-an-id', one))).toBe('404 notFound');

    await submit(attemptId);
    expect(await errorOf(await putAnswers(attemptId, one))).toBe('409 attempt.submitted');
    expect(await test.prisma.answer.count({ where: { attemptId } })).toBe(2);
    expect((await test.prisma.answer.findFirstOrThrow({ where: { attemptId, questionId: short.questionId } })).response).toEqual({ text: 'Mazhilis' });
  });

  it('stores the latest total time spent on a question, so a batch sent again counts it once, and gives it back on a reload', async () => {
    const now = new Date();
    const w = await quizWorld(test.prisma, new Date(now.getTime() - 3_600_000), { timeLimitSeconds: 3600 });
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, now);
    const view = await attemptForStudent(test.prisma, w.student, attemptId, now);
    const short = view.questions.find((question) => question.type === 'short')!;
    const single = view.questions.find((question) => question.type === 'single')!;
    expect(view.questions.every((question) => question.timeSpentMs === null)).toBe(true);
    currentActor = w.student;
    const timeOf = async (questionId: string) => (await test.prisma.answer.findFirstOrThrow({ where: { attemptId, questionId } })).timeSpentMs;

    const batch = JSON.stringify({
      answers: [
        { questionId: short.questionId, response: { text: 'Maz' }, timeSpentMs: 4_000 },
        { questionId: single.questionId, response: { choice: 0 }, timeSpentMs: 1_500 },
      ],
    });
    // The outbox retries a batch whose answer it never got: the same totals again.
    expect((await putAnswers(attemptId, batch)).status).toBe(200);
    expect((await putAnswers(attemptId, batch)).status).toBe(200);
    expect(await timeOf(short.questionId)).toBe(4_000);
    // A later answer carries the total so far, which replaces the one before; one without a time keeps it.
    const later = JSON.stringify({
      answers: [
        { questionId: short.questionId, response: { text: 'Mazhilis' }, timeSpentMs: 6_500 },
        { questionId: single.questionId, response: { choice: 1 } },
      ],
    });
    expect((await putAnswers(attemptId, later)).status).toBe(200);
    expect(await timeOf(short.questionId)).toBe(6_500);
    expect(await timeOf(single.questionId)).toBe(1_500);

    const reread = await attemptForStudent(test.prisma, w.student, attemptId, now);
    const times = new Map(reread.questions.map((question) => [question.questionId, question.timeSpentMs]));
    expect(times.get(short.questionId)).toBe(6_500);
    expect(times.get(single.questionId)).toBe(1_500);

    // A time that cannot be one is a bad request, and changes nothing.
    const bad = JSON.stringify({ answers: [{ questionId: short.questionId, response: { text: 'x' }, timeSpentMs: -1 }] });
    expect(await errorOf(await putAnswers(attemptId, bad))).toBe('400 quiz.badJson');
    expect(await timeOf(short.questionId)).toBe(6_500);
  });

  it('refuses the whole batch past the deadline and its grace', async () => {
    const now = new Date();
    const w = await quizWorld(test.prisma, new Date(now.getTime() - 3_600_000), { timeLimitSeconds: 3600 });
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, now);
    const view = await attemptForStudent(test.prisma, w.student, attemptId, now);
    await test.prisma.attempt.update({ where: { id: attemptId }, data: { deadlineAt: new Date(now.getTime() - 60_000) } });
    currentActor = w.student;
    const short = view.questions.find((question) => question.type === 'short')!;
    expect(await errorOf(await putAnswers(attemptId, JSON.stringify({ answers: [{ questionId: short.questionId, response: { text: 'late' } }] })))).toBe('410 attempt.deadlinePassed');
    expect(await test.prisma.answer.count({ where: { attemptId } })).toBe(0);
    // The refusal submitted the attempt, as any read past the deadline does.
    expect((await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe('SUBMITTED');
  });
});

describe('submitting', () => {
  it('answers once the grade is stored and feeds memory after the answer has gone', async () => {
    const w = await quizWorld(test.prisma, new Date(Date.now() - 3_600_000));
    currentActor = w.student;
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, new Date());
    const response = await submit(attemptId);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'SUBMITTED', alreadySubmitted: false });
    expect((await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe('SUBMITTED');
    await Promise.all(fetchFromLane.afterWork);
    expect((await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).memoryFedAt).not.toBeNull();
  });
});

describe('POST /api/assignments/<id>/attempts', () => {
  const start = (assignmentId: string, headers: Record<string, string> = HEADERS) =>
    fetchFromLane(new Request(`${ORIGIN}/api/assignments/${assignmentId}/attempts`, { method: 'POST', headers }));

  it('starts the student’s attempt once: a second start (a second tap, a second phone) resumes it', async () => {
    const w = await quizWorld(test.prisma, new Date(Date.now() - 3_600_000));
    currentActor = w.student;
    const first = await start(w.assignmentId);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const started = (await first.json()) as { attemptId: string; resumed: boolean; number: number };
    expect(started).toMatchObject({ resumed: false, number: 1 });
    const again = (await (await start(w.assignmentId)).json()) as { attemptId: string; resumed: boolean };
    expect(again).toMatchObject({ attemptId: started.attemptId, resumed: true });
    expect(await test.prisma.attempt.count({ where: { assignmentId: w.assignmentId, studentId: w.student.id } })).toBe(1);
  });

  it('refuses another site, a visitor, another class’s quiz and a malformed id, starting nothing', async () => {
    const w = await quizWorld(test.prisma, new Date(Date.now() - 3_600_000));
    currentActor = w.student;
    expect(await errorOf(await start(w.assignmentId, { host: 'parta.test', origin: 'https://evil.example' }))).toBe('403 quiz.crossSite');
    expect(await errorOf(await start(w.otherAssignmentId))).toBe('404 notFound');
    expect(await errorOf(await start('not-a-uuid'))).toBe('404 notFound');
    currentActor = null;
    expect(await errorOf(await start(w.assignmentId))).toBe('401 signedOut');
    currentActor = w.teacher;
    expect(await errorOf(await start(w.assignmentId))).toBe('404 notFound');
    expect(await test.prisma.attempt.count({ where: { assignmentId: { in: [w.assignmentId, w.otherAssignmentId] } } })).toBe(0);
  });
});
