// Item analysis against a real database: four students take a small quiz with shuffled questions and choices,
// with answers chosen so every number is worked by hand; picks add up by stored choice whatever order each student
// saw, an override counts, the assignment's scoring picks the attempts, and students who left or have not submitted
// are not counted. Who may read it is checked too.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { quizWorld } from '../testing/quiz-world.ts';
import { attemptForStudent, overrideAnswerScore, saveAnswer, startAttempt, submitAttempt } from './attempts.ts';
import { leaveClass } from './classes.ts';
import { itemAnalysisForAssignment, type ItemAnalysisQuestion } from './item-analysis.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test?.cleanup());

const MINUTE = 60_000;
const T0 = new Date(Date.now() - 60 * MINUTE);
const at = (minutes: number) => new Date(T0.getTime() + 60 * MINUTE + minutes * MINUTE);

async function enrolledStudent(classId: string, name: string): Promise<Actor> {
  const student = await test.prisma.user.create({
    data: { role: 'STUDENT', name, email: `${name.toLowerCase()}-${randomUUID()}@school.kz`, passwordHash: 'x' },
    select: { id: true, role: true, name: true, email: true },
  });
  await test.prisma.enrollment.create({ data: { classId, studentId: student.id } });
  return student;
}

/** What one student answers, by choice text (or the text typed); a question left out is unanswered. */
interface Sheet {
  capital?: string;
  rivers?: string[];
  leaves?: boolean;
  word?: string;
  capitalMs?: number;
}

/**
 * A class quiz of four questions, nothing else in it: single choice (4 choices), multiple choice, true/false and a
 * short answer, each 1 point; choices and questions shuffled, two attempts, the best counts.
 */
async function itemWorld() {
  const w = await quizWorld(test.prisma, T0, { maxAttempts: 2, scoring: 'HIGHEST', shuffleQuestions: true, shuffleChoices: true });
  await test.prisma.question.updateMany({ where: { quizId: w.quizId }, data: { archivedAt: T0 } });
  const capital = await w.addQuestion({
    type: 'single',
    prompt: 'The capital of Kazakhstan?',
    choices: [
      { text: 'Astana', correct: true },
      { text: 'Almaty', correct: false },
      { text: 'Shymkent', correct: false },
      { text: 'Aktobe', correct: false },
    ],
  });
  const rivers = await w.addQuestion({
    type: 'multiple',
    prompt: 'Which are rivers?',
    choices: [
      { text: 'Ili', correct: true },
      { text: 'Irtysh', correct: true },
      { text: 'Balkhash', correct: false },
    ],
  });
  const leaves = await w.addQuestion({ type: 'truefalse', prompt: 'Leaves are green.', answer: 'true' });
  const word = await w.addQuestion({ type: 'short', prompt: 'Say yes.', answer: 'yes', accepted: [] });
  const ids = { capital, rivers, leaves, word };
  /** Did any answer by text land on a shown position other than its stored index? (Proves the test shuffles.) */
  let shuffledSeen = false;

  async function take(student: Actor, sheet: Sheet, minute: number, options: { submit: boolean } = { submit: true }) {
    const { attemptId } = await startAttempt(test.prisma, student, w.assignmentId, at(minute));
    const view = await attemptForStudent(test.prisma, student, attemptId, at(minute));
    const shown = (questionId: string) => {
      const question = view.questions.find((entry) => entry.questionId === questionId)!;
      return question.type === 'single' || question.type === 'multiple' ? question.choices : [];
    };
    const positionOf = (questionId: string, text: string, stored: string[]) => {
      const position = shown(questionId).indexOf(text);
      if (position !== stored.indexOf(text)) shuffledSeen = true;
      return position;
    };
    const save = (questionId: string, response: unknown, timeSpentMs?: number) =>
      saveAnswer(test.prisma, student, attemptId, questionId, response, at(minute + 1), { timeSpentMs: timeSpentMs ?? null });
    if (sheet.capital !== undefined) {
      await save(capital, { choice: positionOf(capital, sheet.capital, ['Astana', 'Almaty', 'Shymkent', 'Aktobe']) }, sheet.capitalMs);
    }
    if (sheet.rivers !== undefined) {
      await save(rivers, { choices: sheet.rivers.map((text) => positionOf(rivers, text, ['Ili', 'Irtysh', 'Balkhash'])) });
    }
    if (sheet.leaves !== undefined) await save(leaves, { answer: sheet.leaves });
    if (sheet.word !== undefined) await save(word, { text: sheet.word });
    if (options.submit) await submitAttempt(test.prisma, student, attemptId, at(minute + 2));
    return attemptId;
  }

  const students = [w.student, ...(await Promise.all(['Bota', 'Dana', 'Erlan'].map((name) => enrolledStudent(w.classId, name))))];
  const attempts: string[] = [];
  // Totals 3, 2, 2, 1. The strong students get "Leaves are green" wrong and the weak ones right.
  const sheets: Sheet[] = [
    { capital: 'Astana', rivers: ['Ili', 'Irtysh'], leaves: false, word: 'yes', capitalMs: 10_000 },
    { capital: 'Astana', rivers: ['Irtysh', 'Ili'], leaves: false, word: 'no', capitalMs: 20_000 },
    { capital: 'Astana', rivers: ['Ili', 'Balkhash'], leaves: true, word: 'no', capitalMs: 30_000 },
    { capital: 'Almaty', rivers: ['Irtysh'], leaves: true, capitalMs: 40_000 },
  ];
  for (const [index, sheet] of sheets.entries()) attempts.push(await take(students[index]!, sheet, index * 5));
  return { ...w, ids, students, attempts, take, shuffled: () => shuffledSeen };
}

const analysis = (w: Awaited<ReturnType<typeof itemWorld>>) => itemAnalysisForAssignment(test.prisma, w.teacher, w.classId, w.assignmentId);
const line = (questions: ItemAnalysisQuestion[], questionId: string) => questions.find((question) => question.questionId === questionId)!;

describe('itemAnalysisForAssignment', () => {
  it('gives each question in quiz order its facility, picks by stored choice, time and flags, with the key', async () => {
    const w = await itemWorld();
    expect(w.shuffled()).toBe(true);
    const result = await analysis(w);
    expect(result).toMatchObject({ scoring: 'HIGHEST', attemptsCounted: 4 });
    // Quiz order, not any student's shuffled order; the generated questions archived at the start are left out.
    expect(result.questions.map((question) => [question.position, question.questionId])).toEqual([
      [1, w.ids.capital],
      [2, w.ids.rivers],
      [3, w.ids.leaves],
      [4, w.ids.word],
    ]);

    const capital = line(result.questions, w.ids.capital);
    expect(capital).toMatchObject({ prompt: 'The capital of Kazakhstan?', type: 'single', points: 1 });
    expect(capital.choices).toEqual([
      { kind: 'text', text: 'Astana', correct: true },
      { kind: 'text', text: 'Almaty', correct: false },
      { kind: 'text', text: 'Shymkent', correct: false },
      { kind: 'text', text: 'Aktobe', correct: false },
    ]);
    // Shares 1, 1, 1, 0 against the rest of the quiz 2, 1, 1, 1: r = 0.25 / √(0.75 · 0.75) = 1/3.
    expect(capital.stats).toMatchObject({ attempts: 4, facility: 0.75, choicePicks: [3, 1, 0, 0], averageTimeMs: 25_000, flags: [] });
    expect(capital.stats.discriminationIndex).toBeCloseTo(1 / 3, 10);

    const rivers = line(result.questions, w.ids.rivers);
    expect(rivers.choices?.map((choice) => choice.correct)).toEqual([true, true, false]);
    expect(rivers.stats).toMatchObject({ facility: 0.5, choicePicks: [3, 3, 1], averageTimeMs: null });

    const leaves = line(result.questions, w.ids.leaves);
    expect(leaves.choices).toEqual([
      { kind: 'truth', value: true, correct: true },
      { kind: 'truth', value: false, correct: false },
    ]);
    expect(leaves.stats).toMatchObject({ facility: 0.5, choicePicks: [2, 2] });
    expect(leaves.stats.discriminationIndex).toBeLessThan(0);
    // Four attempts are too few to flag anything (lib/stats/item-analysis.ts ITEM_MIN_ATTEMPTS).
    expect(leaves.stats).toMatchObject({ enough: { facility: false, discrimination: false }, flags: [] });

    // Not a choice question; the one student who typed the answer is the only one right (and the one left blank counts 0).
    const word = line(result.questions, w.ids.word);
    expect(word).toMatchObject({ type: 'short', choices: null, stats: { attempts: 4, facility: 0.25, choicePicks: [] } });
  });

  it('counts a teacher’s override as the question’s score', async () => {
    const w = await itemWorld();
    // Erlan left "Say yes." blank; the teacher gives him the point.
    await overrideAnswerScore(test.prisma, w.teacher, { attemptId: w.attempts[3]!, questionId: w.ids.word }, { score: 1, comment: 'Said it aloud.' }, at(30));
    const word = line((await analysis(w)).questions, w.ids.word);
    expect(word.stats.facility).toBe(0.5);
  });

  it('reads the attempts the scoring counts: the best, the last, or all of them', async () => {
    const w = await itemWorld();
    // The strongest student tries again and gets everything wrong.
    await w.take(w.students[0]!, { capital: 'Aktobe', rivers: ['Balkhash'], leaves: false, word: 'no' }, 40);
    const capitalPicks = async () => {
      const result = await analysis(w);
      return [result.attemptsCounted, line(result.questions, w.ids.capital).stats.choicePicks];
    };
    expect(await capitalPicks()).toEqual([4, [3, 1, 0, 0]]);
    await test.prisma.assignment.update({ where: { id: w.assignmentId }, data: { scoring: 'LAST' } });
    expect(await capitalPicks()).toEqual([4, [2, 1, 0, 1]]);
    await test.prisma.assignment.update({ where: { id: w.assignmentId }, data: { scoring: 'AVERAGE' } });
    expect(await capitalPicks()).toEqual([5, [3, 1, 0, 1]]);
  });

  it('leaves out students who left the class and attempts not submitted', async () => {
    const w = await itemWorld();
    const leaver = await enrolledStudent(w.classId, 'Farida');
    await w.take(leaver, { capital: 'Shymkent' }, 40);
    await leaveClass(test.prisma, leaver, { classId: w.classId });
    const open = await enrolledStudent(w.classId, 'Gulnar');
    await w.take(open, { capital: 'Shymkent' }, 45, { submit: false });
    const result = await analysis(w);
    expect(result.attemptsCounted).toBe(4);
    expect(line(result.questions, w.ids.capital).stats).toMatchObject({ attempts: 4, choicePicks: [3, 1, 0, 0] });
  });

  it('has questions without statistics before anyone submits', async () => {
    const w = await quizWorld(test.prisma, T0);
    const result = await itemAnalysisForAssignment(test.prisma, w.teacher, w.classId, w.assignmentId);
    expect(result.attemptsCounted).toBe(0);
    expect(result.questions.length).toBeGreaterThan(0);
    expect(result.questions.every((question) => question.stats.attempts === 0 && question.stats.facility === null)).toBe(true);
  });

  it('is refused to another teacher, a student, for another class’s assignment, under another class’s URL and for a broken id', async () => {
    const w = await quizWorld(test.prisma, T0);
    const refused = [
      itemAnalysisForAssignment(test.prisma, w.other.teacher, w.classId, w.assignmentId),
      itemAnalysisForAssignment(test.prisma, w.student, w.classId, w.assignmentId),
      itemAnalysisForAssignment(test.prisma, w.teacher, w.classId, w.otherAssignmentId),
      itemAnalysisForAssignment(test.prisma, w.teacher, w.other.classId, w.assignmentId),
      itemAnalysisForAssignment(test.prisma, w.teacher, w.classId, 'nope'),
    ];
    // Every refusal is awaited together: one made before its turn would otherwise count as unhandled.
    await Promise.all(refused.map((attempt) => expect(attempt).rejects.toBeInstanceOf(NotFoundOrForbidden)));
  });
});
