// Assigning a quiz to a class, and changing an assignment's settings. Times come from the form as wall-clock
// times in the class's zone and are stored as instants. Once a student has started, only the due time and the
// late flag may change: the rest decided how their attempt was set up (its deadline, order, attempts left).
import type { Db } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { classManagedBy, quizAssignmentEditableBy, quizOwnedBy, requireTeacher } from '../access/guards.ts';
import { DEFAULT_TIME_ZONE } from '../i18n/locales.ts';
import { fromLocalDateTime, toLocalDateTime } from '../i18n/zoned-time.ts';
import { localDay } from '../srs/study-day.ts';
import { isWithinReach } from '../validation/date-bounds.ts';
import { assignmentSettingsSchema, type AssignmentSettings, type AssignmentSettingsFormValues } from '../validation/quizzes.ts';
import { failure, fieldErrorsOf, success, type ActionResult } from '../validation/result.ts';
import { canonicalTimeZone } from './time-zone.ts';
import { inTransaction, lockFor } from './transaction.ts';

/** The columns an assignment's settings become, or the field that cannot be stored. */
function settingsColumns(settings: AssignmentSettings, timeZone: string, now: Date) {
  const opensAt = fromLocalDateTime(settings.opensAt, timeZone);
  const dueAt = fromLocalDateTime(settings.dueAt, timeZone);
  if (!opensAt) return failure({ opensAt: 'assignment.timeNotInZone' });
  if (!dueAt) return failure({ dueAt: 'assignment.timeNotInZone' });
  // Compared as the class's clocks show them, as the teacher typed them.
  const today = localDay(now, timeZone);
  if (!isWithinReach(settings.opensAt, today)) return failure({ opensAt: 'assignment.dateOutOfRange' });
  if (!isWithinReach(settings.dueAt, today)) return failure({ dueAt: 'assignment.dateOutOfRange' });
  if (dueAt <= opensAt) return failure({ dueAt: 'assignment.dueBeforeOpens' });
  return success({
    opensAt,
    dueAt,
    timeLimitSeconds: settings.timeLimitMinutes === null ? null : settings.timeLimitMinutes * 60,
    maxAttempts: settings.maxAttempts,
    scoring: settings.scoring,
    shuffleQuestions: settings.shuffleQuestions,
    shuffleChoices: settings.shuffleChoices,
    resultsVisibility: settings.resultsVisibility,
    allowLate: settings.allowLate,
  });
}

const zoneOf = (klass: { timeZone: string }) => canonicalTimeZone(klass.timeZone) ?? DEFAULT_TIME_ZONE;

function parsedSettings(settings: unknown) {
  const parsed = assignmentSettingsSchema.safeParse(settings);
  return parsed.success ? success(parsed.data) : failure(fieldErrorsOf(parsed.error));
}

/**
 * Assigns the quiz to one of the teacher's current classes with the given settings (checked again here, so a
 * caller cannot skip the form's rules) and marks the quiz published. A quiz with no questions is refused.
 */
export async function assignQuiz(
  db: Db,
  teacher: Actor,
  quizId: string,
  classId: string,
  settings: AssignmentSettingsFormValues | AssignmentSettings,
  now: Date = new Date(),
): Promise<ActionResult<{ assignmentId: string }>> {
  return inTransaction(db, async (tx) => {
    await lockFor(tx, `quiz-order\n${quizId}`);
    const quiz = await quizOwnedBy(tx, teacher, quizId);
    const klass = await classManagedBy(tx, teacher, classId);
    if (klass.archivedAt !== null) return failure({ classId: 'assignment.classArchived' });
    const valid = parsedSettings(settings);
    if (!valid.ok) return valid;
    const columns = settingsColumns(valid.value, zoneOf(klass), now);
    if (!columns.ok) return columns;
    if ((await tx.question.count({ where: { quizId: quiz.id, archivedAt: null } })) === 0) return failure({}, 'assignment.quizEmpty');
    await tx.quiz.update({ where: { id: quiz.id }, data: { publishedAt: quiz.publishedAt ?? now } });
    const assignment = await tx.assignment.create({ data: { classId: klass.id, kind: 'QUIZ', quizId: quiz.id, ...columns.value }, select: { id: true } });
    return success({ assignmentId: assignment.id });
  });
}

/**
 * Changes an assignment's settings. After the first attempt started, a change to anything but the due time
 * and the late flag is refused whole.
 */
export async function updateQuizAssignment(
  db: Db,
  teacher: Actor,
  assignmentId: string,
  settings: AssignmentSettingsFormValues | AssignmentSettings,
  now: Date = new Date(),
): Promise<ActionResult<undefined>> {
  return inTransaction(db, async (tx) => {
    await lockFor(tx, `assignment\n${assignmentId}`);
    const assignment = await quizAssignmentEditableBy(tx, teacher, assignmentId);
    const valid = parsedSettings(settings);
    if (!valid.ok) return valid;
    const columns = settingsColumns(valid.value, zoneOf(assignment.class), now);
    if (!columns.ok) return columns;
    const started = (await tx.attempt.count({ where: { assignmentId } })) > 0;
    if (started) {
      // Compared as the form shows them (to the minute), so an unchanged field never reads as a change.
      const current = assignmentSettingsSchema.safeParse({ ...formSettingsOf(assignment, zoneOf(assignment.class)), dueAt: valid.value.dueAt });
      if (!current.success || LOCKED_AFTER_START.some((key) => current.data[key] !== valid.value[key])) return failure({}, 'assignment.lockedAfterAttempts');
      await tx.assignment.update({ where: { id: assignmentId }, data: { dueAt: columns.value.dueAt, allowLate: columns.value.allowLate } });
    } else {
      await tx.assignment.update({ where: { id: assignmentId }, data: columns.value });
    }
    return success();
  });
}

/** What decided how a started attempt was set up. */
const LOCKED_AFTER_START = ['opensAt', 'timeLimitMinutes', 'maxAttempts', 'scoring', 'shuffleQuestions', 'shuffleChoices', 'resultsVisibility'] as const;

interface AssignmentRow {
  opensAt: Date;
  dueAt: Date | null;
  timeLimitSeconds: number | null;
  maxAttempts: number | null;
  scoring: AssignmentSettings['scoring'];
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  resultsVisibility: AssignmentSettings['resultsVisibility'];
  allowLate: boolean;
}

/** An assignment's settings as the form shows them, times in the class's zone. */
function formSettingsOf(row: AssignmentRow, timeZone: string): AssignmentSettingsFormValues {
  return {
    opensAt: toLocalDateTime(row.opensAt, timeZone),
    // Publishing a draft assigns its quiz with no due time; the form asks for one.
    dueAt: row.dueAt ? toLocalDateTime(row.dueAt, timeZone) : '',
    timeLimitMinutes: row.timeLimitSeconds === null ? '' : String(Math.max(1, Math.round(row.timeLimitSeconds / 60))),
    maxAttempts: row.maxAttempts === null ? 'unlimited' : String(row.maxAttempts),
    scoring: row.scoring,
    shuffleQuestions: row.shuffleQuestions,
    shuffleChoices: row.shuffleChoices,
    resultsVisibility: row.resultsVisibility,
    allowLate: row.allowLate,
  };
}

export interface QuizAssignmentView {
  id: string;
  classId: string;
  className: string;
  timeZone: string;
  /** The settings as the form shows them, times in the class's zone. */
  settings: AssignmentSettingsFormValues;
  opensAt: Date;
  dueAt: Date | null;
  /** Attempts started: after the first, only the due time and the late flag may change. */
  attemptCount: number;
}

/** The quiz's assignments, for its teacher, first opened first. */
export async function listQuizAssignments(db: Db, teacher: Actor, quizId: string): Promise<QuizAssignmentView[]> {
  await quizOwnedBy(db, teacher, quizId);
  const rows = await db.assignment.findMany({
    where: { quizId, kind: 'QUIZ', class: { teacherId: teacher.id } },
    orderBy: { opensAt: 'asc' },
    include: { class: { select: { id: true, name: true, timeZone: true } }, _count: { select: { attempts: true } } },
  });
  return rows.map((row) => {
    const timeZone = zoneOf(row.class);
    return {
      id: row.id,
      classId: row.class.id,
      className: row.class.name,
      timeZone,
      opensAt: row.opensAt,
      dueAt: row.dueAt,
      attemptCount: row._count.attempts,
      settings: formSettingsOf(row, timeZone),
    };
  });
}

/** The teacher's current classes a quiz can be assigned to, with the zone their times are typed in. */
export async function listClassesToAssign(db: Db, teacher: Actor): Promise<{ id: string; name: string; timeZone: string }[]> {
  requireTeacher(teacher);
  const classes = await db.class.findMany({
    where: { teacherId: teacher.id, archivedAt: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, timeZone: true },
  });
  return classes.map((klass) => ({ id: klass.id, name: klass.name, timeZone: zoneOf(klass) }));
}
