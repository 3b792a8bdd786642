// Autosaves racing the submission, as at the bell: every answer the server said it saved is graded with the
// attempt, and every other one was refused; none lands after grading unseen. On PostgreSQL the requests really
// run at once (a connection each); on PGlite they queue, which must give the same guarantee.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { quizWorld } from '../../testing/quiz-world.ts';
import { attemptForStudent, AttemptRefused, saveAnswers, startAttempt, submitAttempt } from '../attempts.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test?.cleanup());

const answerFor = (type: string): unknown =>
  ({ single: { choice: 0 }, multiple: { choices: [0] }, truefalse: { answer: true }, short: { text: 'x' }, cloze: { blanks: ['x'] }, numeric: { value: '1' } })[type] ??
  { order: [0, 1] };

describe('answers saved while the attempt is submitted', () => {
  it('are each either graded with the attempt or refused as submitted', async () => {
    const now = new Date();
    const w = await quizWorld(test.prisma, new Date(now.getTime() - 3_600_000), { timeLimitSeconds: 3600, maxAttempts: null });
    for (let round = 0; round < 12; round++) {
      const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, now);
      const { questions } = await attemptForStudent(test.prisma, w.student, attemptId, now);
      // Each question saved three times over, as a student changing their mind while the bell rings.
      const answerable = questions.filter((question) => question.type !== 'matching' && question.type !== 'ordering');
      const targets = [...answerable, ...answerable, ...answerable];
      const saves = targets.map((question) => () => saveAnswers(test.prisma, w.student, attemptId, [{ questionId: question.questionId, response: answerFor(question.type), timeSpentMs: null }], now));
      // The submit goes out among the saves, at a different place each round.
      const middle = 1 + ((round * 5) % (saves.length - 1));
      const calls = [...saves.slice(0, middle), () => submitAttempt(test.prisma, w.student, attemptId, now), ...saves.slice(middle)];
      const outcomes = await Promise.allSettled(calls.map((call) => call()));

      const stored = await test.prisma.answer.findMany({ where: { attemptId } });
      expect(outcomes.find((outcome) => outcome.status === 'rejected' && !(outcome.reason instanceof AttemptRefused))).toBeUndefined();
      const savedQuestions = new Set<string>();
      outcomes.forEach((outcome, index) => {
        if (index === middle) return expect(outcome.status).toBe('fulfilled');
        const question = targets[index < middle ? index : index - 1]!;
        if (outcome.status === 'fulfilled') savedQuestions.add(question.questionId);
        else expect((outcome.reason as AttemptRefused).code).toBe('attempt.submitted');
      });
      // Stored are exactly the questions some save was told "saved", and all of them were graded.
      expect(new Set(stored.map((answer) => answer.questionId))).toEqual(savedQuestions);
      expect(stored.filter((answer) => answer.score === null).map((answer) => `round ${round}: ungraded ${answer.questionId}`)).toEqual([]);
    }
  });
});
