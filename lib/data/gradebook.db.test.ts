// The teacher's gradebook against a real database: the class's quizzes with how many submitted, one assignment's
// students (also those who never started) with the score that counts, one attempt question by question with its
// override, the per-class "quiz answers count as reviews" setting, and who is refused.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { quizWorld } from '../testing/quiz-world.ts';
import { saveAnswer, startAttempt, submitAttempt } from './attempts.ts';
import { setClassArchived, setClassQuizFeedsMemory } from './classes.ts';
import { attemptForTeacher, gradebookForAssignment, overrideAnswerScoreWithinPoints, quizzesForClass } from './gradebook.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test?.cleanup());

const MINUTE = 60_000;
const T0 = new Date(Date.now() - 60 * MINUTE);
const at = (minutes: number) => new Date(T0.getTime() + 60 * MINUTE + minutes * MINUTE);

async function makeUser(role: 'TEACHER' | 'STUDENT', name: string): Promise<Actor> {
  return test.prisma.user.create({
    data: { role, name, email: `${name.toLowerCase()}-${randomUUID()}@school.kz`, passwordHash: 'x' },
    select: { id: true, role: true, name: true, email: true },
  });
}

/**
 * The class's quiz (two attempts allowed, the best counts) with a 2-point true/false question added: the student
 * gets it right in attempt 1 and wrong in attempt 2; a second student never starts.
 */
async function gradedWorld() {
  const w = await quizWorld(test.prisma, T0, { maxAttempts: 2, scoring: 'HIGHEST' });
  const trueFalse = await w.addQuestion({ type: 'truefalse', prompt: 'Leaves are green.', answer: 'true' }, { points: 2 });
  const idle = await makeUser('STUDENT', 'Zhanna');
  await test.prisma.enrollment.create({ data: { classId: w.classId, studentId: idle.id } });
  const attempts: string[] = [];
  for (const [index, answer] of [true, false].entries()) {
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, at(index * 10));
    await saveAnswer(test.prisma, w.student, attemptId, trueFalse, { answer }, at(index * 10 + 1));
    await submitAttempt(test.prisma, w.student, attemptId, at(index * 10 + 2));
    attempts.push(attemptId);
  }
  return { ...w, trueFalse, idle, first: attempts[0]!, second: attempts[1]! };
}

describe('quizzesForClass', () => {
  it('lists the class’s quiz assignments with how many of its students submitted', async () => {
    const w = await gradedWorld();
    const assignment = await test.prisma.assignment.findUniqueOrThrow({ where: { id: w.assignmentId }, include: { quiz: true } });
    expect(await quizzesForClass(test.prisma, w.teacher, w.classId)).toEqual({
      students: 2,
      quizzes: [{ assignmentId: w.assignmentId, title: assignment.quiz!.title, opensAt: assignment.opensAt, dueAt: assignment.dueAt, submittedStudents: 1 }],
    });
  });

  it('refuses another teacher and a student alike', async () => {
    const w = await gradedWorld();
    for (const actor of [w.other.teacher, w.student]) {
      await expect(quizzesForClass(test.prisma, actor, w.classId)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    }
    await expect(quizzesForClass(test.prisma, w.teacher, 'not-a-uuid')).rejects.toBeInstanceOf(NotFoundOrForbidden);
  });
});

describe('gradebookForAssignment', () => {
  it('shows every student, those who never started too, their attempts, and the best attempt counting', async () => {
    const w = await gradedWorld();
    const book = await gradebookForAssignment(test.prisma, w.teacher, w.classId, w.assignmentId, at(30));
    expect(book).toMatchObject({ assignmentId: w.assignmentId, classId: w.classId, scoring: 'HIGHEST', maxAttempts: 2, timeZone: 'Asia/Almaty' });
    const taker = book.students.find((student) => student.studentId === w.student.id)!;
    const idle = book.students.find((student) => student.studentId === w.idle.id)!;
    expect(book.students).toHaveLength(2);
    expect(idle).toMatchObject({ enrolled: true, attempts: [], counting: null });
    expect(taker.attempts.map((attempt) => [attempt.number, attempt.status, attempt.autoSubmitted])).toEqual([
      [1, 'SUBMITTED', false],
      [2, 'SUBMITTED', false],
    ]);
    const [first, second] = taker.attempts;
    expect(first!.score! - second!.score!).toBe(2);
    expect(taker.counting).toEqual({ score: first!.score, maxScore: first!.maxScore, attemptNumber: 1 });
  });

  it('is refused to another teacher, a student, under another class’s URL, and for an id that is not one', async () => {
    const w = await gradedWorld();
    const refused = [
      gradebookForAssignment(test.prisma, w.other.teacher, w.classId, w.assignmentId, at(30)),
      gradebookForAssignment(test.prisma, w.student, w.classId, w.assignmentId, at(30)),
      gradebookForAssignment(test.prisma, w.teacher, w.other.classId, w.assignmentId, at(30)),
      gradebookForAssignment(test.prisma, w.teacher, w.classId, 'nope', at(30)),
    ];
    // Every refusal is awaited together: one made before its turn would otherwise count as unhandled.
    await Promise.all(refused.map((attempt) => expect(attempt).rejects.toBeInstanceOf(NotFoundOrForbidden)));
  });
});

describe('attemptForTeacher and overrideAnswerScoreWithinPoints', () => {
  it('shows each question with the answer, the automatic score and the key; an override changes the total and shows who made it', async () => {
    const w = await gradedWorld();
    const ids = { classId: w.classId, assignmentId: w.assignmentId, attemptId: w.second };
    const before = await attemptForTeacher(test.prisma, w.teacher, ids, at(30));
    expect(before).toMatchObject({ student: { id: w.student.id }, number: 2, status: 'SUBMITTED' });
    const question = before.questions.find((entry) => entry.questionId === w.trueFalse)!;
    expect(question).toMatchObject({ response: { answer: false }, score: 0, autoScore: 0, maxScore: 2, outcome: 'wrong', storedOverride: null, override: null });
    expect(question.correctAnswer).toEqual({ type: 'truefalse', answer: true });
    expect(before.questions.filter((entry) => entry.questionId !== w.trueFalse).every((entry) => entry.response === null)).toBe(true);

    const target = { attemptId: w.second, questionId: w.trueFalse };
    const outcome = await overrideAnswerScoreWithinPoints(test.prisma, w.teacher, { ...target, score: '1,5', comment: 'Your reasoning was right.' }, at(30.5));
    expect(outcome).toEqual({ ok: true, score: 1.5, attemptScore: before.score! + 1.5, attemptMaxScore: before.maxScore });

    const after = await attemptForTeacher(test.prisma, w.teacher, ids, at(31));
    expect(after.score).toBe(before.score! + 1.5);
    expect(after.questions.find((entry) => entry.questionId === w.trueFalse)).toMatchObject({
      score: 1.5,
      autoScore: 0,
      override: { comment: 'Your reasoning was right.', byName: w.teacher.name, at: at(30.5) },
      storedOverride: { score: 1.5, comment: 'Your reasoning was right.', byName: w.teacher.name, at: at(30.5) },
    });
    // The best attempt still counts: the first, with the full 2 points.
    const taker = (await gradebookForAssignment(test.prisma, w.teacher, w.classId, w.assignmentId, at(32))).students.find((s) => s.studentId === w.student.id)!;
    expect(taker.counting?.attemptNumber).toBe(1);
  });

  it('refuses more than the question’s points on the score field and stores nothing', async () => {
    const w = await gradedWorld();
    const answer = await test.prisma.answer.findFirstOrThrow({ where: { attemptId: w.second, questionId: w.trueFalse } });
    const target = { attemptId: w.second, questionId: w.trueFalse };
    expect(await overrideAnswerScoreWithinPoints(test.prisma, w.teacher, { ...target, score: '2.01', comment: 'Bonus' }, at(30))).toEqual({
      ok: false,
      fieldErrors: { score: 'override.scoreAbovePoints' },
    });
    expect(await test.prisma.answer.findUniqueOrThrow({ where: { id: answer.id } })).toMatchObject({ overrideScore: null, overrideReason: null, overrideById: null, overriddenAt: null });
  });

  it('overrides a question the student left unanswered', async () => {
    const w = await gradedWorld();
    const ids = { classId: w.classId, assignmentId: w.assignmentId, attemptId: w.second };
    const before = await attemptForTeacher(test.prisma, w.teacher, ids, at(30));
    const unanswered = before.questions.find((entry) => entry.response === null)!;
    expect(unanswered).toMatchObject({ outcome: 'unanswered', score: 0, storedOverride: null });

    const target = { attemptId: w.second, questionId: unanswered.questionId };
    // Above the points is refused on the field before any row is made.
    expect(await overrideAnswerScoreWithinPoints(test.prisma, w.teacher, { ...target, score: unanswered.maxScore + 1, comment: 'Oral answer.' }, at(31))).toMatchObject({
      ok: false,
      fieldErrors: { score: 'override.scoreAbovePoints' },
    });
    expect(await test.prisma.answer.count({ where: target })).toBe(0);
    expect(await overrideAnswerScoreWithinPoints(test.prisma, w.teacher, { ...target, score: unanswered.maxScore, comment: 'Oral answer.' }, at(31))).toMatchObject({
      ok: true,
      attemptScore: before.score! + unanswered.maxScore,
    });

    const after = await attemptForTeacher(test.prisma, w.teacher, ids, at(32));
    expect(after.score).toBe(before.score! + unanswered.maxScore);
    expect(after.questions.find((entry) => entry.questionId === unanswered.questionId)).toMatchObject({
      response: null,
      autoScore: 0,
      score: unanswered.maxScore,
      storedOverride: { score: unanswered.maxScore, comment: 'Oral answer.', byName: w.teacher.name, at: at(31) },
    });
  });

  it('is refused to another teacher and a student, for an attempt of another assignment, and for a broken id', async () => {
    const w = await gradedWorld();
    const ids = { classId: w.classId, assignmentId: w.assignmentId, attemptId: w.first };
    const otherAttempt = await test.prisma.attempt.create({
      data: { assignmentId: w.otherAssignmentId, studentId: w.other.student.id, number: 1, layout: { questions: [] } },
    });
    const refused = [
      attemptForTeacher(test.prisma, w.other.teacher, ids, at(30)),
      attemptForTeacher(test.prisma, w.student, ids, at(30)),
      attemptForTeacher(test.prisma, w.teacher, { ...ids, attemptId: otherAttempt.id }, at(30)),
      attemptForTeacher(test.prisma, w.teacher, { ...ids, attemptId: 'nope' }, at(30)),
    ];
    // Every refusal is awaited together: one made before its turn would otherwise count as unhandled.
    await Promise.all(refused.map((attempt) => expect(attempt).rejects.toBeInstanceOf(NotFoundOrForbidden)));
    const answer = await test.prisma.answer.findFirstOrThrow({ where: { attemptId: w.first } });
    for (const actor of [w.other.teacher, w.student]) {
      await expect(overrideAnswerScoreWithinPoints(test.prisma, actor, { attemptId: w.first, questionId: answer.questionId, score: 0, comment: 'No' }, at(30))).rejects.toBeInstanceOf(
        NotFoundOrForbidden,
      );
    }
    expect((await test.prisma.answer.findUniqueOrThrow({ where: { id: answer.id } })).overrideScore).toBeNull();
  });
});

describe('setClassQuizFeedsMemory', () => {
  const stored = async (classId: string) => (await test.prisma.class.findUniqueOrThrow({ where: { id: classId } })).quizFeedsMemory;

  it('is on by default; the class’s teacher turns it off and on', async () => {
    const w = await gradedWorld();
    expect(await stored(w.classId)).toBe(true);
    expect(await setClassQuizFeedsMemory(test.prisma, w.teacher, { classId: w.classId, quizFeedsMemory: false })).toEqual({ ok: true });
    expect(await stored(w.classId)).toBe(false);
    expect(await setClassQuizFeedsMemory(test.prisma, w.teacher, { classId: w.classId, quizFeedsMemory: true })).toEqual({ ok: true });
    expect(await stored(w.classId)).toBe(true);
  });

  it('refuses another teacher and a student, and keeps an archived class’s setting', async () => {
    const w = await gradedWorld();
    for (const actor of [w.other.teacher, w.student]) {
      await expect(setClassQuizFeedsMemory(test.prisma, actor, { classId: w.classId, quizFeedsMemory: false })).rejects.toBeInstanceOf(NotFoundOrForbidden);
    }
    await setClassArchived(test.prisma, w.teacher, { classId: w.classId, archived: true }, new Date());
    expect(await setClassQuizFeedsMemory(test.prisma, w.teacher, { classId: w.classId, quizFeedsMemory: false })).toEqual({ ok: false, error: 'classArchived' });
    expect(await stored(w.classId)).toBe(true);
  });
});
