// Quiz authoring for teachers: the list of their quizzes, a quiz from scratch or one generated with a deck,
// its questions (every type, with points and feedback), their order, and questions picked from a deck's bank.
// Every function takes the actor and checks access first; writes of several rows run in one transaction.
import type { Db } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { questionOwnedBy, quizOwnedBy, requireTeacher } from '../access/guards.ts';
import { moveItem, moveItems, positionChanges, type BlockDirection, type Direction } from '../authoring/question-order.ts';
import { fromStoredQuestion, toStoredQuestion, type QuestionInput, type QuestionType } from '../validation/questions.ts';
import { fromStoredFeedback, toStoredFeedback, type QuestionFeedback, type QuizDetailsInput, type ScoredQuestionInput } from '../validation/quizzes.ts';
import { inTransaction, lockFor, type Tx } from './transaction.ts';

export interface TeacherQuizSummary {
  id: string;
  title: string;
  createdAt: Date;
  questionCount: number;
  /** Generated together with a deck from an article. */
  fromDeck: boolean;
  classes: { id: string; name: string }[];
}

/** The teacher's quizzes, newest first, with the classes they are assigned to. */
export async function listQuizzesForTeacher(db: Db, actor: Actor): Promise<TeacherQuizSummary[]> {
  requireTeacher(actor);
  const quizzes = await db.quiz.findMany({
    where: { ownerId: actor.id, archivedAt: null },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      title: true,
      createdAt: true,
      deckId: true,
      _count: { select: { questions: { where: { archivedAt: null } } } },
      assignments: { orderBy: { opensAt: 'asc' }, select: { class: { select: { id: true, name: true } } } },
    },
  });
  return quizzes.map((quiz) => ({
    id: quiz.id,
    title: quiz.title,
    createdAt: quiz.createdAt,
    questionCount: quiz._count.questions,
    fromDeck: quiz.deckId !== null,
    classes: [...new Map(quiz.assignments.map((assignment) => [assignment.class.id, assignment.class])).values()],
  }));
}

export async function createQuiz(db: Db, actor: Actor, input: QuizDetailsInput): Promise<{ quizId: string }> {
  requireTeacher(actor);
  const quiz = await db.quiz.create({ data: { ownerId: actor.id, title: input.title, description: input.description }, select: { id: true } });
  return { quizId: quiz.id };
}

export async function updateQuizDetails(db: Db, actor: Actor, input: QuizDetailsInput & { quizId: string }): Promise<void> {
  const quiz = await quizOwnedBy(db, actor, input.quizId);
  await db.quiz.update({ where: { id: quiz.id }, data: { title: input.title, description: input.description } });
}

export interface EditorQuestion {
  id: string;
  question: QuestionInput;
  points: number;
  feedback: QuestionFeedback;
  /** The sentence the question cites, for generated and bank questions. */
  source: string | null;
  generated: boolean;
  edited: boolean;
  /** Students have answered it: editing keeps their answers attached (and marks it for regrading). */
  answered: boolean;
}

export interface QuizEditorModel {
  quiz: { id: string; title: string; description: string; deckId: string | null; publishedAt: Date | null };
  questions: EditorQuestion[];
}

/** The quiz with every question and its answer key: for the owning teacher only. */
export async function loadQuizEditor(db: Db, actor: Actor, quizId: string): Promise<QuizEditorModel> {
  const quiz = await quizOwnedBy(db, actor, quizId);
  const rows = await db.question.findMany({
    where: { quizId, archivedAt: null },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    include: { sentence: { select: { text: true } }, _count: { select: { answers: true } } },
  });
  const questions = rows.flatMap((row): EditorQuestion[] => {
    const question = fromStoredQuestion(row);
    // Rows that do not fit their type's shape were not written by these forms; there is nothing to edit.
    if (!question) return [];
    return [
      {
        id: row.id,
        question,
        points: Number(row.points),
        feedback: fromStoredFeedback(row.feedback, question),
        source: row.sentence?.text ?? null,
        generated: row.origin === 'GENERATED',
        edited: row.editedAt !== null,
        answered: row._count.answers > 0,
      },
    ];
  });
  return {
    quiz: { id: quiz.id, title: quiz.title, description: quiz.description, deckId: quiz.deckId, publishedAt: quiz.publishedAt },
    questions,
  };
}

function scoredColumns(input: ScoredQuestionInput) {
  const stored = toStoredQuestion(input.question);
  const feedback = toStoredFeedback(input.feedback);
  return {
    type: stored.type,
    prompt: stored.prompt,
    payload: stored.payload as Prisma.InputJsonObject,
    answerKey: stored.answerKey as Prisma.InputJsonObject,
    feedback: feedback ?? Prisma.DbNull,
    points: input.points,
  };
}

export async function addQuizQuestion(db: Db, actor: Actor, input: ScoredQuestionInput & { quizId: string }): Promise<{ questionId: string }> {
  return inTransaction(db, async (tx) => {
    await lockFor(tx, `quiz-order\n${input.quizId}`);
    const quiz = await quizOwnedBy(tx, actor, input.quizId);
    const position = await nextPosition(tx, quiz.id);
    const question = await tx.question.create({ data: { quizId: quiz.id, ...scoredColumns(input), position, origin: 'TEACHER' }, select: { id: true } });
    return { questionId: question.id };
  });
}

/**
 * Changes a question in place, so the answers students gave stay attached to it; editedAt tells regrading
 * (the attempts' side) that the key may have changed.
 */
export async function updateQuizQuestion(db: Db, actor: Actor, input: ScoredQuestionInput & { questionId: string }, now: Date): Promise<void> {
  await questionOwnedBy(db, actor, input.questionId);
  await db.question.update({ where: { id: input.questionId }, data: { ...scoredColumns(input), editedAt: now } });
}

/**
 * Takes a question out of the quiz. One that students may have seen (the quiz was assigned) or answered is
 * archived, so their answers keep their question; one nobody saw is deleted.
 */
export async function archiveQuizQuestion(db: Db, actor: Actor, input: { questionId: string }, now: Date): Promise<void> {
  const question = await questionOwnedBy(db, actor, input.questionId);
  const answered = (await db.answer.count({ where: { questionId: question.id } })) > 0;
  if (question.quiz.publishedAt === null && !answered) await db.question.delete({ where: { id: question.id } });
  else await db.question.update({ where: { id: question.id }, data: { archivedAt: now } });
}

export type MoveOutcome = { ok: true } | { ok: false; error: 'quizQuestion.cannotMove' };

/** Moves a question one place up or down, rewriting the quiz's positions 0, 1, 2 … in one transaction. */
export async function moveQuizQuestion(db: Db, actor: Actor, input: { questionId: string; direction: Direction }): Promise<MoveOutcome> {
  const { quizId } = await questionOwnedBy(db, actor, input.questionId);
  // questionOwnedBy refuses a question outside a quiz (one in a bank), so quizId is set.
  return reorder(db, quizId!, (ids) => moveItem(ids, input.questionId, input.direction));
}

/**
 * Moves the chosen questions of a quiz together (lib/authoring/question-order.ts) in one transaction. A chosen
 * id that is not a current question of this quiz of the teacher's refuses the whole move.
 */
export async function moveQuizQuestions(
  db: Db,
  actor: Actor,
  input: { quizId: string; questionIds: string[]; direction: BlockDirection },
): Promise<MoveOutcome> {
  const quiz = await quizOwnedBy(db, actor, input.quizId);
  return reorder(db, quiz.id, (ids) => {
    if (input.questionIds.some((id) => !ids.includes(id))) throw new NotFoundOrForbidden('question');
    return moveItems(ids, input.questionIds, input.direction);
  });
}

async function reorder(db: Db, quizId: string, plan: (ids: string[]) => string[] | null): Promise<MoveOutcome> {
  return inTransaction(db, async (tx) => {
    // Two quick clicks queue up here, so the second moves from where the first left the questions.
    await lockFor(tx, `quiz-order\n${quizId}`);
    const rows = await tx.question.findMany({
      where: { quizId, archivedAt: null },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, position: true },
    });
    const order = plan(rows.map((row) => row.id));
    if (!order) return { ok: false, error: 'quizQuestion.cannotMove' };
    const current = new Map(rows.map((row) => [row.id, row.position]));
    for (const change of positionChanges(order, current)) {
      await tx.question.update({ where: { id: change.id }, data: { position: change.position } });
    }
    return { ok: true };
  });
}

/**
 * Takes several questions out of a quiz at once, as archiveQuizQuestion does one: all or none, in one
 * transaction. The rest close up to positions 0, 1, 2 …
 */
export async function removeQuizQuestions(db: Db, actor: Actor, input: { quizId: string; questionIds: string[] }, now: Date): Promise<{ removed: number }> {
  return inTransaction(db, async (tx) => {
    await lockFor(tx, `quiz-order\n${input.quizId}`);
    const quiz = await quizOwnedBy(tx, actor, input.quizId);
    const rows = await tx.question.findMany({
      where: { quizId: quiz.id, archivedAt: null },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, position: true, _count: { select: { answers: true } } },
    });
    const chosen = new Set(input.questionIds);
    const removed = rows.filter((row) => chosen.has(row.id));
    if (removed.length !== chosen.size) throw new NotFoundOrForbidden('question');
    const keep = (row: (typeof rows)[number]) => quiz.publishedAt !== null || row._count.answers > 0;
    await tx.question.updateMany({ where: { id: { in: removed.filter(keep).map((row) => row.id) } }, data: { archivedAt: now } });
    await tx.question.deleteMany({ where: { id: { in: removed.filter((row) => !keep(row)).map((row) => row.id) } } });
    const rest = rows.filter((row) => !chosen.has(row.id));
    for (const change of positionChanges(
      rest.map((row) => row.id),
      new Map(rest.map((row) => [row.id, row.position])),
    )) {
      await tx.question.update({ where: { id: change.id }, data: { position: change.position } });
    }
    return { removed: removed.length };
  });
}

/**
 * Turns the typo tolerance on or off for every typed answer (short answer, fill in the blanks) of a quiz at
 * once, as the same checkbox on each question would, in one transaction. Returns how many questions changed.
 */
export async function setQuizTypoTolerance(db: Db, actor: Actor, input: { quizId: string; typoTolerance: boolean }): Promise<{ changed: number }> {
  return inTransaction(db, async (tx) => {
    await lockFor(tx, `quiz-order\n${input.quizId}`);
    const quiz = await quizOwnedBy(tx, actor, input.quizId);
    const rows = await tx.question.findMany({ where: { quizId: quiz.id, archivedAt: null, type: { in: ['SHORT', 'CLOZE'] } } });
    let changed = 0;
    for (const row of rows) {
      const question = fromStoredQuestion(row);
      if (!question || (question.type !== 'short' && question.type !== 'cloze') || question.typoTolerance === input.typoTolerance) continue;
      const stored = toStoredQuestion({ ...question, typoTolerance: input.typoTolerance });
      await tx.question.update({ where: { id: row.id }, data: { answerKey: stored.answerKey as Prisma.InputJsonObject } });
      changed += 1;
    }
    return { changed };
  });
}

async function nextPosition(tx: Tx, quizId: string): Promise<number> {
  const last = await tx.question.aggregate({ where: { quizId, archivedAt: null }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

export interface BankDeck {
  deckId: string;
  title: string;
  questions: { id: string; type: QuestionType; prompt: string; source: string | null }[];
}

/** The teacher's decks that have generated questions in their bank, with those questions. */
export async function listQuestionBanks(db: Db, actor: Actor): Promise<BankDeck[]> {
  requireTeacher(actor);
  const decks = await db.deck.findMany({
    where: { ownerId: actor.id, archivedAt: null, bank: { some: { archivedAt: null } } },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      title: true,
      bank: {
        where: { archivedAt: null },
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
        select: { id: true, type: true, prompt: true, payload: true, answerKey: true, sentence: { select: { text: true } } },
      },
    },
  });
  return decks.map((deck) => ({
    deckId: deck.id,
    title: deck.title,
    questions: deck.bank.flatMap((row) => {
      const question = fromStoredQuestion(row);
      return question ? [{ id: row.id, type: question.type, prompt: question.prompt, source: row.sentence?.text ?? null }] : [];
    }),
  }));
}

/**
 * Copies questions from the banks of the teacher's decks to the end of a quiz, in the order chosen. The copies
 * keep their concept and cited sentence, so results can still show where each came from; the bank keeps its own.
 */
export async function copyQuestionsFromBank(db: Db, actor: Actor, input: { quizId: string; questionIds: string[] }): Promise<{ questionIds: string[] }> {
  return inTransaction(db, async (tx) => {
    await lockFor(tx, `quiz-order\n${input.quizId}`);
    const quiz = await quizOwnedBy(tx, actor, input.quizId);
    const rows = await tx.question.findMany({
      where: { id: { in: input.questionIds }, archivedAt: null, deck: { ownerId: actor.id, archivedAt: null } },
    });
    // One question that is not in a bank of the teacher's refuses the whole pick.
    if (rows.length !== input.questionIds.length) throw new NotFoundOrForbidden('question');
    const byId = new Map(rows.map((row) => [row.id, row]));
    const first = await nextPosition(tx, quiz.id);
    const created = await tx.question.createManyAndReturn({
      data: input.questionIds.map((id, index) => {
        const row = byId.get(id)!;
        return {
          quizId: quiz.id,
          type: row.type,
          prompt: row.prompt,
          payload: row.payload as Prisma.InputJsonObject,
          answerKey: row.answerKey as Prisma.InputJsonObject,
          feedback: row.feedback === null ? Prisma.DbNull : (row.feedback as Prisma.InputJsonObject),
          points: row.points,
          conceptId: row.conceptId,
          sentenceId: row.sentenceId,
          origin: row.origin,
          position: first + index,
        };
      }),
      select: { id: true, position: true },
    });
    return { questionIds: created.sort((a, b) => a.position - b.position).map((row) => row.id) };
  });
}
