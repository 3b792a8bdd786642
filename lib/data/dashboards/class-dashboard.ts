// The teacher's dashboard of one class: an overview (who was active, reviews per day, predicted retention,
// assignments with completion and grades), the student × concept grid of mastery, the concepts the class is most
// likely to have forgotten by a date, and who is at risk and why. Every figure is aggregated in the database from
// the class's roster and the cards of the decks assigned to it: a school's worth of review logs never reaches
// JavaScript. Each section is one statement; PostgreSQL runs them side by side on its pool.
import type { Actor } from '../../access/actor.ts';
import { classManagedBy, requireId, requireTeacher } from '../../access/guards.ts';
import type { Db } from '../../db/client.ts';
import { queryValue, sqlFor, type Sql } from '../../db/sql.ts';
import { countingScore, type AttemptScoring } from '../../quiz/attempt.ts';
import { localDay, startOfLocalDay } from '../../srs/study-day.ts';
import { riskReasons, type RiskReason } from '../../stats/at-risk.ts';
import { dailySeries, lastDates } from '../../stats/daily-series.ts';
import { MASTERY_THRESHOLDS } from '../../stats/mastery.ts';
import { reviewAssignmentsOfClass, type ClassReviewAssignment } from '../review-assignments.ts';
import { CLASS_SCOPE, CONCEPT_RECALL } from './concept-recall.ts';
import { recallSql } from './recall-sql.ts';

export const REVIEW_DAYS_SHOWN = 14;
const WEEK_MS = 7 * 86_400_000;

export interface DashboardClass {
  id: string;
  name: string;
  timeZone: string;
}

export interface ClassOverview {
  students: number;
  /** Students who reviewed a card of the class's decks or started one of its quizzes in the last 7 days. */
  activeThisWeek: number;
  /** The last REVIEW_DAYS_SHOWN days in the class's zone, oldest first, today last. */
  reviewsPerDay: { date: string; count: number }[];
  /** Mean predicted recall now over every card a student of the class has studied; null before any study. */
  averageRecall: number | null;
  assignments: AssignmentProgress[];
}

export type AssignmentProgress =
  | {
      kind: 'DECK';
      assignmentId: string;
      title: string;
      opensAt: Date;
      dueAt: Date | null;
      cards: number;
      /** Students who have studied every card of the deck at least once. */
      completed: number;
      /** Mean share of the deck's cards a student has studied, 0..1. */
      progress: number;
    }
  | {
      kind: 'QUIZ';
      assignmentId: string;
      title: string;
      opensAt: Date;
      dueAt: Date | null;
      /** Students with a submitted attempt. */
      completed: number;
      /** Mean of the grades that count (per the assignment's scoring), as shares 0..1; null before any submission. */
      averageGrade: number | null;
    }
  | {
      kind: 'REVIEW';
      assignmentId: string;
      /** The concepts to review, by name. */
      terms: string[];
      opensAt: Date;
      dueAt: Date | null;
      cards: number;
      /** Students with no card of it left to review. */
      completed: number;
      /** Mean share of its cards a student has reviewed since it opened, 0..1. */
      progress: number;
    };

export interface GridConcept {
  id: string;
  term: string;
  /** Mean over the students who have studied it; null if nobody has. */
  classRecall: number | null;
}

export interface MasteryGrid {
  concepts: GridConcept[];
  students: { id: string; name: string; email: string }[];
  /** recall[s][c]: mean predicted recall now of student s on concept c's studied cards; null when none studied. */
  recall: (number | null)[][];
}

export interface ForgettingConcept {
  id: string;
  term: string;
  /** The class's mean predicted recall on the date, over students who have studied the concept. */
  recall: number;
  /** Students who have studied it, and those of them predicted below MASTERY_THRESHOLDS.weak on the date. */
  studied: number;
  below: number;
}

export interface AtRiskStudent {
  id: string;
  name: string;
  overdueCards: number;
  lastActiveAt: Date | null;
  reasons: RiskReason[];
}

export interface ClassDashboard {
  klass: DashboardClass;
  overview: ClassOverview;
  grid: MasteryGrid;
  forgetting: { on: Date; concepts: ForgettingConcept[] };
  atRisk: AtRiskStudent[];
}

/** The class, if the actor teaches it; NotFoundOrForbidden otherwise (a student, another teacher, a bad id). */
export async function dashboardClass(db: Db, actor: Actor, classId: string): Promise<DashboardClass> {
  requireTeacher(actor);
  requireId(classId, 'class');
  const klass = await classManagedBy(db, actor, classId);
  return { id: klass.id, name: klass.name, timeZone: klass.timeZone };
}

/** Everything the class dashboard shows; `forgetBy` is the date the forgetting list predicts for. */
export async function classDashboard(db: Db, actor: Actor, classId: string, now: Date, forgetBy: Date): Promise<ClassDashboard> {
  const klass = await dashboardClass(db, actor, classId);
  const sql = sqlFor(db);
  const [figures, quizzes, reviews, { grid, forgetting }, risk] = await Promise.all([
    overviewFigures(sql, klass, now),
    quizSubmissions(sql, klass),
    reviewAssignmentsOfClass(db, klass.id, now),
    gridAndForgetting(sql, klass, now, forgetBy),
    riskFigures(sql, klass, now),
  ]);
  const overview = { ...figures, assignments: [...figures.decks, ...quizzes.map(quizProgress), ...reviews.map(reviewProgress)] };
  return { klass, overview, grid, forgetting: { on: forgetBy, concepts: forgetting }, atRisk: atRiskStudents(risk, quizzes, now) };
}

interface OverviewJson {
  students: number;
  active: number;
  averageRecall: number | null;
  days: { date: string; count: number }[];
  decks: { id: string; title: string; opensAt: string; dueAt: string | null; cards: number; completed: number; progress: number | null }[];
}

/** The overview's figures; its quiz assignments come from quizSubmissions. */
export async function overviewFigures(sql: Sql, klass: DashboardClass, now: Date): Promise<Omit<ClassOverview, 'assignments'> & { decks: AssignmentProgress[] }> {
  const today = localDay(now, klass.timeZone);
  const since = startOfLocalDay(lastDates(today, REVIEW_DAYS_SHOWN)[0]!, klass.timeZone);
  const json = await queryValue<OverviewJson>(
    sql,
    `WITH ${CLASS_SCOPE},
      deck_cards AS (SELECT c."deckId", count(*) AS "cards" FROM class_cards c GROUP BY 1),
      studied AS (SELECT m."deckId", m."studentId", count(*) AS "cards" FROM memories m WHERE m."state" <> 'NEW' GROUP BY 1, 2),
      deck_progress AS (
        SELECT d."deckId", d."cards", count(s."studentId") FILTER (WHERE s."cards" = d."cards") AS "completed",
          coalesce(sum(s."cards"), 0)::float8 / nullif(d."cards" * (SELECT count(*) FROM roster), 0) AS "progress"
        FROM deck_cards d LEFT JOIN studied s ON s."deckId" = d."deckId"
        GROUP BY d."deckId", d."cards")
    SELECT json_build_object(
      'students', (SELECT count(*) FROM roster),
      'active', (
        SELECT count(*) FROM roster r
        WHERE EXISTS (
            SELECT 1 FROM "ReviewLog" l
            WHERE l."studentId" = r."studentId" AND l."reviewedAt" >= $4::timestamptz AND l."undoneAt" IS NULL
              AND l."deckId" IN (SELECT "deckId" FROM class_decks))
          OR EXISTS (
            SELECT 1 FROM "Attempt" t JOIN "Assignment" a ON a."id" = t."assignmentId"
            WHERE t."studentId" = r."studentId" AND a."classId" = $1::text::uuid AND t."startedAt" >= $4::timestamptz)),
      'averageRecall', (SELECT avg(${recallSql('m', '$2::timestamptz', 'm."decay"', 'm."factor"')}) FROM memories m WHERE m."state" <> 'NEW'),
      'days', (
        SELECT coalesce(json_agg(json_build_object('date', to_char(d."day", 'YYYY-MM-DD'), 'count', d."count")), '[]'::json)
        FROM (
          SELECT (l."reviewedAt" AT TIME ZONE $3::text)::date AS "day", count(*) AS "count"
          FROM roster r JOIN "ReviewLog" l ON l."studentId" = r."studentId"
          WHERE l."reviewedAt" >= $5::timestamptz AND l."reviewedAt" <= $2::timestamptz AND l."undoneAt" IS NULL
            AND l."deckId" IN (SELECT "deckId" FROM class_decks)
          GROUP BY 1) d),
      'decks', (
        SELECT coalesce(json_agg(json_build_object(
          'id', a."id", 'title', k."title", 'opensAt', a."opensAt", 'dueAt', a."dueAt", 'cards', p."cards",
          'completed', p."completed", 'progress', p."progress") ORDER BY a."dueAt" NULLS LAST, a."opensAt"), '[]'::json)
        FROM "Assignment" a JOIN "Deck" k ON k."id" = a."deckId" JOIN deck_progress p ON p."deckId" = a."deckId"
        WHERE a."classId" = $1::text::uuid AND a."kind" = 'DECK')
    ) AS "value"`,
    [klass.id, now.toISOString(), klass.timeZone, new Date(now.getTime() - WEEK_MS).toISOString(), since.toISOString()],
    'dashboard-overview',
  );
  const decks: AssignmentProgress[] = json.decks.map((deck) => ({
    kind: 'DECK',
    assignmentId: deck.id,
    title: deck.title,
    opensAt: new Date(deck.opensAt),
    dueAt: deck.dueAt === null ? null : new Date(deck.dueAt),
    cards: Number(deck.cards),
    completed: Number(deck.completed),
    progress: deck.progress ?? 0,
  }));
  return {
    students: Number(json.students),
    activeThisWeek: Number(json.active),
    reviewsPerDay: dailySeries(today, REVIEW_DAYS_SHOWN, json.days.map((day) => ({ date: day.date, count: Number(day.count) }))),
    averageRecall: json.averageRecall,
    decks,
  };
}

interface QuizJson {
  id: string;
  title: string;
  opensAt: string;
  dueAt: string | null;
  scoring: AttemptScoring;
  students: { studentId: string; submittedAt: string; attempts: { number: number; score: string | number; maxScore: string | number }[] }[];
}

export interface QuizSubmissions {
  id: string;
  title: string;
  opensAt: Date;
  dueAt: Date | null;
  /** Enrolled students with a graded submission, and the grade that counts for each (the assignment's scoring). */
  grades: { studentId: string; submittedAt: Date; score: number; maxScore: number; share: number }[];
}

/** $1 class id: each quiz assignment with, per enrolled student who submitted, their graded attempts. */
const QUIZ_ATTEMPTS = `
  SELECT coalesce(json_agg(json_build_object(
    'id', a."id", 'title', q."title", 'opensAt', a."opensAt", 'dueAt', a."dueAt", 'scoring', a."scoring",
    'students', (
      SELECT coalesce(json_agg(json_build_object('studentId', s."studentId", 'submittedAt', s."submittedAt", 'attempts', s."attempts")), '[]'::json)
      FROM (
        SELECT t."studentId", max(t."submittedAt") AS "submittedAt",
          json_agg(json_build_object('number', t."number", 'score', t."score", 'maxScore', t."maxScore")) AS "attempts"
        FROM "Attempt" t JOIN "Enrollment" e ON e."studentId" = t."studentId" AND e."classId" = a."classId"
        WHERE t."assignmentId" = a."id" AND t."status" = 'SUBMITTED' AND t."score" IS NOT NULL
        GROUP BY t."studentId") s)
  ) ORDER BY a."dueAt" NULLS LAST, a."opensAt"), '[]'::json) AS "value"
  FROM "Assignment" a JOIN "Quiz" q ON q."id" = a."quizId"
  WHERE a."classId" = $1::text::uuid AND a."kind" = 'QUIZ'`;

/** The class's quiz assignments with the grade that counts for each student who submitted (one statement). */
export async function quizSubmissions(sql: Sql, klass: DashboardClass): Promise<QuizSubmissions[]> {
  const quizzes = await queryValue<QuizJson[]>(sql, QUIZ_ATTEMPTS, [klass.id], 'dashboard-quiz-attempts');
  return quizzes.map((quiz) => ({
    id: quiz.id,
    title: quiz.title,
    opensAt: new Date(quiz.opensAt),
    dueAt: quiz.dueAt === null ? null : new Date(quiz.dueAt),
    grades: quiz.students.flatMap((student) => {
      const counted = countingScore(
        student.attempts.map((attempt) => ({ number: attempt.number, score: Number(attempt.score), maxScore: Number(attempt.maxScore) })),
        quiz.scoring,
      );
      if (!counted || counted.maxScore <= 0) return [];
      const { score, maxScore } = counted;
      return [{ studentId: student.studentId, submittedAt: new Date(student.submittedAt), score, maxScore, share: score / maxScore }];
    }),
  }));
}

function reviewProgress(review: ClassReviewAssignment): AssignmentProgress {
  const shares = review.progress.map((student) => (review.cards === 0 ? 1 : (review.cards - student.cardsLeft) / review.cards));
  return {
    kind: 'REVIEW',
    assignmentId: review.id,
    terms: review.concepts.map((concept) => concept.term),
    opensAt: review.opensAt,
    dueAt: review.dueAt,
    cards: review.cards,
    completed: review.completed,
    progress: shares.length === 0 ? 0 : shares.reduce((sum, share) => sum + share, 0) / shares.length,
  };
}

function quizProgress(quiz: QuizSubmissions): AssignmentProgress {
  const shares = quiz.grades.map((grade) => grade.share);
  return {
    kind: 'QUIZ',
    assignmentId: quiz.id,
    title: quiz.title,
    opensAt: quiz.opensAt,
    dueAt: quiz.dueAt,
    completed: quiz.grades.length,
    averageGrade: shares.length === 0 ? null : shares.reduce((sum, share) => sum + share, 0) / shares.length,
  };
}

interface GridJson {
  concepts: { id: string; term: string; recall: number | null }[];
  /** In the concepts' order, a recall or null per concept. */
  students: { id: string; name: string; email: string; recall: (number | null)[] }[];
  forgetting: { id: string; term: string; recall: number; studied: number; below: number }[];
}

/**
 * The student × concept grid now, and the concepts least likely to be remembered on `on`, from one pass over the
 * class's memories (each memory's recall now and on the date, by CONCEPT_RECALL, as the class page's list). Students by name, concepts in the order their
 * cards come in the decks. Each student's row comes back as one array in the concepts' order (8,750 numbers for
 * 35 students × 250 concepts), not as a JSON object per cell, which took longer to build and parse than to compute.
 */
export async function gridAndForgetting(sql: Sql, klass: DashboardClass, now: Date, on: Date): Promise<{ grid: MasteryGrid; forgetting: ForgettingConcept[] }> {
  const json = await queryValue<GridJson>(
    sql,
    `WITH ${CLASS_SCOPE}, ${CONCEPT_RECALL},
      -- Every student × concept pair once, hash-joined to the cells: a row of recalls per student.
      grid_rows AS (
        SELECT r."studentId", json_agg(c."recall" ORDER BY x."column") AS "recall"
        FROM roster r CROSS JOIN concepts x LEFT JOIN cells c ON c."studentId" = r."studentId" AND c."conceptId" = x."id"
        GROUP BY r."studentId")
    SELECT json_build_object(
      'concepts', (SELECT coalesce(json_agg(json_build_object('id', x."id", 'term', x."term", 'recall', x."recall") ORDER BY x."column"), '[]'::json) FROM concepts x),
      'students', (
        SELECT coalesce(json_agg(json_build_object('id', u."id", 'name', u."name", 'email', u."email", 'recall', g."recall") ORDER BY u."name", u."email"), '[]'::json)
        FROM grid_rows g JOIN "User" u ON u."id" = g."studentId"),
      'forgetting', (
        SELECT coalesce(json_agg(json_build_object('id', x."id", 'term', x."term", 'recall', x."recallOn", 'studied', x."studied", 'below', x."below")
          ORDER BY x."recallOn", x."term"), '[]'::json)
        FROM concepts x WHERE x."studied" > 0)
    ) AS "value"`,
    [klass.id, now.toISOString(), on.toISOString(), MASTERY_THRESHOLDS.weak],
    'dashboard-grid-forgetting',
  );
  return {
    grid: {
      students: json.students.map(({ id, name, email }) => ({ id, name, email })),
      concepts: json.concepts.map((concept) => ({ id: concept.id, term: concept.term, classRecall: concept.recall })),
      recall: json.students.map((student) => student.recall),
    },
    forgetting: json.forgetting.map((row) => ({ ...row, studied: Number(row.studied), below: Number(row.below) })),
  };
}

/** The student × concept grid now (gridAndForgetting without the forecast). */
export async function masteryGrid(sql: Sql, klass: DashboardClass, now: Date): Promise<MasteryGrid> {
  return (await gridAndForgetting(sql, klass, now, now)).grid;
}

export interface RiskJson {
  id: string;
  name: string;
  joinedAt: string;
  overdue: number;
  lastReview: string | null;
  lastAttempt: string | null;
}

/** Per roster student: overdue cards of the class's decks, and their last review of those and last quiz start in the class. */
export async function riskFigures(sql: Sql, klass: DashboardClass, now: Date): Promise<RiskJson[]> {
  return queryValue<RiskJson[]>(
    sql,
    `WITH ${CLASS_SCOPE},
      overdue AS (SELECT m."studentId", count(*) AS "cards" FROM memories m WHERE m."state" <> 'NEW' AND m."due" < $2::timestamptz GROUP BY 1)
    SELECT coalesce(json_agg(json_build_object(
      'id', u."id", 'name', u."name", 'joinedAt', r."joinedAt",
      'overdue', coalesce(o."cards", 0),
      'lastReview', (
        -- Backwards through the index on (studentId, reviewedAt), stopping at the first review of a class deck.
        SELECT l."reviewedAt" FROM "ReviewLog" l
        WHERE l."studentId" = r."studentId" AND l."undoneAt" IS NULL AND l."deckId" IN (SELECT "deckId" FROM class_decks)
        ORDER BY l."reviewedAt" DESC LIMIT 1),
      'lastAttempt', (
        SELECT max(t."startedAt") FROM "Attempt" t JOIN "Assignment" a ON a."id" = t."assignmentId"
        WHERE t."studentId" = r."studentId" AND a."classId" = $1::text::uuid)
    ) ORDER BY u."name"), '[]'::json) AS "value"
    FROM roster r JOIN "User" u ON u."id" = r."studentId" LEFT JOIN overdue o ON o."studentId" = r."studentId"`,
    [klass.id, now.toISOString()],
    'dashboard-risk',
  );
}

/** Students at risk now, most reasons first, then by name; each with the figures behind the reasons. */
export function atRiskStudents(students: readonly RiskJson[], quizzes: readonly QuizSubmissions[], now: Date): AtRiskStudent[] {
  const grades = new Map<string, { at: Date; share: number }[]>();
  for (const quiz of quizzes) {
    for (const grade of quiz.grades) grades.set(grade.studentId, [...(grades.get(grade.studentId) ?? []), { at: grade.submittedAt, share: grade.share }]);
  }
  const at = (value: string | null) => (value === null ? null : new Date(value));
  return students
    .map((student) => {
      const lastActive = [at(student.lastReview), at(student.lastAttempt)].filter((date): date is Date => date !== null);
      const lastActiveAt = lastActive.length === 0 ? null : new Date(Math.max(...lastActive.map((date) => date.getTime())));
      const overdueCards = Number(student.overdue);
      const history = (grades.get(student.id) ?? []).sort((a, b) => a.at.getTime() - b.at.getTime());
      const reasons = riskReasons({ overdueCards, lastActiveAt, joinedAt: new Date(student.joinedAt), grades: history }, now);
      return { id: student.id, name: student.name, overdueCards, lastActiveAt, reasons };
    })
    .filter((student) => student.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length);
}
