// A student's own attempt, read for a hot write (autosave, submit) in one plain statement instead of Prisma's five
// (attempt, assignment, quiz, class, enrollment): whether they may still use it (canUseAttempt, as attemptOwnedBy
// decides), its state, and the questions the write names.
import { NotFoundOrForbidden, type Actor } from '../../access/actor.ts';
import { requireId, requireStudent } from '../../access/guards.ts';
import { canUseAttempt } from '../../access/rules.ts';
import { queryValue, type Sql } from '../../db/sql.ts';
import type { ResultsVisibility } from '../../quiz/results-policy.ts';
import { idField } from '../../validation/fields.ts';

export interface OwnAttempt {
  status: 'IN_PROGRESS' | 'SUBMITTED';
  deadlineAt: Date | null;
  layout: unknown;
  /** The class's setting: graded answers count as reviews. */
  quizFeedsMemory: boolean;
  /** The assignment's results policy and due time, which decide when the reviews may be fed. */
  resultsVisibility: ResultsVisibility;
  dueAt: Date | null;
  /** The questions asked for that belong to the attempt's quiz, by id. */
  questions: Map<string, { type: string; prompt: string; payload: unknown; archivedAt: Date | null }>;
}

interface OwnAttemptJson {
  studentId: string;
  status: 'IN_PROGRESS' | 'SUBMITTED';
  deadlineAt: string | null;
  layout: unknown;
  kind: 'DECK' | 'QUIZ' | 'REVIEW';
  quizPublishedAt: string | null;
  quizArchivedAt: string | null;
  classArchivedAt: string | null;
  quizFeedsMemory: boolean;
  resultsVisibility: ResultsVisibility;
  dueAt: string | null;
  enrolled: boolean;
  questions: { id: string; type: string; prompt: string; payload: unknown; archivedAt: string | null }[];
}

const isUuid = (value: string) => idField.safeParse(value).success;
const date = (value: string | null) => (value === null ? null : new Date(value));

/** The actor's own attempt, while they may still take its quiz; NotFoundOrForbidden for anyone else. */
export async function readOwnAttempt(sql: Sql, actor: Actor, attemptId: string, questionIds: readonly string[] = []): Promise<OwnAttempt> {
  requireStudent(actor);
  requireId(attemptId, 'attempt');
  const json = await queryValue<OwnAttemptJson | null>(
    sql,
    `SELECT (
      SELECT json_build_object(
        'studentId', t."studentId", 'status', t."status", 'deadlineAt', t."deadlineAt", 'layout', t."layout",
        'kind', a."kind", 'quizPublishedAt', q."publishedAt", 'quizArchivedAt', q."archivedAt", 'classArchivedAt', k."archivedAt",
        'quizFeedsMemory', k."quizFeedsMemory", 'resultsVisibility', a."resultsVisibility", 'dueAt', a."dueAt",
        'enrolled', EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classId" = a."classId" AND e."studentId" = $2::text::uuid),
        'questions', (
          SELECT coalesce(json_agg(json_build_object('id', u."id", 'type', u."type", 'prompt', u."prompt", 'payload', u."payload", 'archivedAt', u."archivedAt")), '[]'::json)
          FROM "Question" u
          WHERE u."quizId" = a."quizId" AND u."id" IN (SELECT jsonb_array_elements_text($3::text::jsonb)::uuid)))
      FROM "Attempt" t
      JOIN "Assignment" a ON a."id" = t."assignmentId"
      JOIN "Class" k ON k."id" = a."classId"
      LEFT JOIN "Quiz" q ON q."id" = a."quizId"
      WHERE t."id" = $1::text::uuid) AS "value"`,
    [attemptId, actor.id, JSON.stringify(questionIds.filter(isUuid))],
    'own-attempt-read',
  );
  const facts = json && {
    kind: json.kind,
    quizPublishedAt: date(json.quizPublishedAt),
    quizArchivedAt: date(json.quizArchivedAt),
    classArchivedAt: date(json.classArchivedAt),
    enrolled: json.enrolled,
  };
  if (!json || !facts || !canUseAttempt(actor, json, facts)) throw new NotFoundOrForbidden('attempt');
  return {
    status: json.status,
    deadlineAt: date(json.deadlineAt),
    layout: json.layout,
    quizFeedsMemory: json.quizFeedsMemory,
    resultsVisibility: json.resultsVisibility,
    dueAt: date(json.dueAt),
    questions: new Map(json.questions.map(({ id, archivedAt, ...question }) => [id, { ...question, archivedAt: date(archivedAt) }])),
  };
}
