// Review assignments (issue 8): a teacher asks a class to review some concepts of its decks by a day of their
// choosing, in one click from the list of what the class is about to forget. A student has done it when every
// card of those concepts has a review of theirs since the assignment opened; reviewing early is fine for FSRS.
// The study queue behind /study?review=<id> is lib/data/study-queue.ts's; the counts here are SQL aggregates.
import type { Db } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { sqlFor } from '../db/sql.ts';
import type { Actor } from '../access/actor.ts';
import { classManagedBy, requireId } from '../access/guards.ts';
import { DEFAULT_TIME_ZONE } from '../i18n/locales.ts';
import { endOfLocalDay, localDay, startOfLocalDay } from '../srs/study-day.ts';
import { isWithinReach } from '../validation/date-bounds.ts';
import { assignConceptReviewSchema } from '../validation/review-assignments.ts';
import { failure, fieldErrorsOf, success, type ActionResult } from '../validation/result.ts';
import { conceptRecallOn, type ConceptRecall } from './dashboards/concept-recall.ts';
import { canonicalTimeZone } from './time-zone.ts';
import { inTransaction } from './transaction.ts';

const zoneOf = (klass: { timeZone: string }) => canonicalTimeZone(klass.timeZone) ?? DEFAULT_TIME_ZONE;

/**
 * The cards a review of these concepts in this class covers: not archived, in a published deck (not archived)
 * assigned to the class and open. The same rule as reviewCardsSql below, for Prisma.
 */
export function reviewCardsWhere(classId: string, conceptIds: readonly string[], now: Date): Prisma.CardWhereInput {
  return {
    conceptId: { in: [...conceptIds] },
    archivedAt: null,
    deck: { publishedAt: { not: null }, archivedAt: null, assignments: { some: { classId, kind: 'DECK', opensAt: { lte: now } } } },
  };
}

/** SQL: the ids of the cards (as rows of "id") the review assignment aliased `a` covers at `at`; see reviewCardsWhere. */
function reviewCardsSql(a: string, at: string): string {
  return `SELECT c."id" FROM "Card" c
    JOIN "Deck" d ON d."id" = c."deckId" AND d."publishedAt" IS NOT NULL AND d."archivedAt" IS NULL
    WHERE c."conceptId" = ANY (${a}."conceptIds") AND c."archivedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "Assignment" da
        WHERE da."classId" = ${a}."classId" AND da."kind" = 'DECK' AND da."deckId" = d."id" AND da."opensAt" <= ${at})`;
}

/** SQL: whether the student `studentId` reviewed the card `cardId` (not undone) since the assignment `a` opened. */
function reviewedSinceSql(a: string, studentId: string, cardId: string): string {
  return `EXISTS (SELECT 1 FROM "ReviewLog" l
    WHERE l."studentId" = ${studentId} AND l."cardId" = ${cardId} AND l."undoneAt" IS NULL AND l."reviewedAt" >= ${a}."opensAt")`;
}

/**
 * Assigns the class a review of the chosen concepts, due at the end of `dueOn` in the class's zone, open from now.
 * Only the class's teacher may (anyone else: NotFoundOrForbidden); each concept must have a card in a deck of the
 * class (see reviewCardsWhere), or nothing is stored and the concepts field says so.
 */
export async function assignConceptReview(db: Db, actor: Actor, input: unknown, now: Date): Promise<ActionResult<{ assignmentId: string }>> {
  const parsed = assignConceptReviewSchema.safeParse(input);
  if (!parsed.success) return failure(fieldErrorsOf(parsed.error));
  const { classId, conceptIds, dueOn } = parsed.data;
  return inTransaction(db, async (tx) => {
    const klass = await classManagedBy(tx, actor, classId);
    if (klass.archivedAt !== null) return failure({}, 'classArchived');
    const zone = zoneOf(klass);
    if (dueOn < localDay(now, zone)) return failure({ dueOn: 'dueOnPast' });
    if (!isWithinReach(dueOn, localDay(now, zone))) return failure({ dueOn: 'dueOnTooFar' });
    const covered = await tx.concept.count({ where: { id: { in: conceptIds }, cards: { some: reviewCardsWhere(classId, conceptIds, now) } } });
    if (covered !== conceptIds.length) return failure({ conceptIds: 'conceptNotInClass' });
    // The last millisecond of the day, so the due time reads as that day (23:59), not as the next midnight.
    const dueAt = new Date(endOfLocalDay(startOfLocalDay(dueOn, zone), zone).getTime() - 1);
    const assignment = await tx.assignment.create({
      data: { classId, kind: 'REVIEW', conceptIds, opensAt: now, dueAt },
      select: { id: true },
    });
    return success({ assignmentId: assignment.id });
  });
}

/** The due day a review form first offers: a week from today in the class's zone (YYYY-MM-DD). */
export function defaultReviewDueOn(now: Date, timeZone: string): string {
  return localDay(new Date(now.getTime() + 7 * 86_400_000), canonicalTimeZone(timeZone) ?? DEFAULT_TIME_ZONE);
}

/** The terms of the concepts, in the order of the ids (an id of a concept since deleted is left out). */
export async function conceptTerms(db: Pick<Db, 'concept'>, conceptIds: readonly string[]): Promise<{ id: string; term: string }[]> {
  const concepts = await db.concept.findMany({ where: { id: { in: [...conceptIds] } }, select: { id: true, term: true } });
  const byId = new Map(concepts.map((concept) => [concept.id, concept]));
  return conceptIds.flatMap((id) => byId.get(id) ?? []);
}

export interface ClassReviewAssignment {
  id: string;
  opensAt: Date;
  dueAt: Date;
  concepts: { id: string; term: string }[];
  /** The cards the review covers now. */
  cards: number;
  /** Enrolled students, and those of them with no card left. */
  students: number;
  completed: number;
  /** Each enrolled student's cards not yet reviewed since the assignment opened, by name. */
  progress: { studentId: string; name: string; cardsLeft: number }[];
}

interface ProgressRow {
  assignmentId: string;
  studentId: string | null;
  name: string | null;
  cards: number;
  cardsLeft: number;
}

/** The class's review assignments, soonest due first, with each enrolled student's progress: for its teacher. */
export async function listReviewAssignmentsForClass(db: Db, actor: Actor, classId: string, now: Date): Promise<ClassReviewAssignment[]> {
  requireId(classId, 'class');
  await classManagedBy(db, actor, classId);
  return reviewAssignmentsOfClass(db, classId, now);
}

/** The same, for a caller that has already checked the actor manages the class (the class dashboard). */
export async function reviewAssignmentsOfClass(db: Db, classId: string, now: Date): Promise<ClassReviewAssignment[]> {
  const assignments = await db.assignment.findMany({
    where: { classId, kind: 'REVIEW' },
    orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, opensAt: true, dueAt: true, conceptIds: true },
  });
  if (assignments.length === 0) return [];
  // One row per assignment and enrolled student (one with no student when nobody is enrolled).
  const rows = await sqlFor(db).query<ProgressRow>(
    `SELECT a."id"::text AS "assignmentId", e."studentId"::text AS "studentId", u."name",
       count(rc."id")::int AS "cards",
       (count(rc."id") FILTER (WHERE NOT ${reviewedSinceSql('a', 'e."studentId"', 'rc."id"')}))::int AS "cardsLeft"
     FROM "Assignment" a
     LEFT JOIN "Enrollment" e ON e."classId" = a."classId"
     LEFT JOIN "User" u ON u."id" = e."studentId"
     LEFT JOIN LATERAL (${reviewCardsSql('a', '$2::text::timestamptz')}) rc ON true
     WHERE a."classId" = $1::text::uuid AND a."kind" = 'REVIEW'
     GROUP BY a."id", e."studentId", u."name"
     ORDER BY u."name", e."studentId"`,
    [classId, now.toISOString()],
  );
  const terms = new Map((await conceptTerms(db, [...new Set(assignments.flatMap((a) => a.conceptIds))])).map((c) => [c.id, c]));
  return assignments.map((assignment) => {
    const mine = rows.filter((row) => row.assignmentId === assignment.id);
    const progress = mine.flatMap((row) => (row.studentId ? [{ studentId: row.studentId, name: row.name ?? '', cardsLeft: row.cardsLeft }] : []));
    return {
      id: assignment.id,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt!,
      concepts: assignment.conceptIds.flatMap((id) => terms.get(id) ?? []),
      cards: mine[0]?.cards ?? 0,
      students: progress.length,
      completed: progress.filter((student) => student.cardsLeft === 0).length,
      progress,
    };
  });
}

/** For the student's home: how many cards each of these review assignments covers, and how many they have left. */
export async function reviewProgressForStudent(
  db: Db,
  studentId: string,
  assignmentIds: readonly string[],
  now: Date,
): Promise<Map<string, { cards: number; cardsLeft: number }>> {
  if (assignmentIds.length === 0) return new Map();
  const rows = await sqlFor(db).query<{ assignmentId: string; cards: number; cardsLeft: number }>(
    `SELECT a."id"::text AS "assignmentId", count(rc."id")::int AS "cards",
       (count(rc."id") FILTER (WHERE NOT ${reviewedSinceSql('a', '$1::text::uuid', 'rc."id"')}))::int AS "cardsLeft"
     FROM "Assignment" a
     LEFT JOIN LATERAL (${reviewCardsSql('a', '$3::text::timestamptz')}) rc ON true
     WHERE a."id" = ANY ($2::text[]::uuid[]) AND a."kind" = 'REVIEW'
     GROUP BY a."id"`,
    [studentId, [...assignmentIds], now.toISOString()],
  );
  return new Map(rows.map(({ assignmentId, cards, cardsLeft }) => [assignmentId, { cards, cardsLeft }]));
}

export type { ConceptRecall } from './dashboards/concept-recall.ts';

/**
 * The concepts of the class's decks the class is least likely to recall now, lowest first, then those nobody has
 * studied yet: for the class page's "Assign a review". The same numbers as the dashboard's "Likely to be forgotten"
 * for today (one computation, lib/data/dashboards/concept-recall.ts).
 */
export async function conceptsByClassRecall(db: Db, actor: Actor, classId: string, now: Date, limit: number): Promise<ConceptRecall[]> {
  requireId(classId, 'class');
  await classManagedBy(db, actor, classId);
  return conceptRecallOn(sqlFor(db), classId, now, now, limit);
}
