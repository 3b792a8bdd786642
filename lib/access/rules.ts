// The access rules, pure: who may do what to a class. lib/access/guards.ts applies them to database rows.
import type { Actor } from './actor.ts';

export interface ClassFacts {
  teacherId: string;
  archivedAt: Date | null;
}

/** Only the teacher who owns a class manages it: renames, archives, sees the roster, removes students. */
export function canManageClass(actor: Actor, klass: ClassFacts): boolean {
  return actor.role === 'TEACHER' && klass.teacherId === actor.id;
}

/** A student sees a class they are enrolled in while it is not archived; its teacher always does. */
export function canSeeClass(actor: Actor, klass: ClassFacts, enrolled: boolean): boolean {
  if (canManageClass(actor, klass)) return true;
  return actor.role === 'STUDENT' && enrolled && klass.archivedAt === null;
}

/** Students join classes; teachers own them. An archived class takes nobody new. */
export function canJoinClass(actor: Actor, klass: ClassFacts): boolean {
  return actor.role === 'STUDENT' && klass.archivedAt === null;
}

export function isTeacher(actor: Actor): boolean {
  return actor.role === 'TEACHER';
}

export function isStudent(actor: Actor): boolean {
  return actor.role === 'STUDENT';
}

export interface OwnedFacts {
  ownerId: string;
}

/**
 * Documents, decks and quizzes, with their cards and questions, are their teacher's alone to read while they
 * are drafts and to change at any time. Publishing shares a deck with a class; it never shares editing.
 */
export function canEditOwned(actor: Actor, thing: OwnedFacts): boolean {
  return actor.role === 'TEACHER' && thing.ownerId === actor.id;
}

/** A teacher publishes only into a class of their own that is not archived. */
export function canPublishInto(actor: Actor, klass: ClassFacts): boolean {
  return canManageClass(actor, klass) && klass.archivedAt === null;
}

export interface DeckFacts {
  publishedAt: Date | null;
  archivedAt: Date | null;
}

export interface AssignmentFacts {
  opensAt: Date;
  classArchivedAt: Date | null;
  /** Whether the actor is enrolled in the assignment's class. */
  enrolled: boolean;
}

/**
 * A student sees a deck only through an assignment: the deck is published and not archived, and it is
 * assigned, open now, to a class that is not archived and that the student is in.
 */
export function canStudyDeck(actor: Actor, deck: DeckFacts, assignments: readonly AssignmentFacts[], now: Date): boolean {
  if (actor.role !== 'STUDENT' || deck.publishedAt === null || deck.archivedAt !== null) return false;
  return assignments.some((assignment) => isOpenToStudent(assignment, now));
}

/** An assignment reaches a student while its class is current, they are in it, and it has opened. */
export function isOpenToStudent(assignment: AssignmentFacts, now: Date): boolean {
  return assignment.enrolled && assignment.classArchivedAt === null && assignment.opensAt <= now;
}

/**
 * A quiz's answer key (correct choices, accepted answers, pairs) is for its teacher only, in its editor. A student
 * sees answers only in the results of their own submitted attempt, as the assignment's results policy allows
 * (lib/quiz/results-policy.ts).
 */
export function canSeeAnswerKey(actor: Actor, quiz: OwnedFacts): boolean {
  return canEditOwned(actor, quiz);
}

export interface QuizAssignmentFacts {
  kind: 'DECK' | 'QUIZ' | 'REVIEW';
  quizPublishedAt: Date | null;
  quizArchivedAt: Date | null;
  classArchivedAt: Date | null;
  /** Whether the actor is enrolled in the assignment's class. */
  enrolled: boolean;
}

/**
 * A student takes a quiz assignment of a current class they are in, while the quiz is published and not archived.
 * Whether it is open now, and whether attempts are left, are the assignment's timing (lib/quiz/attempt-timing.ts),
 * answered with a reason rather than a 404.
 */
export function canTakeQuiz(actor: Actor, assignment: QuizAssignmentFacts): boolean {
  return (
    actor.role === 'STUDENT' &&
    assignment.kind === 'QUIZ' &&
    assignment.enrolled &&
    assignment.classArchivedAt === null &&
    assignment.quizPublishedAt !== null &&
    assignment.quizArchivedAt === null
  );
}

/** An attempt is its student's alone, and only while they could take its quiz. Teachers grade; they do not take. */
export function canUseAttempt(actor: Actor, attempt: { studentId: string }, assignment: QuizAssignmentFacts): boolean {
  return attempt.studentId === actor.id && canTakeQuiz(actor, assignment);
}
