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
 * A quiz's answer key (correct choices, accepted answers, pairs) is for its teacher only. Students get no
 * quiz at all until quiz-taking exists; then the results policy decides when they see answers.
 */
export function canSeeAnswerKey(actor: Actor, quiz: OwnedFacts): boolean {
  return canEditOwned(actor, quiz);
}
