// Classes, rosters and joining: every function takes the actor and checks access before it reads or writes.
import type { Db } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { classManagedBy, classVisibleTo, requireStudent, requireTeacher } from '../access/guards.ts';
import { canJoinClass } from '../access/rules.ts';
import { generateJoinCode } from '../classes/join-code.ts';
import { isSupportedLocale, type Locale } from '../i18n/locales.ts';
import { JOIN_GUESS_PER_USER, retryAfterMinutes } from '../rate-limit/rules.ts';
import { releaseRateLimitHits, reserveRateLimitHits } from './rate-limits.ts';

export interface TeacherClassSummary {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  studentCount: number;
}

export async function listClassesForTeacher(db: Db, actor: Actor): Promise<TeacherClassSummary[]> {
  requireTeacher(actor);
  const classes = await db.class.findMany({
    where: { teacherId: actor.id },
    orderBy: [{ archivedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    select: { id: true, name: true, joinCode: true, archivedAt: true, _count: { select: { enrollments: true } } },
  });
  return classes.map((klass) => ({
    id: klass.id,
    name: klass.name,
    joinCode: klass.joinCode,
    archived: klass.archivedAt !== null,
    studentCount: klass._count.enrollments,
  }));
}

export interface StudentClassSummary {
  id: string;
  name: string;
  teacherName: string;
}

export async function listClassesForStudent(db: Db, actor: Actor): Promise<StudentClassSummary[]> {
  requireStudent(actor);
  const enrollments = await db.enrollment.findMany({
    where: { studentId: actor.id, class: { archivedAt: null } },
    orderBy: { joinedAt: 'desc' },
    select: { class: { select: { id: true, name: true, teacher: { select: { name: true } } } } },
  });
  return enrollments.map(({ class: klass }) => ({ id: klass.id, name: klass.name, teacherName: klass.teacher.name }));
}

/** A new code for a class; retried on the (rare) collision with another class's code. */
async function withFreshJoinCode<T>(attempt: (joinCode: string) => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries += 1) {
    try {
      return await attempt(generateJoinCode());
    } catch (error) {
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
      if (!duplicate || tries >= 5) throw error;
    }
  }
}

export async function createClass(db: Db, actor: Actor, input: { name: string }): Promise<{ id: string }> {
  requireTeacher(actor);
  return withFreshJoinCode((joinCode) =>
    db.class.create({ data: { name: input.name, teacherId: actor.id, joinCode }, select: { id: true } }),
  );
}

export async function renameClass(db: Db, actor: Actor, input: { classId: string; name: string }): Promise<void> {
  await classManagedBy(db, actor, input.classId);
  await db.class.update({ where: { id: input.classId }, data: { name: input.name } });
}

export async function setClassArchived(db: Db, actor: Actor, input: { classId: string; archived: boolean }, now: Date): Promise<void> {
  await classManagedBy(db, actor, input.classId);
  await db.class.update({ where: { id: input.classId }, data: { archivedAt: input.archived ? now : null } });
}

/**
 * The class's FSRS settings: the retention its schedules aim for (a fraction, 0.7–0.97) and how many new cards
 * a student starts per day. An archived class is studied by nobody, so its settings stay as they were.
 */
export async function updateClassStudySettings(
  db: Db,
  actor: Actor,
  input: { classId: string; desiredRetention: number; newCardsPerDay: number },
): Promise<{ ok: true } | { ok: false; error: 'classArchived' }> {
  const klass = await classManagedBy(db, actor, input.classId);
  if (klass.archivedAt !== null) return { ok: false, error: 'classArchived' };
  await db.class.update({
    where: { id: input.classId },
    data: { desiredRetention: input.desiredRetention, newCardsPerDay: input.newCardsPerDay },
  });
  return { ok: true };
}

/**
 * Whether the class's graded quiz answers count as reviews of their concepts' cards. One conditional update, so a
 * class archived meanwhile keeps its setting.
 */
export async function setClassQuizFeedsMemory(
  db: Db,
  actor: Actor,
  input: { classId: string; quizFeedsMemory: boolean },
): Promise<{ ok: true } | { ok: false; error: 'classArchived' }> {
  await classManagedBy(db, actor, input.classId);
  const { count } = await db.class.updateMany({
    where: { id: input.classId, teacherId: actor.id, archivedAt: null },
    data: { quizFeedsMemory: input.quizFeedsMemory },
  });
  return count === 1 ? { ok: true } : { ok: false, error: 'classArchived' };
}

/**
 * The interface language for the class's students who never chose one (null: their browsers decide). One
 * conditional update, so a class archived meanwhile keeps what it had.
 */
export async function setClassDefaultLocale(
  db: Db,
  actor: Actor,
  input: { classId: string; defaultLocale: Locale | null },
): Promise<{ ok: true } | { ok: false; error: 'classArchived' }> {
  await classManagedBy(db, actor, input.classId);
  const { count } = await db.class.updateMany({
    where: { id: input.classId, teacherId: actor.id, archivedAt: null },
    data: { defaultLocale: input.defaultLocale },
  });
  return count === 1 ? { ok: true } : { ok: false, error: 'classArchived' };
}

export async function regenerateJoinCode(db: Db, actor: Actor, input: { classId: string }): Promise<{ joinCode: string }> {
  await classManagedBy(db, actor, input.classId);
  return withFreshJoinCode((joinCode) =>
    db.class.update({ where: { id: input.classId }, data: { joinCode }, select: { joinCode: true } }),
  );
}

export interface RosterEntry {
  id: string;
  name: string;
  email: string;
  joinedAt: Date;
}

export interface TeacherClassView {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  timeZone: string;
  desiredRetention: number;
  newCardsPerDay: number;
  quizFeedsMemory: boolean;
  defaultLocale: Locale | null;
  roster: RosterEntry[];
}

export async function getClassForTeacher(db: Db, actor: Actor, classId: string): Promise<TeacherClassView> {
  const klass = await classManagedBy(db, actor, classId);
  const enrollments = await db.enrollment.findMany({
    where: { classId },
    orderBy: { student: { name: 'asc' } },
    select: { joinedAt: true, student: { select: { id: true, name: true, email: true } } },
  });
  return {
    id: klass.id,
    name: klass.name,
    joinCode: klass.joinCode,
    archived: klass.archivedAt !== null,
    timeZone: klass.timeZone,
    desiredRetention: klass.desiredRetention,
    newCardsPerDay: klass.newCardsPerDay,
    quizFeedsMemory: klass.quizFeedsMemory,
    defaultLocale: isSupportedLocale(klass.defaultLocale) ? klass.defaultLocale : null,
    roster: enrollments.map(({ joinedAt, student }) => ({ ...student, joinedAt })),
  };
}

export interface StudentStudySettings {
  id: string;
  name: string;
  desiredRetention: number;
  newCardsPerDay: number;
}

/** How each of the student's current classes is scheduled: what their teacher chose. */
export async function listStudySettingsForStudent(db: Db, actor: Actor): Promise<StudentStudySettings[]> {
  requireStudent(actor);
  const enrollments = await db.enrollment.findMany({
    where: { studentId: actor.id, class: { archivedAt: null } },
    orderBy: { class: { name: 'asc' } },
    select: { class: { select: { id: true, name: true, desiredRetention: true, newCardsPerDay: true } } },
  });
  return enrollments.map(({ class: klass }) => klass);
}

export interface StudentClassView {
  id: string;
  name: string;
  teacherName: string;
  desiredRetention: number;
  newCardsPerDay: number;
}

/** What a student sees of their class: no roster, no other student's data. */
export async function getClassForStudent(db: Db, actor: Actor, classId: string): Promise<StudentClassView> {
  requireStudent(actor);
  await classVisibleTo(db, actor, classId);
  const klass = await db.class.findUniqueOrThrow({
    where: { id: classId },
    select: { id: true, name: true, desiredRetention: true, newCardsPerDay: true, teacher: { select: { name: true } } },
  });
  return { id: klass.id, name: klass.name, teacherName: klass.teacher.name, desiredRetention: klass.desiredRetention, newCardsPerDay: klass.newCardsPerDay };
}

export async function removeStudent(db: Db, actor: Actor, input: { classId: string; studentId: string }): Promise<void> {
  await classManagedBy(db, actor, input.classId);
  const { count } = await db.enrollment.deleteMany({ where: { classId: input.classId, studentId: input.studentId } });
  if (count === 0) throw new NotFoundOrForbidden('student');
}

export async function leaveClass(db: Db, actor: Actor, input: { classId: string }): Promise<void> {
  requireStudent(actor);
  const { count } = await db.enrollment.deleteMany({ where: { classId: input.classId, studentId: actor.id } });
  if (count === 0) throw new NotFoundOrForbidden('class');
}

export type JoinOutcome =
  | { ok: true; classId: string; className: string; alreadyMember: boolean }
  | { ok: false; error: 'joinCode.unknown' | 'joinCode.archived' }
  | { ok: false; error: 'joinCode.rateLimited'; retryAfterMinutes: number };

type CodeLookup<T> = { found: T | null } | { rateLimited: number };

/**
 * Looks a code up on behalf of a student, counting it as a guess unless it names a class: typed codes and
 * codes in links alike, so neither can be used to search the code space. The guess is reserved before the
 * lookup, so guesses sent at once queue up rather than all passing.
 */
async function lookUpCodeAsGuess<T>(db: Db, actor: Actor, now: Date, lookUp: () => Promise<T | null>): Promise<CodeLookup<T>> {
  const reservation = await reserveRateLimitHits(db, [{ rule: JOIN_GUESS_PER_USER, key: actor.id }], now);
  if (!reservation.allowed) return { rateLimited: retryAfterMinutes(reservation.retryAfterMs) };
  const found = await lookUp();
  if (found !== null) await releaseRateLimitHits(db, reservation.hitIds);
  return { found };
}

/** Joins the class with this (normalised) code. An archived class says so, since its code was real. */
export async function joinClassByCode(db: Db, actor: Actor, code: string, now: Date): Promise<JoinOutcome> {
  requireStudent(actor);
  const lookup = await lookUpCodeAsGuess(db, actor, now, () => db.class.findUnique({ where: { joinCode: code } }));
  if ('rateLimited' in lookup) return { ok: false, error: 'joinCode.rateLimited', retryAfterMinutes: lookup.rateLimited };
  const klass = lookup.found;
  if (!klass) return { ok: false, error: 'joinCode.unknown' };
  if (!canJoinClass(actor, klass)) return { ok: false, error: 'joinCode.archived' };
  const existing = await db.enrollment.findUnique({ where: { classId_studentId: { classId: klass.id, studentId: actor.id } } });
  if (!existing) {
    await db.enrollment.upsert({
      where: { classId_studentId: { classId: klass.id, studentId: actor.id } },
      create: { classId: klass.id, studentId: actor.id, joinedAt: now },
      update: {},
    });
  }
  return { ok: true, classId: klass.id, className: klass.name, alreadyMember: existing !== null };
}

export type ClassPreview = { id: string; name: string; teacherName: string; archived: boolean; member: boolean };

/** What the join link shows before the student confirms: the class and its teacher, nothing more. */
export async function previewClassByCode(
  db: Db,
  actor: Actor,
  code: string,
  now: Date,
): Promise<ClassPreview | null | { rateLimited: number }> {
  requireStudent(actor);
  const lookup = await lookUpCodeAsGuess(db, actor, now, () =>
    db.class.findUnique({
      where: { joinCode: code },
      select: { id: true, name: true, archivedAt: true, teacher: { select: { name: true } } },
    }),
  );
  if ('rateLimited' in lookup) return lookup;
  const klass = lookup.found;
  if (!klass) return null;
  const member = (await db.enrollment.count({ where: { classId: klass.id, studentId: actor.id } })) > 0;
  return { id: klass.id, name: klass.name, teacherName: klass.teacher.name, archived: klass.archivedAt !== null, member };
}
