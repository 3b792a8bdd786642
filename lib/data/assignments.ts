// Assignments as students see them on their home page. Publishing a draft creates them (lib/data/drafts.ts); a
// review of concepts comes from the teacher's dashboard (lib/data/review-assignments.ts).
import type { Db } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { classVisibleTo, requireId, requireStudent } from '../access/guards.ts';
import { countingScore } from '../quiz/attempt.ts';
import { inTime } from '../quiz/attempt-timing.ts';
import { resultsAccess } from '../quiz/results-policy.ts';
import { endOfLocalDay } from '../srs/study-day.ts';
import { conceptTerms, reviewProgressForStudent } from './review-assignments.ts';
import { studentTimeZone } from './time-zone.ts';

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

/** A deck of the class as its student sees it: how much of it waits today, how much is new, how much they know. */
export interface ClassDeckItem {
  assignmentId: string;
  deckId: string;
  title: string;
  /** Cards seen before and due before the student's day ends. */
  due: number;
  /** Cards the student has never studied. */
  fresh: number;
  /** Cards the student has studied at least once. */
  studied: number;
  cards: number;
}

export type QuizState = 'notStarted' | 'inProgress' | 'submitted';

export interface ClassQuizItem {
  assignmentId: string;
  title: string;
  dueAt: Date | null;
  state: QuizState;
  /** The score that counts, when the results policy lets the student see it now; null otherwise. */
  score: { score: number; maxScore: number } | null;
}

export interface ClassReviewItem {
  assignmentId: string;
  terms: string[];
  dueAt: Date | null;
  cards: number;
  cardsLeft: number;
}

export interface StudentClassAssignments {
  decks: ClassDeckItem[];
  quizzes: ClassQuizItem[];
  reviews: ClassReviewItem[];
}

/**
 * Everything the class assigns that is open now, with this student's state of each: published decks (cards due
 * today, new, studied), published quizzes (not started, in progress, submitted, and the score when the results
 * policy shows it), and reviews of concepts (cards left). Past due ones stay: a late quiz may still be allowed.
 * NotFoundOrForbidden unless the actor is a student of the class.
 */
export async function classAssignmentsForStudent(db: Db, actor: Actor, classId: string, now: Date): Promise<StudentClassAssignments> {
  requireStudent(actor);
  requireId(classId, 'class');
  await classVisibleTo(db, actor, classId);
  const [assignments, timeZone] = await Promise.all([
    db.assignment.findMany({
      where: {
        classId,
        opensAt: { lte: now },
        OR: [
          { kind: 'DECK', deck: { publishedAt: { not: null }, archivedAt: null } },
          { kind: 'QUIZ', quiz: { publishedAt: { not: null }, archivedAt: null } },
          { kind: 'REVIEW' },
        ],
      },
      orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { opensAt: 'asc' }],
      select: {
        id: true,
        kind: true,
        dueAt: true,
        deckId: true,
        conceptIds: true,
        scoring: true,
        resultsVisibility: true,
        deck: { select: { title: true } },
        quiz: { select: { title: true } },
        attempts: {
          where: { studentId: actor.id },
          select: { number: true, status: true, deadlineAt: true, score: true, maxScore: true },
        },
      },
    }),
    studentTimeZone(db, actor.id),
  ]);
  const deckIds = assignments.flatMap((assignment) => (assignment.kind === 'DECK' && assignment.deckId ? [assignment.deckId] : []));
  const reviews = assignments.filter((assignment) => assignment.kind === 'REVIEW');
  const endOfDay = endOfLocalDay(now, timeZone);
  const [cards, studied, due, progress, terms] = await Promise.all([
    db.card.groupBy({ by: ['deckId'], where: { deckId: { in: deckIds }, archivedAt: null }, _count: { _all: true } }),
    // A card never opened has no memory row yet (lib/data/study-queue.ts makes them lazily): it counts as new.
    db.card.groupBy({
      by: ['deckId'],
      where: { deckId: { in: deckIds }, archivedAt: null, states: { some: { studentId: actor.id, state: { not: 'NEW' } } } },
      _count: { _all: true },
    }),
    db.card.groupBy({
      by: ['deckId'],
      where: { deckId: { in: deckIds }, archivedAt: null, states: { some: { studentId: actor.id, state: { not: 'NEW' }, due: { lt: endOfDay } } } },
      _count: { _all: true },
    }),
    reviewProgressForStudent(db, actor.id, reviews.map((review) => review.id), now),
    conceptTerms(db, [...new Set(reviews.flatMap((review) => review.conceptIds))]),
  ]);
  const countOf = (rows: { deckId: string; _count: { _all: number } }[], deckId: string) => rows.find((row) => row.deckId === deckId)?._count._all ?? 0;
  const termOf = new Map(terms.map((concept) => [concept.id, concept.term]));

  const result: StudentClassAssignments = { decks: [], quizzes: [], reviews: [] };
  for (const assignment of assignments) {
    if (assignment.kind === 'DECK' && assignment.deckId) {
      const total = countOf(cards, assignment.deckId);
      const seen = countOf(studied, assignment.deckId);
      result.decks.push({
        assignmentId: assignment.id,
        deckId: assignment.deckId,
        title: assignment.deck?.title ?? '',
        due: countOf(due, assignment.deckId),
        fresh: total - seen,
        studied: seen,
        cards: total,
      });
    } else if (assignment.kind === 'QUIZ') {
      // An open attempt past its deadline is as good as submitted: the next read of it submits it.
      const open = assignment.attempts.some((attempt) => attempt.status === 'IN_PROGRESS' && inTime(attempt.deadlineAt, now));
      const submitted = assignment.attempts.filter((attempt) => attempt.status === 'SUBMITTED');
      const state: QuizState = open ? 'inProgress' : submitted.length > 0 ? 'submitted' : 'notStarted';
      const visible = submitted.length > 0 && resultsAccess(assignment.resultsVisibility, assignment.dueAt, now) !== 'pending';
      const counting = visible
        ? countingScore(
            submitted.map((attempt) => ({ number: attempt.number, score: Number(attempt.score ?? 0), maxScore: Number(attempt.maxScore ?? 0) })),
            assignment.scoring,
          )
        : null;
      result.quizzes.push({
        assignmentId: assignment.id,
        title: assignment.quiz?.title ?? '',
        dueAt: assignment.dueAt,
        state,
        score: counting ? { score: counting.score, maxScore: counting.maxScore } : null,
      });
    } else if (assignment.kind === 'REVIEW') {
      result.reviews.push({
        assignmentId: assignment.id,
        terms: assignment.conceptIds.flatMap((id) => termOf.get(id) ?? []),
        dueAt: assignment.dueAt,
        cards: 0,
        cardsLeft: 0,
        ...progress.get(assignment.id),
      });
    }
  }
  return result;
}
