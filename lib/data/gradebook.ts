// The teacher's gradebook, assembled from lib/data/attempts: the quizzes assigned to a class, one assignment's
// students with their attempts, and one attempt question by question with the scores a teacher may override.
// Every read checks that the teacher manages the class in the URL.
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { classManagedBy, quizAssignmentManagedBy, requireId, requireTeacher } from '../access/guards.ts';
import type { Db } from '../db/client.ts';
import { attemptsForAssignment, overrideAnswerScore, type AssignmentAttempts, type OverrideOutcome, type OverrideTarget, type ResultQuestion } from './attempts.ts';
import type { StoredOverride } from './attempts/grading.ts';
import { resultQuestions } from './attempts/results.ts';
import { submitExpiredAttempts } from './attempts/submission.ts';

function requireIds(ids: string[], what: string): void {
  for (const id of ids) requireId(id, what);
}

export interface ClassQuiz {
  assignmentId: string;
  title: string;
  opensAt: Date;
  dueAt: Date | null;
  /** Enrolled students with at least one submitted attempt. */
  submittedStudents: number;
}

/** The class's quiz assignments, by due time (undated last), with how many of its students have submitted. */
export async function quizzesForClass(db: Db, actor: Actor, classId: string): Promise<{ students: number; quizzes: ClassQuiz[] }> {
  requireIds([classId], 'class');
  await classManagedBy(db, actor, classId);
  const [students, assignments] = await Promise.all([
    db.enrollment.count({ where: { classId } }),
    db.assignment.findMany({
      where: { classId, kind: 'QUIZ' },
      orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
      select: { id: true, opensAt: true, dueAt: true, quiz: { select: { title: true } } },
    }),
  ]);
  const submitted = await db.attempt.findMany({
    where: { assignmentId: { in: assignments.map((assignment) => assignment.id) }, status: 'SUBMITTED', student: { enrollments: { some: { classId } } } },
    distinct: ['assignmentId', 'studentId'],
    select: { assignmentId: true },
  });
  const submittedBy = new Map<string, number>();
  for (const { assignmentId } of submitted) submittedBy.set(assignmentId, (submittedBy.get(assignmentId) ?? 0) + 1);
  return {
    students,
    quizzes: assignments.map((assignment) => ({
      assignmentId: assignment.id,
      title: assignment.quiz?.title ?? '',
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      submittedStudents: submittedBy.get(assignment.id) ?? 0,
    })),
  };
}

/** The quiz assignment, if it is in the class of the URL and the actor teaches that class. */
export async function assignmentInClass(db: Db, actor: Actor, classId: string, assignmentId: string) {
  requireTeacher(actor);
  requireIds([classId, assignmentId], 'assignment');
  const assignment = await quizAssignmentManagedBy(db, actor, assignmentId);
  if (assignment.classId !== classId) throw new NotFoundOrForbidden('assignment');
  return assignment;
}

export interface Gradebook extends AssignmentAttempts {
  className: string;
  timeZone: string;
  maxAttempts: number | null;
}

/** One quiz assignment for its teacher: every student and their attempts (attemptsForAssignment); lib/data/item-analysis.ts has the questions. */
export async function gradebookForAssignment(db: Db, actor: Actor, classId: string, assignmentId: string, now: Date): Promise<Gradebook> {
  const assignment = await assignmentInClass(db, actor, classId, assignmentId);
  const attempts = await attemptsForAssignment(db, actor, assignmentId, now);
  return { ...attempts, className: assignment.class.name, timeZone: assignment.class.timeZone, maxAttempts: assignment.maxAttempts };
}

export type GradedQuestion = ResultQuestion & {
  /** What automatic grading gave, whatever the override says. */
  autoScore: number;
  /** The stored override: its score, comment, when, and the teacher who made it (null if their account is gone). */
  storedOverride: StoredOverride | null;
};

export interface TeacherAttemptView {
  attemptId: string;
  assignmentId: string;
  classId: string;
  className: string;
  timeZone: string;
  quizTitle: string;
  student: { id: string; name: string; email: string };
  number: number;
  status: 'IN_PROGRESS' | 'SUBMITTED';
  startedAt: Date;
  submittedAt: Date | null;
  autoSubmitted: boolean;
  score: number | null;
  maxScore: number | null;
  /** Empty while the attempt is open: it is graded when submitted. */
  questions: GradedQuestion[];
}

/** One attempt of the assignment, for the class's teacher: each question with the answer, the scores and the key. */
export async function attemptForTeacher(
  db: Db,
  actor: Actor,
  ids: { classId: string; assignmentId: string; attemptId: string },
  now: Date,
): Promise<TeacherAttemptView> {
  const assignment = await assignmentInClass(db, actor, ids.classId, ids.assignmentId);
  requireIds([ids.attemptId], 'attempt');
  const found = await db.attempt.findUnique({ where: { id: ids.attemptId }, select: { assignmentId: true } });
  if (!found || found.assignmentId !== assignment.id) throw new NotFoundOrForbidden('attempt');
  await submitExpiredAttempts(db, now, { attemptId: ids.attemptId });
  const attempt = await db.attempt.findUniqueOrThrow({
    where: { id: ids.attemptId },
    include: { student: { select: { id: true, name: true, email: true } } },
  });
  const view: TeacherAttemptView = {
    attemptId: attempt.id,
    assignmentId: assignment.id,
    classId: assignment.classId,
    className: assignment.class.name,
    timeZone: assignment.class.timeZone,
    quizTitle: assignment.quiz?.title ?? '',
    student: attempt.student,
    number: attempt.number,
    status: attempt.status,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    autoSubmitted: attempt.autoSubmitted,
    score: attempt.score === null ? null : Number(attempt.score),
    maxScore: attempt.maxScore === null ? null : Number(attempt.maxScore),
    questions: [],
  };
  if (attempt.status !== 'SUBMITTED') return view;

  const { questions, grade } = await resultQuestions(db, attempt);
  view.questions = questions.map((question, index) => ({
    ...question,
    autoScore: grade.graded.answers[index]!.autoScore,
    storedOverride: grade.overrides.get(question.questionId) ?? null,
  }));
  return view;
}

/**
 * overrideAnswerScore as the teacher's form needs it: a score above the question's points is refused on the score
 * field instead of being lowered to them, since the teacher typed something else than they meant. Bad input
 * stores nothing.
 */
export async function overrideAnswerScoreWithinPoints(
  db: Db,
  actor: Actor,
  input: OverrideTarget & { score: unknown; comment: unknown },
  now: Date,
): Promise<OverrideOutcome> {
  const { attemptId, questionId, score, comment } = input;
  return overrideAnswerScore(db, actor, { attemptId, questionId }, { score, comment }, now, { refuseAbovePoints: true });
}
