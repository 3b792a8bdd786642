// Quiz authoring on PGlite and PostgreSQL: the teacher's list, quizzes from scratch and generated ones, questions
// of every type with points and feedback, order, picks from a deck's bank, the preview, and every refusal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden } from '../access/actor.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { answeredAttempt, authoringWorld, bankQuestionIds } from '../testing/authoring-world.ts';
import type { QuestionInput } from '../validation/questions.ts';
import { addQuizQuestionSchema } from '../validation/quizzes.ts';
import { checkPreviewAnswer, previewQuiz } from './quiz-preview.ts';
import {
  addQuizQuestion,
  archiveQuizQuestion,
  copyQuestionsFromBank,
  createQuiz,
  listQuestionBanks,
  listQuizzesForTeacher,
  loadQuizEditor,
  moveQuizQuestion,
  moveQuizQuestions,
  removeQuizQuestions,
  setQuizTypoTolerance,
  updateQuizDetails,
  updateQuizQuestion,
} from './quizzes.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

const NOW = new Date('2026-11-25T10:00:00Z');
const noFeedback = { general: '', choices: [] };

/** Every type once, as the editor's form sends it (after its schema). */
const EVERY_TYPE: QuestionInput[] = [
  { type: 'single', prompt: 'Capital of Kazakhstan?', choices: [{ text: 'Astana', correct: true }, { text: 'Almaty', correct: false }] },
  { type: 'multiple', prompt: 'Which are parties?', choices: [{ text: 'Amanat', correct: true }, { text: 'Ak Zhol', correct: true }, { text: 'Senate', correct: false }], scoring: 'per-choice' },
  { type: 'truefalse', prompt: 'The Mazhilis is a chamber of Parliament.', answer: 'true' },
  { type: 'short', prompt: 'The upper chamber is the …', answer: 'Senate', accepted: [{ text: 'the Senate' }], typoTolerance: true },
  { type: 'cloze', prompt: 'The _____ has two chambers, the _____ and the Mazhilis.', blanks: [{ answer: 'Parliament', accepted: [] }, { answer: 'Senate', accepted: [] }], typoTolerance: false },
  { type: 'matching', prompt: 'Match.', pairs: [{ left: 'Senate', right: 'Upper' }, { left: 'Mazhilis', right: 'Lower' }] },
  { type: 'ordering', prompt: 'Order by year.', items: [{ text: '1991' }, { text: '1995' }, { text: '2022' }] },
  { type: 'numeric', prompt: 'Seats in the Mazhilis?', answer: 98, tolerance: 0, unit: 'seats' },
];

async function world() {
  return authoringWorld(db.prisma);
}

async function scratchQuiz(teacher: Awaited<ReturnType<typeof world>>['teacher']) {
  return (await createQuiz(db.prisma, teacher, { title: 'Parliament', description: 'Chambers and parties' })).quizId;
}

const snapshot = (quizId: string) =>
  db.prisma.quiz.findUniqueOrThrow({ where: { id: quizId }, include: { questions: { orderBy: { id: 'asc' } }, assignments: true } });

describe('the teacher’s quizzes', () => {
  it('lists quizzes made from scratch and generated with a deck, newest first, only the teacher’s own', async () => {
    const w = await world();
    const quizId = await scratchQuiz(w.teacher);
    await createQuiz(db.prisma, w.otherTeacher, { title: 'Not mine', description: '' });
    const list = await listQuizzesForTeacher(db.prisma, w.teacher);
    expect(list.map((quiz) => [quiz.id, quiz.title, quiz.fromDeck, quiz.questionCount])).toEqual([
      [quizId, 'Parliament', false, 0],
      [w.generatedQuizId, 'Photosynthesis', true, 6],
    ]);
  });

  it('opens a generated quiz with its questions, cited sentences and default points', async () => {
    const w = await world();
    const model = await loadQuizEditor(db.prisma, w.teacher, w.generatedQuizId);
    expect(model.quiz).toMatchObject({ id: w.generatedQuizId, title: 'Photosynthesis', deckId: w.deckId, publishedAt: null });
    expect(model.questions).toHaveLength(6);
    expect(model.questions[0]).toMatchObject({ points: 1, generated: true, edited: false, answered: false, source: 'Chlorophyll is the green pigment in leaves.' });
    expect(model.questions[0]!.feedback).toEqual({ general: '', choices: [{ text: '' }, { text: '' }, { text: '' }] });
  });

  it('renames a quiz and changes its description', async () => {
    const w = await world();
    const quizId = await scratchQuiz(w.teacher);
    await updateQuizDetails(db.prisma, w.teacher, { quizId, title: 'Parliament of Kazakhstan', description: '' });
    expect((await loadQuizEditor(db.prisma, w.teacher, quizId)).quiz).toMatchObject({ title: 'Parliament of Kazakhstan', description: '' });
  });

  it('refuses students and other teachers everything, with the same answer as for a quiz that does not exist, and stores nothing', async () => {
    const w = await world();
    const quizId = await scratchQuiz(w.teacher);
    const { questionId } = await addQuizQuestion(db.prisma, w.teacher, { quizId, question: EVERY_TYPE[2]!, points: 1, feedback: noFeedback });
    const before = await snapshot(quizId);
    for (const actor of [w.student, w.outsider, w.otherTeacher]) {
      // Called one at a time: a refusal made before it is awaited would count as unhandled.
      const attempts: (() => Promise<unknown>)[] = [
        () => loadQuizEditor(db.prisma, actor, quizId),
        () => updateQuizDetails(db.prisma, actor, { quizId, title: 'Hijacked', description: '' }),
        () => addQuizQuestion(db.prisma, actor, { quizId, question: EVERY_TYPE[0]!, points: 1, feedback: noFeedback }),
        () => updateQuizQuestion(db.prisma, actor, { questionId, question: EVERY_TYPE[2]!, points: 5, feedback: noFeedback }, NOW),
        () => archiveQuizQuestion(db.prisma, actor, { questionId }, NOW),
        () => moveQuizQuestion(db.prisma, actor, { questionId, direction: 'up' }),
        () => moveQuizQuestions(db.prisma, actor, { quizId, questionIds: [questionId], direction: 'top' }),
        () => removeQuizQuestions(db.prisma, actor, { quizId, questionIds: [questionId] }, NOW),
        () => setQuizTypoTolerance(db.prisma, actor, { quizId, typoTolerance: true }),
        () => copyQuestionsFromBank(db.prisma, actor, { quizId, questionIds: [questionId] }),
        () => previewQuiz(db.prisma, actor, quizId),
        () => checkPreviewAnswer(db.prisma, actor, { questionId, response: { answer: true } }),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFoundOrForbidden);
    }
    for (const student of [w.student, w.outsider]) {
      await expect(listQuizzesForTeacher(db.prisma, student)).rejects.toBeInstanceOf(NotFoundOrForbidden);
      await expect(createQuiz(db.prisma, student, { title: 'Mine', description: '' })).rejects.toBeInstanceOf(NotFoundOrForbidden);
      await expect(listQuestionBanks(db.prisma, student)).rejects.toBeInstanceOf(NotFoundOrForbidden);
    }
    await expect(loadQuizEditor(db.prisma, w.teacher, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundOrForbidden);
    expect(await snapshot(quizId)).toEqual(before);
    expect(await db.prisma.quiz.count({ where: { ownerId: { in: [w.student.id, w.outsider.id] } } })).toBe(0);
  });

  it('refuses an archived quiz', async () => {
    const w = await world();
    const quizId = await scratchQuiz(w.teacher);
    await db.prisma.quiz.update({ where: { id: quizId }, data: { archivedAt: NOW } });
    await expect(loadQuizEditor(db.prisma, w.teacher, quizId)).rejects.toBeInstanceOf(NotFoundOrForbidden);
  });
});

describe('questions', () => {
  it('adds every type with its points and feedback, at the end, and reads them back as the form had them', async () => {
    const w = await world();
    const quizId = await scratchQuiz(w.teacher);
    for (const [index, question] of EVERY_TYPE.entries()) {
      const feedback =
        question.type === 'single' ? { general: 'Astana since 1997.', choices: [{ text: 'Yes.' }, { text: 'The old capital.' }] } : { general: `Note ${index}`, choices: [] };
      await addQuizQuestion(db.prisma, w.teacher, { quizId, question, points: index + 0.5, feedback });
    }
    const model = await loadQuizEditor(db.prisma, w.teacher, quizId);
    expect(model.questions.map((item) => item.question)).toEqual(EVERY_TYPE);
    expect(model.questions.map((item) => item.points)).toEqual([0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5]);
    expect(model.questions[0]!.feedback).toEqual({ general: 'Astana since 1997.', choices: [{ text: 'Yes.' }, { text: 'The old capital.' }] });
    expect(model.questions[2]!.feedback).toEqual({ general: 'Note 2', choices: [] });
    const rows = await db.prisma.question.findMany({ where: { quizId }, orderBy: { position: 'asc' } });
    expect(rows.map((row) => [row.position, row.origin, row.deckId])).toEqual(EVERY_TYPE.map((_, index) => [index, 'TEACHER', null]));
  });

  it('stores no feedback as null', async () => {
    const w = await world();
    const quizId = await scratchQuiz(w.teacher);
    const { questionId } = await addQuizQuestion(db.prisma, w.teacher, { quizId, question: EVERY_TYPE[0]!, points: 1, feedback: { general: '', choices: [{ text: '' }, { text: '' }] } });
    expect((await db.prisma.question.findUniqueOrThrow({ where: { id: questionId } })).feedback).toBeNull();
  });

  it('edits a question in place, marking it edited, and keeps students’ answers attached to it', async () => {
    const w = await world();
    const quizId = await scratchQuiz(w.teacher);
    const { questionId } = await addQuizQuestion(db.prisma, w.teacher, { quizId, question: EVERY_TYPE[0]!, points: 1, feedback: noFeedback });
    const assignment = await db.prisma.assignment.create({ data: { classId: w.classId, kind: 'QUIZ', quizId, opensAt: NOW } });
    const attempt = await answeredAttempt(db.prisma, { assignmentId: assignment.id, studentId: w.student.id, questionId, response: { choice: 1 } });
    const fixed: QuestionInput = { type: 'single', prompt: 'Capital of Kazakhstan?', choices: [{ text: 'Astana', correct: false }, { text: 'Almaty', correct: true }] };
    await updateQuizQuestion(db.prisma, w.teacher, { questionId, question: fixed, points: 2, feedback: { general: 'Changed', choices: [] } }, NOW);
    const row = await db.prisma.question.findUniqueOrThrow({ where: { id: questionId }, include: { answers: true } });
    expect(row).toMatchObject({ editedAt: NOW, archivedAt: null, answerKey: { correct: 1 }, feedback: { general: 'Changed' } });
    expect(Number(row.points)).toBe(2);
    expect(row.answers.map((answer) => answer.attemptId)).toEqual([attempt.id]);
    expect((await loadQuizEditor(db.prisma, w.teacher, quizId)).questions[0]).toMatchObject({ answered: true, edited: true });
  });

  it('deletes a question nobody has seen, and archives one of an assigned quiz or one with answers', async () => {
    const w = await world();
    const quizId = await scratchQuiz(w.teacher);
    const add = async () => (await addQuizQuestion(db.prisma, w.teacher, { quizId, question: EVERY_TYPE[2]!, points: 1, feedback: noFeedback })).questionId;
    const unseen = await add();
    await archiveQuizQuestion(db.prisma, w.teacher, { questionId: unseen }, NOW);
    expect(await db.prisma.question.findUnique({ where: { id: unseen } })).toBeNull();

    const answered = await add();
    const assignment = await db.prisma.assignment.create({ data: { classId: w.classId, kind: 'QUIZ', quizId, opensAt: NOW } });
    await answeredAttempt(db.prisma, { assignmentId: assignment.id, studentId: w.student.id, questionId: answered, response: { answer: true } });
    await archiveQuizQuestion(db.prisma, w.teacher, { questionId: answered }, NOW);
    expect(await db.prisma.question.findUniqueOrThrow({ where: { id: answered }, include: { _count: { select: { answers: true } } } })).toMatchObject({
      archivedAt: NOW,
      _count: { answers: 1 },
    });

    await db.prisma.quiz.update({ where: { id: quizId }, data: { publishedAt: NOW } });
    const published = await add();
    await archiveQuizQuestion(db.prisma, w.teacher, { questionId: published }, NOW);
    expect(await db.prisma.question.findUniqueOrThrow({ where: { id: published } })).toMatchObject({ archivedAt: NOW });
    expect((await loadQuizEditor(db.prisma, w.teacher, quizId)).questions).toEqual([]);
    // An archived question is gone for editing too.
    await expect(updateQuizQuestion(db.prisma, w.teacher, { questionId: published, question: EVERY_TYPE[2]!, points: 1, feedback: noFeedback }, NOW)).rejects.toBeInstanceOf(
      NotFoundOrForbidden,
    );
  });
});

describe('order', () => {
  it('moves a question up or down and rewrites the positions 0, 1, 2 … in one go', async () => {
    const w = await world();
    const ids = (await loadQuizEditor(db.prisma, w.teacher, w.generatedQuizId)).questions.map((item) => item.id);
    // Leave a gap and a tie behind, as archived questions and old rows can.
    await db.prisma.question.update({ where: { id: ids[1]! }, data: { position: 0 } });
    await db.prisma.question.update({ where: { id: ids[5]! }, data: { position: 40 } });
    expect(await moveQuizQuestion(db.prisma, w.teacher, { questionId: ids[2]!, direction: 'up' })).toEqual({ ok: true });
    const positions = async () =>
      (await db.prisma.question.findMany({ where: { quizId: w.generatedQuizId }, orderBy: { position: 'asc' }, select: { id: true, position: true } })).map(
        (row) => [ids.indexOf(row.id), row.position],
      );
    expect(await positions()).toEqual([[0, 0], [2, 1], [1, 2], [3, 3], [4, 4], [5, 5]]);
    expect(await moveQuizQuestion(db.prisma, w.teacher, { questionId: ids[0]!, direction: 'down' })).toEqual({ ok: true });
    expect(await positions()).toEqual([[2, 0], [0, 1], [1, 2], [3, 3], [4, 4], [5, 5]]);
  });

  it('refuses to move past either end, changing nothing', async () => {
    const w = await world();
    const ids = (await loadQuizEditor(db.prisma, w.teacher, w.generatedQuizId)).questions.map((item) => item.id);
    const before = await snapshot(w.generatedQuizId);
    expect(await moveQuizQuestion(db.prisma, w.teacher, { questionId: ids[0]!, direction: 'up' })).toEqual({ ok: false, error: 'quizQuestion.cannotMove' });
    expect(await moveQuizQuestion(db.prisma, w.teacher, { questionId: ids.at(-1)!, direction: 'down' })).toEqual({ ok: false, error: 'quizQuestion.cannotMove' });
    expect(await snapshot(w.generatedQuizId)).toEqual(before);
  });
});

describe('several questions at once', () => {
  it('moves the ticked questions together up, down, to the top and to the bottom, with positions 0, 1, 2 …', async () => {
    const w = await world();
    const ids = (await loadQuizEditor(db.prisma, w.teacher, w.generatedQuizId)).questions.map((item) => item.id);
    const positions = async () =>
      (await db.prisma.question.findMany({ where: { quizId: w.generatedQuizId }, orderBy: { position: 'asc' }, select: { id: true, position: true } })).map(
        (row) => [ids.indexOf(row.id), row.position],
      );
    const move = (questionIds: string[], direction: 'up' | 'down' | 'top' | 'bottom') =>
      moveQuizQuestions(db.prisma, w.teacher, { quizId: w.generatedQuizId, questionIds, direction });
    expect(await move([ids[3]!, ids[5]!], 'top')).toEqual({ ok: true });
    expect(await positions()).toEqual([[3, 0], [5, 1], [0, 2], [1, 3], [2, 4], [4, 5]]);
    expect(await move([ids[5]!, ids[1]!], 'up')).toEqual({ ok: true });
    expect(await positions()).toEqual([[5, 0], [3, 1], [1, 2], [0, 3], [2, 4], [4, 5]]);
    expect(await move([ids[5]!, ids[4]!], 'down')).toEqual({ ok: true });
    expect(await positions()).toEqual([[3, 0], [5, 1], [1, 2], [0, 3], [2, 4], [4, 5]]);
    expect(await move([ids[3]!], 'bottom')).toEqual({ ok: true });
    expect(await positions()).toEqual([[5, 0], [1, 1], [0, 2], [2, 3], [4, 4], [3, 5]]);
    // Nothing to do is said, and changes nothing.
    const before = await snapshot(w.generatedQuizId);
    expect(await move([ids[5]!, ids[1]!], 'top')).toEqual({ ok: false, error: 'quizQuestion.cannotMove' });
    expect(await snapshot(w.generatedQuizId)).toEqual(before);
  });

  it('removes the ticked questions in one go (deleting unseen ones, archiving answered ones) and closes up the order', async () => {
    const w = await world();
    const ids = (await loadQuizEditor(db.prisma, w.teacher, w.generatedQuizId)).questions.map((item) => item.id);
    const assignment = await db.prisma.assignment.create({ data: { classId: w.classId, kind: 'QUIZ', quizId: w.generatedQuizId, opensAt: NOW } });
    await answeredAttempt(db.prisma, { assignmentId: assignment.id, studentId: w.student.id, questionId: ids[2]!, response: { answer: true } });
    expect(await removeQuizQuestions(db.prisma, w.teacher, { quizId: w.generatedQuizId, questionIds: [ids[0]!, ids[2]!, ids[4]!] }, NOW)).toEqual({ removed: 3 });
    const rows = await db.prisma.question.findMany({ where: { quizId: w.generatedQuizId }, orderBy: { position: 'asc' } });
    expect(rows.filter((row) => row.archivedAt === null).map((row) => [ids.indexOf(row.id), row.position])).toEqual([[1, 0], [3, 1], [5, 2]]);
    expect(rows.filter((row) => row.archivedAt !== null).map((row) => ids.indexOf(row.id))).toEqual([2]);
    expect(await db.prisma.question.count({ where: { id: { in: [ids[0]!, ids[4]!] } } })).toBe(0);
    expect((await loadQuizEditor(db.prisma, w.teacher, w.generatedQuizId)).questions).toHaveLength(3);
  });

  it('refuses the whole batch when one ticked question is not a current question of this quiz, changing nothing', async () => {
    const w = await world();
    const other = await authoringWorld(db.prisma);
    const ids = (await loadQuizEditor(db.prisma, w.teacher, w.generatedQuizId)).questions.map((item) => item.id);
    const theirs = (await loadQuizEditor(db.prisma, other.teacher, other.generatedQuizId)).questions[0]!.id;
    const [banked] = await bankQuestionIds(db.prisma, w.deckId);
    const before = await snapshot(w.generatedQuizId);
    for (const stranger of [theirs, banked!, crypto.randomUUID()]) {
      await expect(removeQuizQuestions(db.prisma, w.teacher, { quizId: w.generatedQuizId, questionIds: [ids[0]!, stranger] }, NOW)).rejects.toBeInstanceOf(NotFoundOrForbidden);
      await expect(moveQuizQuestions(db.prisma, w.teacher, { quizId: w.generatedQuizId, questionIds: [ids[1]!, stranger], direction: 'top' })).rejects.toBeInstanceOf(
        NotFoundOrForbidden,
      );
    }
    expect(await snapshot(w.generatedQuizId)).toEqual(before);
    expect(await db.prisma.question.count({ where: { quizId: other.generatedQuizId } })).toBe(6);
  });
});

describe('typo tolerance', () => {
  it('is on for generated short answers and blanks, and the teacher turns it off (and on) for the whole quiz', async () => {
    const w = await world();
    const typed = async (quizId: string) =>
      (await loadQuizEditor(db.prisma, w.teacher, quizId)).questions.flatMap((item) =>
        item.question.type === 'short' || item.question.type === 'cloze' ? [[item.question.type, item.question.typoTolerance]] : [],
      );
    expect(await typed(w.generatedQuizId)).toEqual([['short', true], ['cloze', true]]);
    const untouched = await db.prisma.question.findMany({ where: { quizId: w.generatedQuizId, type: { notIn: ['SHORT', 'CLOZE'] } }, orderBy: { id: 'asc' } });

    expect(await setQuizTypoTolerance(db.prisma, w.teacher, { quizId: w.generatedQuizId, typoTolerance: false })).toEqual({ changed: 2 });
    expect(await typed(w.generatedQuizId)).toEqual([['short', false], ['cloze', false]]);
    expect(await setQuizTypoTolerance(db.prisma, w.teacher, { quizId: w.generatedQuizId, typoTolerance: false })).toEqual({ changed: 0 });
    expect(await setQuizTypoTolerance(db.prisma, w.teacher, { quizId: w.generatedQuizId, typoTolerance: true })).toEqual({ changed: 2 });
    expect(await typed(w.generatedQuizId)).toEqual([['short', true], ['cloze', true]]);
    // Other types, and the accepted answers, are left as they were.
    expect(await db.prisma.question.findMany({ where: { quizId: w.generatedQuizId, type: { notIn: ['SHORT', 'CLOZE'] } }, orderBy: { id: 'asc' } })).toEqual(untouched);
    expect((await db.prisma.question.findFirstOrThrow({ where: { quizId: w.generatedQuizId, type: 'SHORT' } })).answerKey).toEqual({
      accepted: ['chlorophyll', 'chlorophylls'],
      typoTolerance: true,
    });
  });
});

describe('picking from a deck’s question bank', () => {
  it('has every generated question in the deck’s bank right after generating, and keeps those trimmed from the quiz', async () => {
    const w = await world();
    const quiz = await loadQuizEditor(db.prisma, w.teacher, w.generatedQuizId);
    const banks = await listQuestionBanks(db.prisma, w.teacher);
    expect(banks.map((bank) => [bank.deckId, bank.title])).toEqual([[w.deckId, 'Photosynthesis']]);
    expect(banks[0]!.questions.map((question) => [question.type, question.prompt])).toEqual(quiz.questions.map((item) => [item.question.type, item.question.prompt]));
    // Trimming the quiz leaves the bank whole, so a removed question can come back.
    const trimmed = quiz.questions.slice(0, 4).map((item) => item.id);
    await removeQuizQuestions(db.prisma, w.teacher, { quizId: w.generatedQuizId, questionIds: trimmed }, NOW);
    const bank = (await listQuestionBanks(db.prisma, w.teacher))[0]!.questions;
    expect(bank).toHaveLength(quiz.questions.length);
    await copyQuestionsFromBank(db.prisma, w.teacher, { quizId: w.generatedQuizId, questionIds: [bank[0]!.id] });
    expect((await loadQuizEditor(db.prisma, w.teacher, w.generatedQuizId)).questions.map((item) => item.question.prompt)).toEqual(
      [...quiz.questions.slice(4), quiz.questions[0]!].map((item) => item.question.prompt),
    );
  });

  it('lists the teacher’s banks and copies the chosen questions to the end, keeping concept and cited sentence', async () => {
    const w = await world();
    const bankIds = await bankQuestionIds(db.prisma, w.deckId);
    const banks = await listQuestionBanks(db.prisma, w.teacher);
    expect(banks).toHaveLength(1);
    expect(banks[0]!.questions.map((question) => question.id)).toEqual(bankIds);
    expect(await listQuestionBanks(db.prisma, w.otherTeacher)).toEqual([]);

    const quizId = await scratchQuiz(w.teacher);
    await addQuizQuestion(db.prisma, w.teacher, { quizId, question: EVERY_TYPE[2]!, points: 1, feedback: noFeedback });
    const { questionIds } = await copyQuestionsFromBank(db.prisma, w.teacher, { quizId, questionIds: [bankIds[3]!, bankIds[0]!] });
    const copies = await db.prisma.question.findMany({ where: { id: { in: questionIds } }, orderBy: { position: 'asc' } });
    const originals = await db.prisma.question.findMany({ where: { id: { in: [bankIds[3]!, bankIds[0]!] } } });
    const original = (id: string) => originals.find((row) => row.id === id)!;
    expect(copies.map((row) => [row.position, row.quizId, row.deckId, row.prompt, row.conceptId, row.sentenceId, row.origin])).toEqual(
      [bankIds[3]!, bankIds[0]!].map((id, index) => [index + 1, quizId, null, original(id).prompt, original(id).conceptId, original(id).sentenceId, 'GENERATED']),
    );
    expect(copies.every((row) => row.conceptId !== null && row.sentenceId !== null)).toBe(true);
    // The bank keeps its questions.
    expect(await db.prisma.question.count({ where: { deckId: w.deckId } })).toBe(bankIds.length);
    expect((await loadQuizEditor(db.prisma, w.teacher, quizId)).questions[1]!.source).toBe('Chlorophyll is the green pigment in leaves.');
  });

  it('refuses, whole, a pick with a question from another teacher’s bank or from a quiz', async () => {
    const w = await world();
    const other = await authoringWorld(db.prisma);
    const theirs = await bankQuestionIds(db.prisma, other.deckId);
    const mine = await bankQuestionIds(db.prisma, w.deckId);
    const quizId = await scratchQuiz(w.teacher);
    const { questionId: inQuiz } = await addQuizQuestion(db.prisma, w.teacher, { quizId, question: EVERY_TYPE[2]!, points: 1, feedback: noFeedback });
    const before = await snapshot(quizId);
    for (const questionIds of [[mine[0]!, theirs[0]!], [inQuiz], [crypto.randomUUID()]]) {
      await expect(copyQuestionsFromBank(db.prisma, w.teacher, { quizId, questionIds })).rejects.toBeInstanceOf(NotFoundOrForbidden);
    }
    expect(await snapshot(quizId)).toEqual(before);
  });
});

describe('preview as a student', () => {
  it('gives each question as a student sees it, without the answer key or feedback', async () => {
    const w = await world();
    const quizId = await scratchQuiz(w.teacher);
    for (const question of EVERY_TYPE) {
      await addQuizQuestion(db.prisma, w.teacher, { quizId, question, points: 2, feedback: { general: 'SECRET-FEEDBACK', choices: [] } });
    }
    const preview = await previewQuiz(db.prisma, w.teacher, quizId);
    expect(preview.questions.map((question) => question.type)).toEqual(EVERY_TYPE.map((question) => question.type));
    expect(preview.questions[0]).toMatchObject({ type: 'single', choices: ['Astana', 'Almaty'], points: 2 });
    expect(preview.questions[4]).toMatchObject({ type: 'cloze', blanks: 2 });
    expect(preview.questions[7]).toMatchObject({ type: 'numeric', unit: 'seats' });
    const text = JSON.stringify(preview);
    for (const secret of ['SECRET-FEEDBACK', 'correct', 'accepted', 'answerKey', 'the Senate', ':98', 'tolerance', '"order"', '"pairs"']) {
      expect(text, secret).not.toContain(secret);
    }
    // Ordering items are never in the correct order.
    expect(preview.questions[6]).toMatchObject({ items: ['1995', '2022', '1991'] });
  });

  it('checks an answer on the server: the score and the feedback a student would get, storing nothing', async () => {
    const w = await world();
    const quizId = await scratchQuiz(w.teacher);
    const { questionId } = await addQuizQuestion(db.prisma, w.teacher, {
      quizId,
      question: EVERY_TYPE[0]!,
      points: 2,
      feedback: { general: 'Astana since 1997.', choices: [{ text: 'Right.' }, { text: 'The old capital.' }] },
    });
    expect(await checkPreviewAnswer(db.prisma, w.teacher, { questionId, response: { choice: 1 } })).toEqual({
      ok: true,
      outcome: 'wrong',
      score: 0,
      maxScore: 2,
      feedback: 'Astana since 1997.',
      choiceFeedback: [{ choice: 1, text: 'The old capital.' }],
    });
    expect(await checkPreviewAnswer(db.prisma, w.teacher, { questionId, response: { choice: 0 } })).toMatchObject({ ok: true, outcome: 'correct', score: 2 });
    expect(await checkPreviewAnswer(db.prisma, w.teacher, { questionId, response: { choice: 7 } })).toEqual({ ok: false, fieldErrors: { response: 'response.choiceUnknown' } });
    expect(await checkPreviewAnswer(db.prisma, w.teacher, { questionId, response: { text: 'Astana' } })).toMatchObject({ ok: false });
    expect(await db.prisma.answer.count({ where: { questionId } })).toBe(0);
  });
});

describe('the editor’s schema', () => {
  it('refuses bad points and feedback that does not fit the question', () => {
    const base = { quizId: crypto.randomUUID(), question: EVERY_TYPE[2]!, feedback: noFeedback };
    const errors = (input: object) => addQuizQuestionSchema.safeParse({ ...base, ...input }).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(errors({ points: '' })).toEqual([['points', 'quizQuestion.pointsRequired']]);
    expect(errors({ points: 'two' })).toEqual([['points', 'quizQuestion.pointsInvalid']]);
    expect(errors({ points: '-1' })).toEqual([['points', 'quizQuestion.pointsInvalid']]);
    expect(errors({ points: '1001' })).toEqual([['points', 'quizQuestion.pointsTooMany']]);
    expect(errors({ points: '1,255' })).toEqual([['points', 'quizQuestion.pointsCents']]);
    expect(errors({ points: '1,25' })).toBeUndefined();
    expect(errors({ points: 1, feedback: { general: 'x'.repeat(1001), choices: [] } })).toEqual([['feedback.general', 'quizQuestion.feedbackTooLong']]);
    expect(errors({ points: 1, feedback: { general: '', choices: [{ text: 'no choices here' }] } })).toEqual([['feedback.choices', 'quizQuestion.feedbackInvalid']]);
  });
});
