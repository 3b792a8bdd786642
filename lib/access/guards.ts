// Loading a class for an actor, or refusing with NotFoundOrForbidden: the one place lib/data asks.
import type { Db } from '../db/client.ts';
import { NotFoundOrForbidden, type Actor } from './actor.ts';
import { canManageClass, canSeeClass, isStudent, isTeacher } from './rules.ts';

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
