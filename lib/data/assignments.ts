// Assignments as students see them on their home page. Publishing a draft creates them (lib/data/drafts.ts).
import type { Db } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { requireStudent } from '../access/guards.ts';

export interface DueItem {
  id: string;
  classId: string;
  className: string;
  title: string;
  kind: 'DECK' | 'QUIZ' | 'REVIEW';
  /** The deck to open, for a deck assignment; a quiz assignment opens at /assignments/<id>. */
  deckId: string | null;
  dueAt: Date | null;
}

/**
 * Open assignments in the student's current classes, soonest due first (no due date last): published decks and
 * published quizzes, neither archived.
 */
export async function listOpenAssignmentsForStudent(db: Db, actor: Actor, now: Date): Promise<DueItem[]> {
  requireStudent(actor);
  const assignments = await db.assignment.findMany({
    where: {
      AND: [
        {
          OR: [
            { kind: 'DECK', deck: { publishedAt: { not: null }, archivedAt: null } },
            { kind: 'QUIZ', quiz: { publishedAt: { not: null }, archivedAt: null } },
          ],
        },
        { OR: [{ dueAt: null }, { dueAt: { gte: now } }] },
      ],
      opensAt: { lte: now },
      class: { archivedAt: null, enrollments: { some: { studentId: actor.id } } },
    },
    orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { opensAt: 'asc' }],
    take: 50,
    select: {
      id: true,
      kind: true,
      dueAt: true,
      class: { select: { id: true, name: true } },
      deckId: true,
      deck: { select: { title: true } },
      quiz: { select: { title: true } },
    },
  });
  return assignments.map((assignment) => ({
    id: assignment.id,
    classId: assignment.class.id,
    className: assignment.class.name,
    title: assignment.deck?.title ?? assignment.quiz?.title ?? '',
    kind: assignment.kind,
    deckId: assignment.deckId,
    dueAt: assignment.dueAt,
  }));
}
