// Loading a class, deck, card or question for an actor, or refusing with NotFoundOrForbidden: the one place
// lib/data asks.
import type { Db } from '../db/client.ts';
import { idField } from '../validation/fields.ts';
import { NotFoundOrForbidden, type Actor } from './actor.ts';
import {
  canEditOwned,
  canManageClass,
  canPublishInto,
  canSeeAnswerKey,
  canSeeClass,
  canStudyDeck,
  canTakeQuiz,
  canUseAttempt,
  isOpenToStudent,
  isStudent,
  isTeacher,
  type QuizAssignmentFacts,
} from './rules.ts';

type Reader = Pick<Db, 'class' | 'enrollment'>;

export function requireTeacher(actor: Actor): void {
  if (!isTeacher(actor)) throw new NotFoundOrForbidden('page');
}

export function requireStudent(actor: Actor): void {
  if (!isStudent(actor)) throw new NotFoundOrForbidden('page');
}

/** The class, if the actor is its teacher. */
export async function classManagedBy(db: Reader, actor: Actor, classId: string) {
  const klass = await db.class.findUnique({ where: { id: classId } });
  if (!klass || !canManageClass(actor, klass)) throw new NotFoundOrForbidden('class');
  return klass;
}

/** The class, if the actor teaches it or is enrolled in it (and it is not archived). */
export async function classVisibleTo(db: Reader, actor: Actor, classId: string) {
  const klass = await db.class.findUnique({ where: { id: classId } });
  if (!klass) throw new NotFoundOrForbidden('class');
  const enrolled =
    actor.role === 'STUDENT' &&
    (await db.enrollment.count({ where: { classId, studentId: actor.id } })) > 0;
  if (!canSeeClass(actor, klass, enrolled)) throw new NotFoundOrForbidden('class');
  return klass;
}

type ContentReader = Pick<Db, 'deck' | 'card' | 'question' | 'assignment'>;

/** The deck (with its quiz's id), if the actor is the teacher who owns it. */
export async function deckOwnedBy(db: Pick<Db, 'deck'>, actor: Actor, deckId: string) {
  const deck = await db.deck.findUnique({ where: { id: deckId }, include: { quiz: { select: { id: true, publishedAt: true } } } });
  if (!deck || deck.archivedAt !== null || !canEditOwned(actor, deck)) throw new NotFoundOrForbidden('deck');
  return deck;
}

/** A quiz that is not archived, if the actor is the teacher who owns it. */
export async function quizOwnedBy(db: Pick<Db, 'quiz'>, actor: Actor, quizId: string) {
  const quiz = await db.quiz.findUnique({ where: { id: quizId } });
  if (!quiz || quiz.archivedAt !== null || !canEditOwned(actor, quiz)) throw new NotFoundOrForbidden('quiz');
  return quiz;
}

/** A quiz assignment whose settings the actor may change: they own its quiz (not archived) and teach its class. */
export async function quizAssignmentEditableBy(db: Pick<Db, 'assignment'>, actor: Actor, assignmentId: string) {
  requireId(assignmentId, 'assignment');
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    include: { class: true, quiz: { select: { id: true, ownerId: true, archivedAt: true } } },
  });
  const quiz = assignment?.quiz;
  if (!assignment || !quiz || quiz.archivedAt !== null || !canEditOwned(actor, quiz) || !canManageClass(actor, assignment.class)) {
    throw new NotFoundOrForbidden('assignment');
  }
  return { ...assignment, quiz };
}

/** A card still in a deck the actor owns. */
export async function cardOwnedBy(db: Pick<ContentReader, 'card'>, actor: Actor, cardId: string) {
  const card = await db.card.findUnique({ where: { id: cardId }, include: { deck: { select: { ownerId: true, publishedAt: true, archivedAt: true } } } });
  if (!card || card.archivedAt !== null || card.deck.archivedAt !== null || !canEditOwned(actor, card.deck)) throw new NotFoundOrForbidden('card');
  return card;
}

/** A question still in a quiz the actor owns (answer key included: the owner may see it). */
export async function questionOwnedBy(db: Pick<ContentReader, 'question'>, actor: Actor, questionId: string) {
  const question = await db.question.findUnique({
    where: { id: questionId },
    include: { quiz: { select: { ownerId: true, publishedAt: true, archivedAt: true } } },
  });
  const quiz = question?.quiz;
  if (!question || !quiz || question.archivedAt !== null || quiz.archivedAt !== null || !canSeeAnswerKey(actor, quiz)) {
    throw new NotFoundOrForbidden('question');
  }
  return { ...question, quiz };
}

/** A class the actor may publish into: theirs and not archived. */
export async function classForPublishing(db: Pick<Db, 'class'>, actor: Actor, classId: string) {
  const klass = await db.class.findUnique({ where: { id: classId } });
  if (!klass || !canManageClass(actor, klass)) throw new NotFoundOrForbidden('class');
  return { klass, allowed: canPublishInto(actor, klass) };
}

/** The deck, if the actor is a student it is assigned to (see canStudyDeck). */
export async function deckStudiedBy(db: Pick<ContentReader, 'deck' | 'assignment'>, actor: Actor, deckId: string, now: Date) {
  requireStudent(actor);
  const deck = await db.deck.findUnique({ where: { id: deckId } });
  if (!deck) throw new NotFoundOrForbidden('deck');
  const assignments = await db.assignment.findMany({
    where: { deckId, kind: 'DECK' },
    select: {
      opensAt: true,
      class: { select: { id: true, name: true, archivedAt: true, enrollments: { where: { studentId: actor.id }, select: { studentId: true } } } },
    },
  });
  const facts = assignments.map((assignment) => ({
    opensAt: assignment.opensAt,
    classArchivedAt: assignment.class.archivedAt,
    enrolled: assignment.class.enrollments.length > 0,
  }));
  if (!canStudyDeck(actor, deck, facts, now)) throw new NotFoundOrForbidden('deck');
  const classes = assignments
    .filter((_, index) => isOpenToStudent(facts[index]!, now))
    .map((assignment) => ({ id: assignment.class.id, name: assignment.class.name }));
  return { deck, classes };
}

/** A review assignment (of concepts) the actor, a student, studies: its class is current, they are in it, it has opened. */
export async function reviewAssignmentFor(db: Pick<Db, 'assignment'>, actor: Actor, assignmentId: string, now: Date) {
  requireStudent(actor);
  requireId(assignmentId, 'assignment');
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: {
      id: true,
      kind: true,
      classId: true,
      opensAt: true,
      dueAt: true,
      conceptIds: true,
      class: { select: { archivedAt: true, enrollments: { where: { studentId: actor.id }, select: { studentId: true } } } },
    },
  });
  const facts = assignment && { opensAt: assignment.opensAt, classArchivedAt: assignment.class.archivedAt, enrolled: assignment.class.enrollments.length > 0 };
  if (!assignment || !facts || assignment.kind !== 'REVIEW' || !isOpenToStudent(facts, now)) throw new NotFoundOrForbidden('assignment');
  return assignment;
}

// ---------------------------------------------------------------- quiz assignments and attempts

/** What the quiz-taking rules need of an assignment, for one student. */
function quizAssignmentSelect(studentId: string) {
  return {
    id: true,
    kind: true,
    classId: true,
    quizId: true,
    opensAt: true,
    dueAt: true,
    timeLimitSeconds: true,
    maxAttempts: true,
    scoring: true,
    shuffleQuestions: true,
    shuffleChoices: true,
    resultsVisibility: true,
    allowLate: true,
    quiz: { select: { title: true, publishedAt: true, archivedAt: true } },
    class: { select: { teacherId: true, archivedAt: true, quizFeedsMemory: true, enrollments: { where: { studentId }, select: { studentId: true } } } },
  } as const;
}

function quizFacts(assignment: {
  kind: 'DECK' | 'QUIZ' | 'REVIEW';
  quiz: { publishedAt: Date | null; archivedAt: Date | null } | null;
  class: { archivedAt: Date | null; enrollments: unknown[] };
}): QuizAssignmentFacts {
  return {
    kind: assignment.kind,
    quizPublishedAt: assignment.quiz?.publishedAt ?? null,
    quizArchivedAt: assignment.quiz?.archivedAt ?? null,
    classArchivedAt: assignment.class.archivedAt,
    enrolled: assignment.class.enrollments.length > 0,
  };
}

/** Ids come from URLs here: one that is not a uuid names nothing (and would make the database complain). */
export function requireId(id: string, what: string): void {
  if (!idField.safeParse(id).success) throw new NotFoundOrForbidden(what);
}

/** A quiz assignment the actor, a student, may take (open or not yet: see canTakeQuiz). */
export async function quizAssignmentFor(db: Pick<Db, 'assignment'>, actor: Actor, assignmentId: string) {
  requireStudent(actor);
  requireId(assignmentId, 'assignment');
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, select: quizAssignmentSelect(actor.id) });
  if (!assignment || !canTakeQuiz(actor, quizFacts(assignment))) throw new NotFoundOrForbidden('assignment');
  return { ...assignment, quizId: assignment.quizId! };
}

/** The actor's own attempt, with its assignment, while they may still take that quiz. */
export async function attemptOwnedBy(db: Pick<Db, 'attempt'>, actor: Actor, attemptId: string) {
  requireStudent(actor);
  requireId(attemptId, 'attempt');
  const attempt = await db.attempt.findUnique({ where: { id: attemptId }, include: { assignment: { select: quizAssignmentSelect(actor.id) } } });
  if (!attempt || !canUseAttempt(actor, attempt, quizFacts(attempt.assignment))) throw new NotFoundOrForbidden('attempt');
  return attempt;
}

/** A quiz assignment in a class the actor teaches. */
export async function quizAssignmentManagedBy(db: Pick<Db, 'assignment'>, actor: Actor, assignmentId: string) {
  requireTeacher(actor);
  requireId(assignmentId, 'assignment');
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, include: { class: true, quiz: { select: { title: true } } } });
  if (!assignment || assignment.kind !== 'QUIZ' || !canManageClass(actor, assignment.class)) throw new NotFoundOrForbidden('assignment');
  return assignment;
}

/** A student's attempt at a quiz of a class the actor teaches (which a teacher grades). */
export async function attemptManagedBy(db: Pick<Db, 'attempt'>, actor: Actor, attemptId: string) {
  requireTeacher(actor);
  requireId(attemptId, 'attempt');
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    include: { assignment: { include: { class: { select: { teacherId: true, archivedAt: true } } } } },
  });
  if (!attempt || !canManageClass(actor, attempt.assignment.class)) throw new NotFoundOrForbidden('attempt');
  return attempt;
}
