// Assignments as students see them on their home page. Publishing a draft creates them (lib/data/drafts.ts); a
// review of concepts comes from the teacher's dashboard (lib/data/review-assignments.ts).
import type { Db } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { requireStudent } from '../access/guards.ts';
import { conceptTerms, reviewProgressForStudent } from './review-assignments.ts';

export interface DueItem {
  id: string;
  classId: string;
  className: string;
  title: string;
  kind: 'DECK' | 'QUIZ' | 'REVIEW';
  /** The deck to open, for a deck assignment; a quiz assignment opens at /assignments/<id>, a review at /study?review=<id>. */
  deckId: string | null;
  dueAt: Date | null;
  /** For a review: the terms of its concepts (its title is made of them), its cards and those the student has left. */
  review: { terms: string[]; cards: number; cardsLeft: number } | null;
}

/**
 * Open assignments in the student's current classes, soonest due first (no due date last): published decks and
 * published quizzes, neither archived, and reviews of concepts (done ones too, until they are due).
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
            { kind: 'REVIEW' },
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
      conceptIds: true,
      deck: { select: { title: true } },
      quiz: { select: { title: true } },
    },
  });
  const reviews = assignments.filter((assignment) => assignment.kind === 'REVIEW');
  const [progress, terms] = await Promise.all([
    reviewProgressForStudent(db, actor.id, reviews.map((review) => review.id), now),
    conceptTerms(db, [...new Set(reviews.flatMap((review) => review.conceptIds))]),
  ]);
  const termOf = new Map(terms.map((concept) => [concept.id, concept.term]));
  return assignments.map((assignment) => ({
    id: assignment.id,
    classId: assignment.class.id,
    className: assignment.class.name,
    title: assignment.deck?.title ?? assignment.quiz?.title ?? '',
    kind: assignment.kind,
    deckId: assignment.deckId,
    dueAt: assignment.dueAt,
    review:
      assignment.kind === 'REVIEW'
        ? { terms: assignment.conceptIds.flatMap((id) => termOf.get(id) ?? []), cards: 0, cardsLeft: 0, ...progress.get(assignment.id) }
        : null,
  }));
}
