// The teacher's side of graded quizzes: who took an assignment and what counts, overriding one question's score,
// and regrading every submitted answer of a question after its answer key changed.
import { NotFoundOrForbidden, type Actor } from '../../access/actor.ts';
import { attemptManagedBy, questionOwnedBy, quizAssignmentManagedBy } from '../../access/guards.ts';
import { countingScore, type AttemptScoring, type CountingScore } from '../../quiz/attempt.ts';
import { clampScore } from '../../quiz/score.ts';
import { parseLayout } from '../../quiz/layout.ts';
import type { Db } from '../../db/client.ts';
import { Prisma } from '../../db/generated/client.ts';
import { scoreOverrideSchema, scoreOverrideWithin } from '../../validation/grading.ts';
import { fieldErrorsOf } from '../../validation/result.ts';
import { inTransaction, lockFor } from '../transaction.ts';
import { attemptQuestions, gradeAndStore } from './grading.ts';
import { AttemptRefused, attemptLock } from './refusals.ts';
import { submitExpiredAttempts } from './submission.ts';

export interface AttemptSummary {
  attemptId: string;
  number: number;
  status: 'IN_PROGRESS' | 'SUBMITTED';
  startedAt: Date;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  autoSubmitted: boolean;
  /** Null until submitted. */
  score: number | null;
  maxScore: number | null;
}

export interface StudentAttempts {
  studentId: string;
  name: string;
  email: string;
  /** False for a student who has left the class since; their attempts still show. */
  enrolled: boolean;
  /** In order of number. */
  attempts: AttemptSummary[];
  /** The score that counts by the assignment's scoring, among submitted attempts; null before the first. */
  counting: CountingScore | null;
}

export interface AssignmentAttempts {
  assignmentId: string;
  classId: string;
  quizTitle: string;
  scoring: AttemptScoring;
  dueAt: Date | null;
  /** Every student of the class, then anyone else with an attempt, by name. */
  students: StudentAttempts[];
}

/** The class's students and their attempts at one quiz assignment, for its teacher. Expired attempts are submitted first. */
export async function attemptsForAssignment(db: Db, actor: Actor, assignmentId: string, now: Date = new Date()): Promise<AssignmentAttempts> {
  const assignment = await quizAssignmentManagedBy(db, actor, assignmentId);
  await submitExpiredAttempts(db, now, { assignmentId });
  const [enrollments, attempts] = await Promise.all([
    db.enrollment.findMany({ where: { classId: assignment.classId }, select: { student: { select: { id: true, name: true, email: true } } } }),
    db.attempt.findMany({ where: { assignmentId }, orderBy: { number: 'asc' }, include: { student: { select: { id: true, name: true, email: true } } } }),
  ]);
  const students = new Map<string, StudentAttempts>();
  const entryFor = (student: { id: string; name: string; email: string }, enrolled: boolean) => {
    let entry = students.get(student.id);
    if (!entry) {
      entry = { studentId: student.id, name: student.name, email: student.email, enrolled, attempts: [], counting: null };
      students.set(student.id, entry);
    }
    return entry;
  };
  for (const { student } of enrollments) entryFor(student, true);
  for (const attempt of attempts) {
    entryFor(attempt.student, false).attempts.push({
      attemptId: attempt.id,
      number: attempt.number,
      status: attempt.status,
      startedAt: attempt.startedAt,
      deadlineAt: attempt.deadlineAt,
      submittedAt: attempt.submittedAt,
      autoSubmitted: attempt.autoSubmitted,
      score: attempt.score === null ? null : Number(attempt.score),
      maxScore: attempt.maxScore === null ? null : Number(attempt.maxScore),
    });
  }
  for (const entry of students.values()) {
    const graded = entry.attempts.flatMap((attempt) =>
      attempt.status === 'SUBMITTED' && attempt.score !== null && attempt.maxScore !== null ? [{ number: attempt.number, score: attempt.score, maxScore: attempt.maxScore }] : [],
    );
    entry.counting = countingScore(graded, assignment.scoring);
  }
  return {
    assignmentId,
    classId: assignment.classId,
    quizTitle: assignment.quiz?.title ?? '',
    scoring: assignment.scoring,
    dueAt: assignment.dueAt,
    students: [...students.values()].sort((a, b) => Number(b.enrolled) - Number(a.enrolled) || a.name.localeCompare(b.name)),
  };
}

export type OverrideOutcome =
  | { ok: true; score: number; attemptScore: number; attemptMaxScore: number }
  | { ok: false; fieldErrors: Record<string, string> };

/** What a teacher overrides: one question of one attempt, which the student may have left unanswered. */
export interface OverrideTarget {
  attemptId: string;
  questionId: string;
}

/**
 * The class's teacher replaces the score of one question of a submitted attempt, with a comment (checked by
 * scoreOverrideSchema; the score is clamped to the question's points), and when. The automatic score stays beside
 * it, and the attempt's score is recomputed. A question the student left unanswered has no answer row: the override
 * makes one, without a response, in the same transaction. With `refuseAbovePoints` a score above the question's
 * points is refused on the score field (scoreOverrideWithin) instead of being lowered. A refusal:
 * NotFoundOrForbidden (also for a question not in the attempt, or removed from the quiz since), or AttemptRefused
 * attempt.notSubmitted.
 */
export async function overrideAnswerScore(
  db: Db,
  actor: Actor,
  target: OverrideTarget,
  input: { score: unknown; comment: unknown },
  now: Date,
  options: { refuseAbovePoints: boolean } = { refuseAbovePoints: false },
): Promise<OverrideOutcome> {
  const parsed = scoreOverrideSchema.safeParse({ ...target, score: input.score, comment: input.comment });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return inTransaction(db, async (tx) => {
    const { id: attemptId } = await attemptManagedBy(tx, actor, target.attemptId);
    await lockFor(tx, attemptLock(attemptId));
    const attempt = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { id: true, status: true, deadlineAt: true, layout: true } });
    const question = (await attemptQuestions(tx, attempt.layout)).find((entry) => entry.id === target.questionId);
    if (!question) throw new NotFoundOrForbidden('question');
    if (attempt.status !== 'SUBMITTED') throw new AttemptRefused('attempt.notSubmitted');
    if (options.refuseAbovePoints) {
      const within = scoreOverrideWithin(question.points).safeParse(parsed.data);
      if (!within.success) return { ok: false as const, fieldErrors: fieldErrorsOf(within.error) };
    }
    const score = clampScore(parsed.data.score, question.points);
    const override = { overrideScore: score, overrideById: actor.id, overrideReason: parsed.data.comment, overriddenAt: now };
    await tx.answer.upsert({
      where: { attemptId_questionId: { attemptId, questionId: question.id } },
      create: { attemptId, questionId: question.id, response: Prisma.DbNull, answeredAt: now, ...override },
      update: override,
    });
    const { graded } = await gradeAndStore(tx, attempt);
    return { ok: true as const, score, attemptScore: graded.score, attemptMaxScore: graded.maxScore };
  });
}

/**
 * After the teacher changed a question's answer key (or points), grades again every submitted attempt that has
 * the question, keeping every override, and answers how many attempts it regraded. Only the quiz's owner may.
 */
export async function regradeQuestion(db: Db, actor: Actor, questionId: string): Promise<{ regradedAttempts: number }> {
  return inTransaction(db, async (tx) => {
    const question = await questionOwnedBy(tx, actor, questionId);
    const attempts = await tx.attempt.findMany({
      where: { status: 'SUBMITTED', assignment: { quizId: question.quizId! } },
      orderBy: { id: 'asc' },
      select: { id: true, deadlineAt: true, layout: true },
    });
    const withQuestion = attempts.filter((attempt) => parseLayout(attempt.layout).questions.some((entry) => entry.questionId === questionId));
    for (const attempt of withQuestion) {
      await lockFor(tx, attemptLock(attempt.id));
      await gradeAndStore(tx, attempt);
    }
    return { regradedAttempts: withQuestion.length };
  });
}
