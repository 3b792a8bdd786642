// One student's progress: what comes due, how well each concept is remembered now and on an exam date, the quiz
// grades that count, and the days studied. Asked by the student about themself (every current class of theirs) or
// by a teacher about a student of one class they teach (then only that class's decks and quizzes count). Counted in
// the database: one statement of aggregates, plus the days studied (study-activity.ts); no rows are summed here.
import { NotFoundOrForbidden, type Actor } from '../../access/actor.ts';
import { classManagedBy, requireId, requireStudent, requireTeacher } from '../../access/guards.ts';
import type { Db } from '../../db/client.ts';
import { queryValue, sqlFor } from '../../db/sql.ts';
import type { AttemptScoring } from '../../quiz/attempt.ts';
import { resultsAccess, type ResultsVisibility } from '../../quiz/results-policy.ts';
import type { StudyDay } from '../../srs/streaks.ts';
import { localDay } from '../../srs/study-day.ts';
import { likelyRemembered } from '../../stats/mastery.ts';
import { examDateSchema, type ExamDateError } from '../../validation/progress.ts';
import { fieldErrorsOf } from '../../validation/result.ts';
import { feedWaitingAttempts } from '../attempts/memory.ts';
import { studyDaysOf } from '../study-activity.ts';
import { studentTimeZone } from '../time-zone.ts';
import { curveFactorSql, recallSql, studentDecaySql } from './recall-sql.ts';

/** Days after today in the due forecast (and the default exam date when no quiz is due). */
export const FORECAST_DAYS = 14;

/** Whose progress, seen by whom: the signed-in student's own, or one student of a class the signed-in teacher teaches. */
export type ProgressScope = { kind: 'self' } | { kind: 'class'; classId: string; studentId: string };

export interface DueDay {
  /** YYYY-MM-DD in the student's zone; the first is today. */
  date: string;
  /** Cards due that day; today's include every overdue card. */
  due: number;
}

export interface ConceptProgress {
  conceptId: string;
  term: string;
  /** The concept's cards in scope, and how many of them the student has studied (reviewed at least once). */
  cards: number;
  studied: number;
  /** Mean predicted recall (0..1) of the studied cards now and at the exam; null when none is studied. */
  recallNow: number | null;
  recallAtExam: number | null;
}

export type QuizStatus = 'graded' | 'withheld' | 'notSubmitted';

export interface QuizRecord {
  assignmentId: string;
  title: string;
  className: string;
  opensAt: Date;
  dueAt: Date | null;
  /** The latest submission; null before the first. */
  submittedAt: Date | null;
  /** Submitted attempts. */
  attempts: number;
  /** 'withheld' when the results policy does not show the student their score yet (the teacher always sees it). */
  status: QuizStatus;
  /** The score that counts by the assignment's scoring (lib/quiz/attempt.ts countingScore); null unless graded. */
  score: number | null;
  maxScore: number | null;
}

export interface ExamReadiness {
  /** What the date field shows: the date asked for, as typed, or else the default date. */
  input: string;
  /** Why the date asked for was refused (a message key under Progress.errors); null when it was not. */
  error: ExamDateError | null;
  /** The date predicted for (YYYY-MM-DD): the one asked for, else the default. Recall is taken at the end of that local day. */
  date: string;
  /** Where the date comes from: asked for, the next quiz due in scope, or two weeks from today. */
  basis: 'chosen' | 'nextQuiz' | 'inTwoWeeks';
  /** For basis nextQuiz, that quiz's title. */
  quizTitle: string | null;
  /** Concepts likely to be remembered on that date (lib/stats/mastery.ts), of all concepts in scope. */
  likely: number;
  total: number;
}

export interface StudentProgress {
  student: { id: string; name: string };
  /** The class of a teacher's view; null for the student's own. */
  klass: { id: string; name: string } | null;
  /** The student's zone: days, due dates and the exam date are reckoned in it. */
  timeZone: string;
  today: string;
  /** Today and each of the next FORECAST_DAYS days. */
  forecast: DueDay[];
  /** Of today's cards, those that were due on an earlier day. */
  overdue: number;
  /** Studied concepts weakest first (by recall now), then those not started, by term. */
  concepts: ConceptProgress[];
  /** Quiz assignments that have opened, most recent (by due date, else opening) first. */
  quizzes: QuizRecord[];
  exam: ExamReadiness;
  /** Days studied (reviews not undone), oldest first, for the streak and heat map; in a teacher's view, the class's decks only. */
  studyDays: StudyDay[];
}

interface Subject {
  studentId: string;
  studentName: string;
  klass: { id: string; name: string } | null;
}

/** Who is asked about, if the actor may ask: a student about themself, a class's teacher about a student enrolled in it. */
async function subjectFor(db: Db, actor: Actor, scope: ProgressScope): Promise<Subject> {
  if (scope.kind === 'self') {
    requireStudent(actor);
    return { studentId: actor.id, studentName: actor.name, klass: null };
  }
  requireTeacher(actor);
  requireId(scope.classId, 'class');
  requireId(scope.studentId, 'student');
  const klass = await classManagedBy(db, actor, scope.classId);
  const enrollment = await db.enrollment.findUnique({
    where: { classId_studentId: { classId: klass.id, studentId: scope.studentId } },
    select: { student: { select: { id: true, name: true } } },
  });
  if (!enrollment) throw new NotFoundOrForbidden('student');
  return { studentId: enrollment.student.id, studentName: enrollment.student.name, klass: { id: klass.id, name: klass.name } };
}

/** The exam date asked for (the `exam` search parameter), checked; nothing asked is no error. */
function askedExamDate(raw: string | string[] | undefined, today: string): { date: string | null; input: string | null; error: ExamDateError | null } {
  const input = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  if (input === '') return { date: null, input: null, error: null };
  const parsed = examDateSchema(today).safeParse({ exam: input });
  if (parsed.success) return { date: parsed.data.exam, input, error: null };
  return { date: null, input, error: fieldErrorsOf(parsed.error).exam as ExamDateError };
}

interface ProgressRow {
  today: string;
  forecast: DueDay[];
  overdue: number;
  concepts: ConceptProgress[];
  quizzes: {
    assignmentId: string;
    title: string;
    className: string;
    opensAt: string;
    dueAt: string | null;
    submittedAt: string | null;
    attempts: number;
    scoring: AttemptScoring;
    resultsVisibility: ResultsVisibility;
    score: number | null;
    maxScore: number | null;
  }[];
  exam: { date: string; basis: ExamReadiness['basis']; quizTitle: string | null };
}

/**
 * The progress of the student `scope` names (see ProgressScope), at `now`, with readiness for the exam date
 * `exam` asks for (YYYY-MM-DD; absent: the next quiz due in scope, else two weeks from today). A bad or past date
 * is refused in `exam.error` and the default date is used. Anyone else: NotFoundOrForbidden.
 */
export async function studentProgress(db: Db, actor: Actor, scope: ProgressScope, options: { now: Date; exam?: string | string[] | undefined }): Promise<StudentProgress> {
  const { now } = options;
  const subject = await subjectFor(db, actor, scope);
  await feedWaitingAttempts(db, now, { studentId: subject.studentId });
  const timeZone = await studentTimeZone(db, subject.studentId);
  const asked = askedExamDate(options.exam, localDay(now, timeZone));
  const classId = subject.klass?.id ?? null;
  const [row, studyDays] = await Promise.all([
    queryValue<ProgressRow>(sqlFor(db), PROGRESS_SQL, [subject.studentId, classId, now.toISOString(), timeZone, asked.date]),
    studyDaysOf(db, subject.studentId, timeZone, classId),
  ]);
  // A student sees a score only as the results policy allows; a teacher always does.
  const quizzes = row.quizzes.map((quiz): QuizRecord => {
    const dueAt = quiz.dueAt === null ? null : new Date(quiz.dueAt);
    const withheld = subject.klass === null && resultsAccess(quiz.resultsVisibility, dueAt, now) === 'pending';
    const status: QuizStatus = quiz.attempts === 0 ? 'notSubmitted' : withheld ? 'withheld' : 'graded';
    return {
      assignmentId: quiz.assignmentId,
      title: quiz.title,
      className: quiz.className,
      opensAt: new Date(quiz.opensAt),
      dueAt,
      submittedAt: quiz.submittedAt === null ? null : new Date(quiz.submittedAt),
      attempts: quiz.attempts,
      status,
      score: status === 'graded' ? quiz.score : null,
      maxScore: status === 'graded' ? quiz.maxScore : null,
    };
  });
  return {
    student: { id: subject.studentId, name: subject.studentName },
    klass: subject.klass,
    timeZone,
    today: row.today,
    forecast: row.forecast,
    overdue: row.overdue,
    concepts: row.concepts,
    quizzes,
    exam: {
      input: asked.input ?? row.exam.date,
      error: asked.error,
      ...row.exam,
      likely: likelyRemembered(row.concepts.map((concept) => concept.recallAtExam)),
      total: row.concepts.length,
    },
    studyDays,
  };
}

// $1 student, $2 the class of a teacher's view (null: the student's current classes), $3 now, $4 the student's
// zone, $5 the exam date asked for (null: the default).
const NOW = '$3::text::timestamptz';
const ZONE = '$4::text';
const PROGRESS_SQL = `
WITH scope_class AS (
    SELECT c."id", c."name" FROM "Class" c
    WHERE ($2::text IS NULL AND c."archivedAt" IS NULL
           AND EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classId" = c."id" AND e."studentId" = $1::text::uuid))
       OR c."id" = $2::text::uuid),
  scope_deck AS (
    SELECT DISTINCT a."deckId" AS "id"
    FROM "Assignment" a JOIN scope_class k ON k."id" = a."classId" JOIN "Deck" d ON d."id" = a."deckId"
    WHERE a."kind" = 'DECK' AND a."opensAt" <= ${NOW} AND d."publishedAt" IS NOT NULL AND d."archivedAt" IS NULL),
  clock AS (
    SELECT (${NOW} AT TIME ZONE ${ZONE})::date AS "today", s."decay", ${curveFactorSql('s."decay"')} AS "factor"
    FROM (SELECT ${studentDecaySql('$1::text::uuid')} AS "decay") s),
  next_quiz AS (
    SELECT q."title", (a."dueAt" AT TIME ZONE ${ZONE})::date AS "day"
    FROM "Assignment" a JOIN scope_class k ON k."id" = a."classId" JOIN "Quiz" q ON q."id" = a."quizId"
    WHERE a."kind" = 'QUIZ' AND a."opensAt" <= ${NOW} AND a."dueAt" > ${NOW} AND q."publishedAt" IS NOT NULL AND q."archivedAt" IS NULL
    ORDER BY a."dueAt", a."id" LIMIT 1),
  exam AS (
    SELECT e."day", e."basis", e."quizTitle", ((e."day" + 1)::timestamp AT TIME ZONE ${ZONE}) AS "at"
    FROM (
      SELECT coalesce($5::text::date, n."day", clock."today" + ${FORECAST_DAYS}) AS "day",
        CASE WHEN $5::text IS NOT NULL THEN 'chosen' WHEN n."day" IS NOT NULL THEN 'nextQuiz' ELSE 'inTwoWeeks' END AS "basis",
        CASE WHEN $5::text IS NULL THEN n."title" END AS "quizTitle"
      FROM clock LEFT JOIN next_quiz n ON true) e),
  memory AS (
    SELECT c."conceptId", m."state", m."due", m."stability", m."lastReview", coalesce(m."state" <> 'NEW', false) AS "studied"
    FROM "Card" c JOIN scope_deck d ON d."id" = c."deckId"
    LEFT JOIN "CardState" m ON m."cardId" = c."id" AND m."studentId" = $1::text::uuid
    WHERE c."archivedAt" IS NULL),
  forecast AS (
    SELECT greatest((mem."due" AT TIME ZONE ${ZONE})::date - clock."today", 0) AS "offset", count(*)::int AS "due",
      count(*) FILTER (WHERE (mem."due" AT TIME ZONE ${ZONE})::date < clock."today")::int AS "overdue"
    FROM memory mem CROSS JOIN clock
    WHERE mem."studied" AND (mem."due" AT TIME ZONE ${ZONE})::date <= clock."today" + ${FORECAST_DAYS}
    GROUP BY 1),
  concept AS (
    SELECT co."id" AS "conceptId", co."term", count(*)::int AS "cards", count(*) FILTER (WHERE mem."studied")::int AS "studied",
      avg(${recallSql('mem', NOW, 'clock."decay"', 'clock."factor"')}) FILTER (WHERE mem."studied") AS "recallNow",
      avg(${recallSql('mem', 'exam."at"', 'clock."decay"', 'clock."factor"')}) FILTER (WHERE mem."studied") AS "recallAtExam"
    FROM memory mem JOIN "Concept" co ON co."id" = mem."conceptId" CROSS JOIN clock CROSS JOIN exam
    GROUP BY co."id", co."term"),
  attempt AS (
    SELECT a."id", q."title", k."name" AS "className", a."opensAt", a."dueAt", a."scoring", a."resultsVisibility",
      t."number", t."score", t."maxScore", t."submittedAt", CASE WHEN t."maxScore" > 0 THEN t."score" / t."maxScore" ELSE 0 END AS "share"
    FROM "Assignment" a JOIN scope_class k ON k."id" = a."classId" JOIN "Quiz" q ON q."id" = a."quizId"
    LEFT JOIN "Attempt" t ON t."assignmentId" = a."id" AND t."studentId" = $1::text::uuid AND t."status" = 'SUBMITTED'
      AND t."score" IS NOT NULL AND t."maxScore" IS NOT NULL
    WHERE a."kind" = 'QUIZ' AND a."opensAt" <= ${NOW} AND q."publishedAt" IS NOT NULL AND q."archivedAt" IS NULL),
  -- The attempt that counts, as countingScore: the last; the best share (the earliest of equals); or the mean
  -- share in the points of the last attempt, to the cent.
  quiz AS (
    SELECT "id" AS "assignmentId", "title", "className", "opensAt", "dueAt", "scoring", "resultsVisibility",
      count("number")::int AS "attempts", max("submittedAt") AS "submittedAt",
      CASE "scoring"
        WHEN 'LAST' THEN (array_agg("score" ORDER BY "number" DESC))[1]
        WHEN 'HIGHEST' THEN (array_agg("score" ORDER BY "share" DESC, "number"))[1]
        ELSE round(avg("share") * (array_agg("maxScore" ORDER BY "number" DESC))[1], 2) END AS "score",
      CASE "scoring"
        WHEN 'HIGHEST' THEN (array_agg("maxScore" ORDER BY "share" DESC, "number"))[1]
        ELSE (array_agg("maxScore" ORDER BY "number" DESC))[1] END AS "maxScore"
    FROM attempt
    GROUP BY "id", "title", "className", "opensAt", "dueAt", "scoring", "resultsVisibility")
SELECT json_build_object(
  'today', to_char(clock."today", 'YYYY-MM-DD'),
  'forecast', (
    SELECT json_agg(json_build_object('date', to_char(clock."today" + s.n, 'YYYY-MM-DD'), 'due', coalesce(f."due", 0)) ORDER BY s.n)
    FROM generate_series(0, ${FORECAST_DAYS}) AS s(n) LEFT JOIN forecast f ON f."offset" = s.n),
  'overdue', (SELECT coalesce(sum(f."overdue"), 0)::int FROM forecast f),
  'concepts', coalesce((SELECT json_agg(c ORDER BY c."studied" = 0, c."recallNow", c."term", c."conceptId") FROM concept c), '[]'),
  'quizzes', coalesce((SELECT json_agg(q ORDER BY coalesce(q."dueAt", q."opensAt") DESC, q."title") FROM quiz q), '[]'),
  'exam', (SELECT json_build_object('date', to_char(e."day", 'YYYY-MM-DD'), 'basis', e."basis", 'quizTitle', e."quizTitle") FROM exam e)
) AS "value"
FROM clock`;
