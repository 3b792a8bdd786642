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
