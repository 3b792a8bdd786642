// Taking and grading quizzes against a real database (PGlite and PostgreSQL): starting once, deadlines and the
// grace, refusals, who may see what, idempotent submission, automatic submission, results by policy, overrides,
// regrading, and quiz answers feeding memory exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden } from '../access/actor.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { quizWorld, type AssignmentSettings } from '../testing/quiz-world.ts';
import { ANSWER_GRACE_MS } from '../quiz/attempt-timing.ts';
import { storedShapes } from '../validation/questions.ts';
import {
  AttemptRefused,
  attemptForStudent,
  attemptsForAssignment,
  overrideAnswerScore,
  regradeQuestion,
  resultsForStudent,
  saveAnswer,
  startAttempt,
  submitAttempt,
  submitAttemptFeedingLater,
  submitExpiredAttempts,
  type AttemptView,
} from './attempts.ts';
import { attemptForTeacher } from './gradebook.ts';
import { feedWaitingAttempts } from './attempts/memory.ts';
import { studentProgress } from './dashboards/student-progress.ts';
import { syncReviews } from './reviews.ts';
import { loadStudyQueue, memoryOf, todaysStudyCounts } from './study-queue.ts';
import { replayReviews } from '../srs/replay.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test?.cleanup());

const MINUTE = 60_000;
/** Every test's clock: the quiz was published an hour before. */
const T0 = new Date(Date.now() - 60 * MINUTE);
const at = (minutes: number) => new Date(T0.getTime() + 60 * MINUTE + minutes * MINUTE);

const world = (settings: AssignmentSettings = {}) => quizWorld(test.prisma, T0, { maxAttempts: null, ...settings });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AttemptRefused) return error.detail ? `${error.code}:${error.detail}` : error.code;
    if (error instanceof NotFoundOrForbidden) return 'notFound';
    throw error;
  }
  return 'ok';
}

/** The right response to a question of the view, in shown positions, worked out from the stored key. */
async function rightResponse(view: AttemptView, questionId: string): Promise<unknown> {
  const row = await test.prisma.question.findUniqueOrThrow({ where: { id: questionId } });
  const shown = view.questions.find((question) => question.questionId === questionId)!;
  switch (shown.type) {
    case 'single': {
      const { choices } = storedShapes.single.payload.parse(row.payload);
      return { choice: shown.choices.indexOf(choices[storedShapes.single.answerKey.parse(row.answerKey).correct]!) };
    }
    case 'matching': {
      const { right } = storedShapes.matching.payload.parse(row.payload);
      const { pairs } = storedShapes.matching.answerKey.parse(row.answerKey);
      const matches: number[] = [];
      for (const [left, match] of pairs) matches[left] = shown.right.indexOf(right[match]!);
      return { matches };
    }
    default:
      throw new Error(`no right response for ${shown.type} in this test`);
  }
}

const questionOfType = (view: AttemptView, type: string) => view.questions.find((question) => question.type === type)!;

describe('starting an attempt', () => {
  it('makes one attempt however often it is started, and fixes its deadline: the time limit, cut at the due time', async () => {
    const w = await world({ timeLimitSeconds: 600, dueAt: at(5) });
    const [first, second] = await Promise.all([startAttempt(test.prisma, w.student, w.assignmentId, at(0)), startAttempt(test.prisma, w.student, w.assignmentId, at(0))]);
    expect(second.attemptId).toBe(first.attemptId);
    expect([first.resumed, second.resumed].sort()).toEqual([false, true]);
    expect(await test.prisma.attempt.count({ where: { assignmentId: w.assignmentId } })).toBe(1);
    expect(first.deadlineAt).toEqual(at(5));
    const view = await attemptForStudent(test.prisma, w.student, first.attemptId, at(1));
    expect(view).toMatchObject({ status: 'IN_PROGRESS', deadlineAt: at(5), serverNow: at(1) });
    expect(view.questions.length).toBeGreaterThanOrEqual(6);
    // A reload shows the same order.
    expect((await attemptForStudent(test.prisma, w.student, first.attemptId, at(2))).questions).toEqual(view.questions);
  });

  it('lets late attempts run their full time limit when late submissions are allowed', async () => {
    const w = await world({ timeLimitSeconds: 600, dueAt: at(5), allowLate: true });
    expect((await startAttempt(test.prisma, w.student, w.assignmentId, at(8))).deadlineAt).toEqual(at(18));
  });

  it('refuses before the quiz opens, after it is due, and beyond the allowed number of attempts', async () => {
    const w = await world({ opensAt: at(10), dueAt: at(30), maxAttempts: 2 });
    expect(await refusal(startAttempt(test.prisma, w.student, w.assignmentId, at(9)))).toBe('attempt.notOpen');
    expect(await refusal(startAttempt(test.prisma, w.student, w.assignmentId, at(30)))).toBe('attempt.closed');
    for (const minute of [11, 12]) {
      const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(minute));
      await submitAttempt(test.prisma, w.student, attemptId, at(minute));
    }
    expect(await refusal(startAttempt(test.prisma, w.student, w.assignmentId, at(13)))).toBe('attempt.noAttemptsLeft');
    expect(await test.prisma.attempt.count({ where: { assignmentId: w.assignmentId } })).toBe(2);
  });

  it('shuffles questions and choices per attempt when the assignment says so, the same on every read', async () => {
    const w = await world({ shuffleQuestions: true, shuffleChoices: true });
    const views: string[][] = [];
    for (let minute = 0; minute < 6; minute++) {
      const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(minute));
      views.push((await attemptForStudent(test.prisma, w.student, attemptId, at(minute))).questions.map((question) => question.questionId));
      await submitAttempt(test.prisma, w.student, attemptId, at(minute));
    }
    expect(new Set(views.map((order) => order.join())).size).toBeGreaterThan(1);
  });
});

describe('saving answers', () => {
  it('stores an answer once however often it is sent, and refuses it after the deadline and its grace', async () => {
    const w = await world({ timeLimitSeconds: 60 });
    const { attemptId, deadlineAt } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const view = await attemptForStudent(test.prisma, w.student, attemptId, at(0));
    const single = questionOfType(view, 'single');
    const response = await rightResponse(view, single.questionId);
    await saveAnswer(test.prisma, w.student, attemptId, single.questionId, response, at(0.5));
    await saveAnswer(test.prisma, w.student, attemptId, single.questionId, response, at(0.5));
    expect(await test.prisma.answer.count({ where: { attemptId } })).toBe(1);

    const inGrace = new Date(deadlineAt!.getTime() + ANSWER_GRACE_MS);
    const tooLate = new Date(inGrace.getTime() + 1);
    const truefalse = questionOfType(view, 'truefalse');
    await saveAnswer(test.prisma, w.student, attemptId, truefalse.questionId, { answer: false }, inGrace);
    const short = questionOfType(view, 'short');
    expect(await refusal(saveAnswer(test.prisma, w.student, attemptId, short.questionId, { text: 'late' }, tooLate))).toBe('attempt.deadlinePassed');
    expect(await test.prisma.answer.count({ where: { attemptId } })).toBe(2);
  });

  it('refuses a response that does not fit its question, a question not in the attempt, and any answer once submitted', async () => {
    const w = await world();
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const view = await attemptForStudent(test.prisma, w.student, attemptId, at(0));
    const single = questionOfType(view, 'single');
    expect(await refusal(saveAnswer(test.prisma, w.student, attemptId, single.questionId, { choice: 7 }, at(1)))).toBe('attempt.invalidResponse:response.choiceUnknown');
    expect(await refusal(saveAnswer(test.prisma, w.student, attemptId, single.questionId, { text: 'x' }, at(1)))).toBe('attempt.invalidResponse:response.choiceInvalid');
    const foreign = await test.prisma.question.findFirstOrThrow({ where: { quiz: { assignments: { some: { id: w.otherAssignmentId } } } } });
    expect(await refusal(saveAnswer(test.prisma, w.student, attemptId, foreign.id, { choice: 0 }, at(1)))).toBe('attempt.questionNotInAttempt');
    expect(await refusal(saveAnswer(test.prisma, w.student, attemptId, 'not-a-uuid', { choice: 0 }, at(1)))).toBe('attempt.questionNotInAttempt');
    await submitAttempt(test.prisma, w.student, attemptId, at(2));
    expect(await refusal(saveAnswer(test.prisma, w.student, attemptId, single.questionId, { choice: 0 }, at(3)))).toBe('attempt.submitted');
    expect(await test.prisma.answer.count({ where: { attemptId } })).toBe(0);
  });
});

describe('who may use an attempt', () => {
  it("refuses another student, a student of another class and teachers every read and write of a student's attempt", async () => {
    const w = await world();
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const questionId = (await attemptForStudent(test.prisma, w.student, attemptId, at(0))).questions[0]!.questionId;
    const classmate = await test.prisma.user.create({ data: { email: `mate-${attemptId}@school.kz`, name: 'Mate', passwordHash: 'x', role: 'STUDENT' } });
    await test.prisma.enrollment.create({ data: { classId: w.classId, studentId: classmate.id } });
    for (const actor of [classmate, w.other.student, w.teacher, w.other.teacher]) {
      expect(await refusal(attemptForStudent(test.prisma, actor, attemptId, at(1)))).toBe('notFound');
      expect(await refusal(saveAnswer(test.prisma, actor, attemptId, questionId, { choice: 0 }, at(1)))).toBe('notFound');
      expect(await refusal(submitAttempt(test.prisma, actor, attemptId, at(1)))).toBe('notFound');
      expect(await refusal(resultsForStudent(test.prisma, actor, attemptId, at(1)))).toBe('notFound');
    }
    expect(await refusal(startAttempt(test.prisma, w.other.student, w.assignmentId, at(1)))).toBe('notFound');
    expect(await refusal(startAttempt(test.prisma, w.teacher, w.assignmentId, at(1)))).toBe('notFound');
    expect(await refusal(attemptsForAssignment(test.prisma, w.other.teacher, w.assignmentId, at(1)))).toBe('notFound');
    expect(await refusal(attemptsForAssignment(test.prisma, w.student, w.assignmentId, at(1)))).toBe('notFound');
    expect(await test.prisma.answer.count({ where: { attemptId } })).toBe(0);
    expect((await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe('IN_PROGRESS');
  });

  it('closes a student out of their attempt when the class is archived', async () => {
    const w = await world();
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    await test.prisma.class.update({ where: { id: w.classId }, data: { archivedAt: at(1) } });
    expect(await refusal(attemptForStudent(test.prisma, w.student, attemptId, at(2)))).toBe('notFound');
    expect(await refusal(startAttempt(test.prisma, w.student, w.assignmentId, at(2)))).toBe('notFound');
  });
});

describe('submitting', () => {
  it('counts a double submit once: the same answer, one grade, and the reviews stored once', async () => {
    const w = await world();
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const view = await attemptForStudent(test.prisma, w.student, attemptId, at(0));
    const single = questionOfType(view, 'single');
    await saveAnswer(test.prisma, w.student, attemptId, single.questionId, await rightResponse(view, single.questionId), at(1));
    const [a, b] = await Promise.all([submitAttempt(test.prisma, w.student, attemptId, at(2)), submitAttempt(test.prisma, w.student, attemptId, at(2))]);
    expect([a.alreadySubmitted, b.alreadySubmitted].sort()).toEqual([false, true]);
    expect(a.submittedAt).toEqual(b.submittedAt);
    const again = await submitAttempt(test.prisma, w.student, attemptId, at(3));
    expect(again).toMatchObject({ alreadySubmitted: true, submittedAt: at(2), autoSubmitted: false });
    const attempt = await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(Number(attempt.score)).toBe(1);
    expect(Number(attempt.maxScore)).toBe(view.questions.length);
    expect(await test.prisma.reviewLog.count({ where: { studentId: w.student.id, source: 'QUIZ' } })).toBe(2);
  });

  it('answers a submit before feeding memory when asked to: the grade is stored at once, the reviews when the feed runs, or on the student’s next read if it never does', async () => {
    const w = await world();
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const view = await attemptForStudent(test.prisma, w.student, attemptId, at(0));
    const single = questionOfType(view, 'single');
    await saveAnswer(test.prisma, w.student, attemptId, single.questionId, await rightResponse(view, single.questionId), at(1));
    const { submitted, feedMemory } = await submitAttemptFeedingLater(test.prisma, w.student, attemptId, at(2));
    expect(submitted).toMatchObject({ status: 'SUBMITTED', alreadySubmitted: false });
    const graded = await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect([Number(graded.score), graded.memoryFedAt]).toEqual([1, null]);
    expect(await test.prisma.reviewLog.count({ where: { studentId: w.student.id, source: 'QUIZ' } })).toBe(0);
    expect(await feedMemory()).toBe(2);
    expect(await feedMemory()).toBe(0);
    expect(await test.prisma.reviewLog.count({ where: { studentId: w.student.id, source: 'QUIZ' } })).toBe(2);

    // A second attempt whose feed is lost (the server stopped): the student's results read feeds it.
    await test.prisma.assignment.update({ where: { id: w.assignmentId }, data: { maxAttempts: null } });
    const second = await startAttempt(test.prisma, w.student, w.assignmentId, at(3));
    await submitAttemptFeedingLater(test.prisma, w.student, second.attemptId, at(4));
    expect(await test.prisma.reviewLog.count({ where: { studentId: w.student.id, source: 'QUIZ' } })).toBe(2);
    await resultsForStudent(test.prisma, w.student, second.attemptId, at(5));
    expect((await test.prisma.attempt.findUniqueOrThrow({ where: { id: second.attemptId } })).memoryFedAt).toEqual(at(5));
  });

  it('submits an open attempt automatically at its deadline: from a timer, and when it is read; late answers never count', async () => {
    const w = await world({ timeLimitSeconds: 60 });
    const { attemptId, deadlineAt } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const view = await attemptForStudent(test.prisma, w.student, attemptId, at(0));
    const single = questionOfType(view, 'single');
    // An answer that got in after the deadline by some other way than saveAnswer still does not count.
    const stored = await test.prisma.question.findUniqueOrThrow({ where: { id: single.questionId } });
    await test.prisma.answer.create({
      data: { attemptId, questionId: single.questionId, response: { choice: storedShapes.single.answerKey.parse(stored.answerKey).correct }, answeredAt: at(5) },
    });
    const scope = { assignmentId: w.assignmentId };
    expect(await submitExpiredAttempts(test.prisma, new Date(deadlineAt!.getTime() + ANSWER_GRACE_MS), scope)).toBe(0);
    // The timer's call, for every assignment (earlier tests left expired attempts too).
    expect(await submitExpiredAttempts(test.prisma, at(3))).toBeGreaterThanOrEqual(1);
    expect(await submitExpiredAttempts(test.prisma, at(3))).toBe(0);
    const attempt = await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ status: 'SUBMITTED', autoSubmitted: true, submittedAt: deadlineAt });
    expect(Number(attempt.score)).toBe(0);

    const lazy = await world({ timeLimitSeconds: 60 });
    const started = await startAttempt(test.prisma, lazy.student, lazy.assignmentId, at(0));
    expect(await attemptForStudent(test.prisma, lazy.student, started.attemptId, at(5))).toMatchObject({ status: 'SUBMITTED', autoSubmitted: true });
  });

  it('submits an expired open attempt before starting the next', async () => {
    const w = await world({ timeLimitSeconds: 60 });
    const first = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const second = await startAttempt(test.prisma, w.student, w.assignmentId, at(5));
    expect(second).toMatchObject({ number: 2, resumed: false });
    expect(await test.prisma.attempt.findUniqueOrThrow({ where: { id: first.attemptId } })).toMatchObject({ status: 'SUBMITTED', autoSubmitted: true });
  });
});

describe('results', () => {
  async function submitted(settings: AssignmentSettings) {
    const w = await world(settings);
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const view = await attemptForStudent(test.prisma, w.student, attemptId, at(0));
    const single = questionOfType(view, 'single');
    await saveAnswer(test.prisma, w.student, attemptId, single.questionId, await rightResponse(view, single.questionId), at(1));
    expect(await refusal(resultsForStudent(test.prisma, w.student, attemptId, at(1)))).toBe('attempt.notSubmitted');
    await submitAttempt(test.prisma, w.student, attemptId, at(2));
    return { w, attemptId, single };
  }

  it('shows everything right away under IMMEDIATELY: per question score, correct answer, feedback and the cited sentence', async () => {
    const { w, attemptId, single } = await submitted({ resultsVisibility: 'IMMEDIATELY' });
    const results = await resultsForStudent(test.prisma, w.student, attemptId, at(3));
    if (results.access !== 'full') throw new Error(`expected full results, got ${results.access}`);
    expect(results.score).toBe(1);
    const first = results.questions.find((question) => question.questionId === single.questionId)!;
    expect(first).toMatchObject({ score: 1, maxScore: 1, outcome: 'correct', correctAnswer: { type: 'single', choice: (first.response as { choice: number }).choice } });
    expect(first.sourceSentence).toBe('Chlorophyll is the green pigment in leaves.');
    expect(results.questions.filter((question) => question.outcome === 'unanswered')).toHaveLength(results.questions.length - 1);
  });

  it('withholds everything under AFTER_DUE until the due time, and shows only the score under NEVER', async () => {
    const afterDue = await submitted({ resultsVisibility: 'AFTER_DUE', dueAt: at(10) });
    expect(await resultsForStudent(test.prisma, afterDue.w.student, afterDue.attemptId, at(9))).toMatchObject({ access: 'pending', availableAt: at(10) });
    expect(JSON.stringify(await resultsForStudent(test.prisma, afterDue.w.student, afterDue.attemptId, at(9)))).not.toMatch(/score|correct/i);
    expect(await resultsForStudent(test.prisma, afterDue.w.student, afterDue.attemptId, at(10))).toMatchObject({ access: 'full', score: 1 });

    const never = await submitted({ resultsVisibility: 'NEVER' });
    const results = await resultsForStudent(test.prisma, never.w.student, never.attemptId, at(60 * 24 * 365));
    expect(results).toMatchObject({ access: 'scoreOnly', score: 1 });
    expect(results).not.toHaveProperty('questions');
  });
});

describe('feedback on ticked choices', () => {
  const CAPITAL = {
    type: 'single' as const,
    prompt: 'Which city is the capital of Kazakhstan?',
    choices: ['Astana', 'Almaty', 'Shymkent', 'Karaganda'].map((text, index) => ({ text, correct: index === 0 })),
  };
  const FEEDBACK = { general: 'Astana has been the capital since 1997.', choices: ['Yes.', 'The old capital, until 1997.', 'A city in the south.', ''] };

  /** A submitted attempt whose choices were shown out of stored order, where the student ticked Almaty (stored 1). */
  async function tickedAlmaty(settings: AssignmentSettings) {
    const w = await world({ shuffleChoices: true, ...settings });
    const questionId = await w.addQuestion(CAPITAL, { feedback: FEEDBACK });
    // The order is seeded by the attempt's random id: start again until it is not the stored one.
    for (let minute = 0; ; minute++) {
      const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(minute));
      const view = await attemptForStudent(test.prisma, w.student, attemptId, at(minute));
      const shown = view.questions.find((question) => question.questionId === questionId)!;
      if (shown.type !== 'single') throw new Error('expected the single-choice question');
      const almaty = shown.choices.indexOf('Almaty');
      if (almaty !== 1) {
        await saveAnswer(test.prisma, w.student, attemptId, questionId, { choice: almaty }, at(minute));
        await submitAttempt(test.prisma, w.student, attemptId, at(minute));
        return { w, attemptId, questionId, almaty, submittedAt: at(minute) };
      }
      await submitAttempt(test.prisma, w.student, attemptId, at(minute));
    }
  }

  it("shows the student the note on the choice they ticked at the position they saw it, and the teacher the same", async () => {
    const { w, attemptId, questionId, almaty, submittedAt } = await tickedAlmaty({ resultsVisibility: 'IMMEDIATELY' });
    const results = await resultsForStudent(test.prisma, w.student, attemptId, submittedAt);
    if (results.access !== 'full') throw new Error(`expected full results, got ${results.access}`);
    const question = results.questions.find((entry) => entry.questionId === questionId)!;
    if (question.type !== 'single') throw new Error('expected the single-choice question');
    expect(question).toMatchObject({ outcome: 'wrong', response: { choice: almaty }, correctAnswer: { choice: question.choices.indexOf('Astana') } });
    expect(question.feedback).toEqual({ general: FEEDBACK.general, choices: [{ position: almaty, text: 'The old capital, until 1997.' }] });
    expect(question.choices[almaty]).toBe('Almaty');

    const teacherView = await attemptForTeacher(test.prisma, w.teacher, { classId: w.classId, assignmentId: w.assignmentId, attemptId }, submittedAt);
    expect(teacherView.questions.find((entry) => entry.questionId === questionId)!.feedback).toEqual(question.feedback);
  });

  it('withholds every note while the results policy withholds the results', async () => {
    const afterDue = await tickedAlmaty({ resultsVisibility: 'AFTER_DUE', dueAt: at(60) });
    const never = await tickedAlmaty({ resultsVisibility: 'NEVER' });
    for (const { w, attemptId } of [afterDue, never]) {
      const results = await resultsForStudent(test.prisma, w.student, attemptId, at(59));
      expect(results.access).not.toBe('full');
      expect(JSON.stringify(results)).not.toMatch(/capital|feedback/i);
    }
  });
});

describe('the teacher grading', () => {
  it('sees every student with their attempts and the score that counts by the assignment', async () => {
    const w = await world({ scoring: 'HIGHEST' });
    const first = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const view = await attemptForStudent(test.prisma, w.student, first.attemptId, at(0));
    const single = questionOfType(view, 'single');
    await saveAnswer(test.prisma, w.student, first.attemptId, single.questionId, await rightResponse(view, single.questionId), at(1));
    await submitAttempt(test.prisma, w.student, first.attemptId, at(2));
    const second = await startAttempt(test.prisma, w.student, w.assignmentId, at(3));
    await submitAttempt(test.prisma, w.student, second.attemptId, at(4));
    const third = await startAttempt(test.prisma, w.student, w.assignmentId, at(5));

    const overview = await attemptsForAssignment(test.prisma, w.teacher, w.assignmentId, at(6));
    expect(overview.students).toHaveLength(1);
    const [student] = overview.students;
    expect(student!.attempts.map((attempt) => [attempt.number, attempt.status, attempt.score])).toEqual([
      [1, 'SUBMITTED', 1],
      [2, 'SUBMITTED', 0],
      [3, 'IN_PROGRESS', null],
    ]);
    expect(student!.counting).toMatchObject({ score: 1, attemptNumber: 1 });
    expect(third.number).toBe(3);
  });

  it('overrides one score with a comment (clamped, the automatic score kept) and regrades after a key change, keeping overrides', async () => {
    const w = await world();
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const view = await attemptForStudent(test.prisma, w.student, attemptId, at(0));
    const single = questionOfType(view, 'single');
    const matching = questionOfType(view, 'matching');
    await saveAnswer(test.prisma, w.student, attemptId, single.questionId, await rightResponse(view, single.questionId), at(1));
    await saveAnswer(test.prisma, w.student, attemptId, matching.questionId, { matches: [null, null] }, at(1));
    const truefalse = questionOfType(view, 'truefalse');
    await saveAnswer(test.prisma, w.student, attemptId, truefalse.questionId, { answer: true }, at(1));

    const tfAnswer = await test.prisma.answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: truefalse.questionId } } });
    const target = { attemptId, questionId: truefalse.questionId };
    expect(await refusal(overrideAnswerScore(test.prisma, w.teacher, target, { score: 1, comment: 'Not yet' }, at(1)))).toBe('attempt.notSubmitted');
    await submitAttempt(test.prisma, w.student, attemptId, at(2));

    expect(await overrideAnswerScore(test.prisma, w.teacher, target, { score: '', comment: 'x' }, at(2))).toMatchObject({ ok: false, fieldErrors: { score: 'override.scoreRequired' } });
    expect(await refusal(overrideAnswerScore(test.prisma, w.other.teacher, target, { score: 1, comment: 'Mine' }, at(2)))).toBe('notFound');
    const overridden = await overrideAnswerScore(test.prisma, w.teacher, target, { score: '5', comment: 'The statement was ambiguous.' }, at(2.5));
    expect(overridden).toMatchObject({ ok: true, score: 1, attemptScore: 2 });
    expect(await test.prisma.answer.findUniqueOrThrow({ where: { id: tfAnswer.id } })).toMatchObject({
      overrideById: w.teacher.id,
      overrideReason: 'The statement was ambiguous.',
      overriddenAt: at(2.5),
    });
    expect(Number((await test.prisma.answer.findUniqueOrThrow({ where: { id: tfAnswer.id } })).score)).toBe(0);

    // The teacher changes the single-choice key to another choice and regrades: that answer is now wrong.
    const row = await test.prisma.question.findUniqueOrThrow({ where: { id: single.questionId } });
    const { correct } = storedShapes.single.answerKey.parse(row.answerKey);
    await test.prisma.question.update({ where: { id: row.id }, data: { answerKey: { correct: correct === 0 ? 1 : 0 } } });
    expect(await refusal(regradeQuestion(test.prisma, w.other.teacher, row.id))).toBe('notFound');
    expect(await regradeQuestion(test.prisma, w.teacher, row.id)).toEqual({ regradedAttempts: 1 });
    const attempt = await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(Number(attempt.score)).toBe(1);
    const results = await resultsForStudent(test.prisma, w.student, attemptId, at(3));
    if (results.access !== 'full') throw new Error('expected full results');
    expect(results.questions.find((question) => question.questionId === truefalse.questionId)).toMatchObject({
      score: 1,
      override: { comment: 'The statement was ambiguous.', byName: w.teacher.name, at: at(2.5) },
    });
  });

  it('overrides a question the student left unanswered: makes its row without a response, and the total follows', async () => {
    const w = await world();
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const view = await attemptForStudent(test.prisma, w.student, attemptId, at(0));
    const single = questionOfType(view, 'single');
    await saveAnswer(test.prisma, w.student, attemptId, single.questionId, await rightResponse(view, single.questionId), at(1));
    const unanswered = { attemptId, questionId: questionOfType(view, 'short').questionId };
    const rows = () => test.prisma.answer.count({ where: { attemptId } });

    // Refusals make no row: the attempt still open, another teacher, a student, a question of another quiz.
    expect(await refusal(overrideAnswerScore(test.prisma, w.teacher, unanswered, { score: 1, comment: 'Said it aloud.' }, at(1)))).toBe('attempt.notSubmitted');
    await submitAttempt(test.prisma, w.student, attemptId, at(2));
    const foreign = await test.prisma.question.findFirstOrThrow({ where: { quiz: { assignments: { some: { id: w.otherAssignmentId } } } } });
    for (const [actor, target] of [
      [w.other.teacher, unanswered],
      [w.student, unanswered],
      [w.teacher, { attemptId, questionId: foreign.id }],
      [w.teacher, { attemptId: crypto.randomUUID(), questionId: unanswered.questionId }],
    ] as const) {
      expect(await refusal(overrideAnswerScore(test.prisma, actor, target, { score: 1, comment: 'Said it aloud.' }, at(3)))).toBe('notFound');
    }
    expect(await rows()).toBe(1);
    expect(Number((await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).score)).toBe(1);

    expect(await overrideAnswerScore(test.prisma, w.teacher, unanswered, { score: '0,5', comment: 'Said it aloud.' }, at(3))).toMatchObject({ ok: true, score: 0.5, attemptScore: 1.5 });
    // A second override changes the same row.
    expect(await overrideAnswerScore(test.prisma, w.teacher, unanswered, { score: 1, comment: 'Said it aloud, and right.' }, at(4))).toMatchObject({ ok: true, score: 1, attemptScore: 2 });
    expect(await rows()).toBe(2);
    const row = await test.prisma.answer.findUniqueOrThrow({ where: { attemptId_questionId: unanswered } });
    expect(row).toMatchObject({ response: null, score: null, isCorrect: null, overrideById: w.teacher.id, overrideReason: 'Said it aloud, and right.', overriddenAt: at(4) });
    expect(Number((await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).score)).toBe(2);

    const results = await resultsForStudent(test.prisma, w.student, attemptId, at(5));
    if (results.access !== 'full') throw new Error('expected full results');
    expect(results.score).toBe(2);
    expect(results.questions.find((question) => question.questionId === unanswered.questionId)).toMatchObject({
      response: null,
      score: 1,
      outcome: 'correct',
      override: { comment: 'Said it aloud, and right.', byName: w.teacher.name, at: at(4) },
    });
    // A regrade keeps it.
    await regradeQuestion(test.prisma, w.teacher, unanswered.questionId);
    expect(Number((await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).score)).toBe(2);
  });

  it('overrides an answer saved too late to count as it would an unanswered question', async () => {
    const w = await world({ timeLimitSeconds: 60 });
    const { attemptId, deadlineAt } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const view = await attemptForStudent(test.prisma, w.student, attemptId, at(0));
    const truefalse = questionOfType(view, 'truefalse');
    await test.prisma.answer.create({ data: { attemptId, questionId: truefalse.questionId, response: { answer: true }, answeredAt: at(5) } });
    await submitExpiredAttempts(test.prisma, new Date(deadlineAt!.getTime() + ANSWER_GRACE_MS + 1), { attemptId });
    const target = { attemptId, questionId: truefalse.questionId };
    expect(await overrideAnswerScore(test.prisma, w.teacher, target, { score: 1, comment: 'Your phone was offline.' }, at(6))).toMatchObject({ ok: true, attemptScore: 1 });
    expect(await test.prisma.answer.count({ where: { attemptId } })).toBe(1);
  });
});

describe('quiz answers feed memory', () => {
  async function takeAndSubmit(w: Awaited<ReturnType<typeof world>>) {
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const view = await attemptForStudent(test.prisma, w.student, attemptId, at(0));
    const single = questionOfType(view, 'single');
    const matching = questionOfType(view, 'matching');
    await saveAnswer(test.prisma, w.student, attemptId, single.questionId, await rightResponse(view, single.questionId), at(1));
    const right = (await rightResponse(view, matching.questionId)) as { matches: number[] };
    await saveAnswer(test.prisma, w.student, attemptId, matching.questionId, { matches: [right.matches[0]!, null] }, at(1));
    await submitAttempt(test.prisma, w.student, attemptId, at(2));
    await submitAttempt(test.prisma, w.student, attemptId, at(3));
    return attemptId;
  }

  it("stores each graded answer once as a review of its concept's cards: right GOOD, partial AGAIN, unanswered nothing", async () => {
    const w = await world();
    await takeAndSubmit(w);
    const logs = await test.prisma.reviewLog.findMany({ where: { studentId: w.student.id }, include: { card: { include: { concept: true } } } });
    expect(logs.map((log) => [log.card.concept!.key, log.rating, log.source, log.reviewedAt.getTime()]).sort()).toEqual(
      [
        ['chlorophyll', 'GOOD', 'QUIZ', at(2).getTime()],
        ['chlorophyll', 'GOOD', 'QUIZ', at(2).getTime()],
        ['photosynthesis', 'AGAIN', 'QUIZ', at(2).getTime()],
      ].sort(),
    );
    expect(await test.prisma.cardState.count({ where: { studentId: w.student.id, reps: 1 } })).toBe(3);
    // Students of other classes are untouched.
    expect(await test.prisma.reviewLog.count({ where: { studentId: w.other.student.id } })).toBe(0);
  });

  it("reviews each card once per attempt, rated by its concept's weakest answer, however many questions test the concept", async () => {
    const w = await world();
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(0));
    const view = await attemptForStudent(test.prisma, w.student, attemptId, at(0));
    const single = questionOfType(view, 'single');
    await saveAnswer(test.prisma, w.student, attemptId, single.questionId, await rightResponse(view, single.questionId), at(1));
    // "Chlorophyll is red": true is wrong. Both questions test chlorophyll.
    await saveAnswer(test.prisma, w.student, attemptId, questionOfType(view, 'truefalse').questionId, { answer: true }, at(1));
    await submitAttempt(test.prisma, w.student, attemptId, at(2));
    const logs = await test.prisma.reviewLog.findMany({ where: { studentId: w.student.id }, include: { card: { include: { concept: true } } } });
    expect(logs.map((log) => [log.card.concept!.key, log.rating])).toEqual([
      ['chlorophyll', 'AGAIN'],
      ['chlorophyll', 'AGAIN'],
    ]);
    expect(new Set(logs.map((log) => log.cardId)).size).toBe(2);
    expect(await test.prisma.cardState.count({ where: { studentId: w.student.id, reps: 1, lapses: 0, state: 'LEARNING' } })).toBe(2);
  });

  it('stores nothing when the class has turned it off', async () => {
    const w = await world();
    await test.prisma.class.update({ where: { id: w.classId }, data: { quizFeedsMemory: false } });
    await takeAndSubmit(w);
    expect(await test.prisma.reviewLog.count({ where: { studentId: w.student.id } })).toBe(0);
  });

  /** What the student's study screen and progress page show of their memory at `now`. */
  async function whatTheStudentSees(w: Awaited<ReturnType<typeof world>>, now: Date) {
    const queue = await loadStudyQueue(test.prisma, w.student, now);
    const progress = await studentProgress(test.prisma, w.student, { kind: 'self' }, { now });
    const counts = await todaysStudyCounts(test.prisma, w.student, now);
    return {
      queue: queue.cards.map((card) => [card.id, queue.memories[card.id]?.state, queue.memories[card.id]?.due]).sort(),
      counts,
      concepts: progress.concepts.map((concept) => JSON.stringify(concept)).sort(),
    };
  }
  const quizReviews = (w: Awaited<ReturnType<typeof world>>) =>
    test.prisma.reviewLog.findMany({ where: { studentId: w.student.id, source: 'QUIZ' }, orderBy: [{ cardId: 'asc' }], select: { cardId: true, rating: true, reviewedAt: true } });

  it('keeps results shown after the due time out of the study screen and progress until then, and feeds them once after', async () => {
    const w = await world({ resultsVisibility: 'AFTER_DUE', dueAt: at(30) });
    const before = await whatTheStudentSees(w, at(0));
    await takeAndSubmit(w);
    // Before the due time nothing the student can open changes: no review, no card moved, no recall changed.
    expect(await quizReviews(w)).toEqual([]);
    expect(await whatTheStudentSees(w, at(0))).toEqual(before);
    await whatTheStudentSees(w, at(29));
    expect((await test.prisma.attempt.findFirstOrThrow({ where: { assignmentId: w.assignmentId } })).memoryFedAt).toBeNull();
    expect(await quizReviews(w)).toEqual([]);

    // From the due time on, the first read feeds the reviews, dated when the student answered; every later read
    // and the server's timer find them fed and store nothing again.
    const after = await whatTheStudentSees(w, at(31));
    const fed = await quizReviews(w);
    expect(fed.map((review) => [review.rating, review.reviewedAt.getTime()]).sort()).toEqual(
      [
        ['GOOD', at(2).getTime()],
        ['GOOD', at(2).getTime()],
        ['AGAIN', at(2).getTime()],
      ].sort(),
    );
    expect(after).not.toEqual(before);
    expect(await feedWaitingAttempts(test.prisma, at(32))).toBe(0);
    await whatTheStudentSees(w, at(33));
    await resultsForStudent(test.prisma, w.student, (await test.prisma.attempt.findFirstOrThrow({ where: { assignmentId: w.assignmentId } })).id, at(34));
    expect(await quizReviews(w)).toEqual(fed);
    expect((await test.prisma.attempt.findFirstOrThrow({ where: { assignmentId: w.assignmentId } })).memoryFedAt).toEqual(at(31));
  });

  it('feeds waiting attempts from the timer too, for every student, once', async () => {
    const w = await world({ resultsVisibility: 'AFTER_DUE', dueAt: at(30) });
    await takeAndSubmit(w);
    expect(await feedWaitingAttempts(test.prisma, at(29))).toBe(0);
    expect(await quizReviews(w)).toEqual([]);
    expect(await feedWaitingAttempts(test.prisma, at(30))).toBe(3);
    expect(await Promise.all([feedWaitingAttempts(test.prisma, at(31)), feedWaitingAttempts(test.prisma, at(31), { studentId: w.student.id })])).toEqual([0, 0]);
    expect(await quizReviews(w)).toHaveLength(3);
  });

  it('places the quiz reviews at the submission among the reviews the student made before the due time', async () => {
    const w = await world({ resultsVisibility: 'AFTER_DUE', dueAt: at(30) });
    await takeAndSubmit(w);
    const card = await test.prisma.card.findFirstOrThrow({ where: { deckId: w.deckId, concept: { key: 'photosynthesis' } } });
    const studyKey = '0190a5a0-0000-7000-8000-0000000000aa';
    await syncReviews(test.prisma, w.student, { deviceId: 'phone', items: [{ type: 'review', key: studyKey, cardId: card.id, rating: 'GOOD', reviewedAt: at(10).toISOString(), durationMs: 1000 }] }, at(10));
    await loadStudyQueue(test.prisma, w.student, at(31));
    const logs = await test.prisma.reviewLog.findMany({ where: { studentId: w.student.id, cardId: card.id, undoneAt: null }, orderBy: { reviewedAt: 'asc' } });
    expect(logs.map((log) => [log.source, log.rating, log.reviewedAt])).toEqual([
      ['QUIZ', 'AGAIN', at(2)],
      ['STUDY', 'GOOD', at(10)],
    ]);
    // The card's memory is its log replayed in time order: quiz Again, then study Good.
    const stored = await test.prisma.cardState.findUniqueOrThrow({ where: { studentId_cardId: { studentId: w.student.id, cardId: card.id } } });
    const replayed = replayReviews(logs.map((log) => ({ key: log.idempotencyKey, rating: log.rating, reviewedAt: log.reviewedAt })), at(2));
    expect({ ...memoryOf(stored), due: stored.due.getTime(), lastReview: stored.lastReview?.getTime() }).toEqual({ ...replayed, due: replayed.due.getTime(), lastReview: replayed.lastReview?.getTime() });
  });

  it('never feeds the answers of a quiz whose results are never shown: any rating would tell which were right', async () => {
    const w = await world({ resultsVisibility: 'NEVER', dueAt: at(30) });
    const before = await whatTheStudentSees(w, at(0));
    await takeAndSubmit(w);
    expect((await test.prisma.attempt.findFirstOrThrow({ where: { assignmentId: w.assignmentId } })).memoryFedAt).toEqual(at(2));
    expect(await whatTheStudentSees(w, at(0))).toEqual(before);
    await whatTheStudentSees(w, at(90));
    expect(await feedWaitingAttempts(test.prisma, at(90))).toBe(0);
    expect(await test.prisma.reviewLog.count({ where: { studentId: w.student.id } })).toBe(0);
  });
});
