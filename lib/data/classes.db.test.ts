// Classes, rosters and joining, with every refusal: on PGlite and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden, type Actor, type Role } from '../access/actor.ts';
import { generateJoinCode, isWellFormedJoinCode } from '../classes/join-code.ts';
import { JOIN_GUESS_PER_USER } from '../rate-limit/rules.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import {
  createClass,
  getClassForStudent,
  getClassForTeacher,
  joinClassByCode,
  leaveClass,
  listClassesForStudent,
  listClassesForTeacher,
  previewClassByCode,
  regenerateJoinCode,
  removeStudent,
  renameClass,
  setClassArchived,
} from './classes.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

const NOW = new Date('2026-11-25T10:00:00Z');
const minutesAfterNow = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

async function makeUser(role: Role, name: string = role === 'TEACHER' ? 'Teacher' : 'Student'): Promise<Actor> {
  return db.prisma.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@school.kz`, name, passwordHash: 'x', role },
    select: { id: true, role: true, name: true, email: true },
  });
}

async function makeClass(teacher: Actor, name = 'History 9B') {
  const { id } = await createClass(db.prisma, teacher, { name });
  return db.prisma.class.findUniqueOrThrow({ where: { id } });
}

async function enroll(student: Actor, classId: string) {
  await db.prisma.enrollment.create({ data: { classId, studentId: student.id, joinedAt: NOW } });
}

/** A well-formed code that no class has. */
async function unknownCode(): Promise<string> {
  for (;;) {
    const code = generateJoinCode();
    if (!(await db.prisma.class.findUnique({ where: { joinCode: code } }))) return code;
  }
}

const isEnrolled = async (student: Actor, classId: string) =>
  (await db.prisma.enrollment.count({ where: { classId, studentId: student.id } })) > 0;

const guessHits = (student: Actor) =>
  db.prisma.rateLimitHit.count({ where: { bucket: JOIN_GUESS_PER_USER.bucket, key: student.id } });

describe('a teacher managing their classes', () => {
  it('creates a class with a well-formed six-character join code', async () => {
    const teacher = await makeUser('TEACHER');
    const { id } = await createClass(db.prisma, teacher, { name: 'Biology 10A' });
    const row = await db.prisma.class.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: 'Biology 10A', teacherId: teacher.id, archivedAt: null });
    expect(row.joinCode).toHaveLength(6);
    expect(isWellFormedJoinCode(row.joinCode)).toBe(true);
  });

  it('renames a class', async () => {
    const teacher = await makeUser('TEACHER');
    const klass = await makeClass(teacher, 'Old name');
    await renameClass(db.prisma, teacher, { classId: klass.id, name: 'New name' });
    expect((await getClassForTeacher(db.prisma, teacher, klass.id)).name).toBe('New name');
  });

  it('archives and unarchives a class', async () => {
    const teacher = await makeUser('TEACHER');
    const klass = await makeClass(teacher);
    await setClassArchived(db.prisma, teacher, { classId: klass.id, archived: true }, NOW);
    expect((await db.prisma.class.findUniqueOrThrow({ where: { id: klass.id } })).archivedAt).toEqual(NOW);
    expect((await getClassForTeacher(db.prisma, teacher, klass.id)).archived).toBe(true);

    await setClassArchived(db.prisma, teacher, { classId: klass.id, archived: false }, minutesAfterNow(5));
    expect((await db.prisma.class.findUniqueOrThrow({ where: { id: klass.id } })).archivedAt).toBeNull();
    expect((await getClassForTeacher(db.prisma, teacher, klass.id)).archived).toBe(false);
  });

  it('regenerates the join code: the new code joins, the old one is unknown', async () => {
    const teacher = await makeUser('TEACHER');
    const klass = await makeClass(teacher);
    const { joinCode } = await regenerateJoinCode(db.prisma, teacher, { classId: klass.id });
    expect(joinCode).not.toBe(klass.joinCode);
    expect(isWellFormedJoinCode(joinCode)).toBe(true);
    expect((await getClassForTeacher(db.prisma, teacher, klass.id)).joinCode).toBe(joinCode);

    const student = await makeUser('STUDENT');
    expect(await joinClassByCode(db.prisma, student, klass.joinCode, NOW)).toEqual({ ok: false, error: 'joinCode.unknown' });
    expect(await isEnrolled(student, klass.id)).toBe(false);
    expect(await joinClassByCode(db.prisma, student, joinCode, NOW)).toMatchObject({ ok: true, classId: klass.id });
  });

  it('sees the roster with names and e-mail addresses, sorted by name', async () => {
    const teacher = await makeUser('TEACHER');
    const klass = await makeClass(teacher, 'Physics 8C');
    const dana = await makeUser('STUDENT', 'Dana');
    const aida = await makeUser('STUDENT', 'Aida');
    const bolat = await makeUser('STUDENT', 'Bolat');
    for (const student of [dana, aida, bolat]) await enroll(student, klass.id);
    const outsider = await makeUser('STUDENT', 'Askar');
    await enroll(outsider, (await makeClass(teacher, 'Another class')).id);

    const view = await getClassForTeacher(db.prisma, teacher, klass.id);
    expect(view).toMatchObject({ id: klass.id, name: 'Physics 8C', joinCode: klass.joinCode, archived: false, timeZone: 'Asia/Almaty' });
    expect(view.roster).toEqual(
      [aida, bolat, dana].map((student) => ({ id: student.id, name: student.name, email: student.email, joinedAt: NOW })),
    );
  });

  it('removes a student from the class, and refuses a student who is not in it', async () => {
    const teacher = await makeUser('TEACHER');
    const klass = await makeClass(teacher);
    const student = await makeUser('STUDENT');
    await enroll(student, klass.id);

    await removeStudent(db.prisma, teacher, { classId: klass.id, studentId: student.id });
    expect(await isEnrolled(student, klass.id)).toBe(false);
    expect((await getClassForTeacher(db.prisma, teacher, klass.id)).roster).toEqual([]);

    await expect(removeStudent(db.prisma, teacher, { classId: klass.id, studentId: student.id })).rejects.toThrow(NotFoundOrForbidden);
    const stranger = await makeUser('STUDENT');
    await expect(removeStudent(db.prisma, teacher, { classId: klass.id, studentId: stranger.id })).rejects.toThrow(NotFoundOrForbidden);
  });

  it('lists only their own classes, with student counts', async () => {
    const teacher = await makeUser('TEACHER');
    const other = await makeUser('TEACHER');
    const full = await makeClass(teacher, 'Full');
    const empty = await makeClass(teacher, 'Empty');
    await makeClass(other, 'Not mine');
    for (const student of [await makeUser('STUDENT'), await makeUser('STUDENT')]) await enroll(student, full.id);
    await setClassArchived(db.prisma, teacher, { classId: empty.id, archived: true }, NOW);

    // Archived classes come after the current ones.
    expect(await listClassesForTeacher(db.prisma, teacher)).toEqual([
      { id: full.id, name: 'Full', joinCode: full.joinCode, archived: false, studentCount: 2 },
      { id: empty.id, name: 'Empty', joinCode: empty.joinCode, archived: true, studentCount: 0 },
    ]);
    expect(await listClassesForTeacher(db.prisma, await makeUser('TEACHER'))).toEqual([]);
  });
});

describe('refusals for teacher functions', () => {
  it("refuses another teacher everything on a class they don't own, and leaves it unchanged", async () => {
    const owner = await makeUser('TEACHER');
    const intruder = await makeUser('TEACHER');
    const klass = await makeClass(owner);
    const student = await makeUser('STUDENT');
    await enroll(student, klass.id);
    const before = await db.prisma.class.findUniqueOrThrow({ where: { id: klass.id } });

    await expect(renameClass(db.prisma, intruder, { classId: klass.id, name: 'Hijacked' })).rejects.toThrow(NotFoundOrForbidden);
    await expect(setClassArchived(db.prisma, intruder, { classId: klass.id, archived: true }, NOW)).rejects.toThrow(NotFoundOrForbidden);
    await expect(regenerateJoinCode(db.prisma, intruder, { classId: klass.id })).rejects.toThrow(NotFoundOrForbidden);
    await expect(getClassForTeacher(db.prisma, intruder, klass.id)).rejects.toThrow(NotFoundOrForbidden);
    await expect(removeStudent(db.prisma, intruder, { classId: klass.id, studentId: student.id })).rejects.toThrow(NotFoundOrForbidden);

    expect(await db.prisma.class.findUniqueOrThrow({ where: { id: klass.id } })).toEqual(before);
    expect(await isEnrolled(student, klass.id)).toBe(true);
    expect(await listClassesForTeacher(db.prisma, intruder)).toEqual([]);
  });

  it('refuses a student every teacher function, even for a class they are enrolled in', async () => {
    const teacher = await makeUser('TEACHER');
    const klass = await makeClass(teacher);
    const student = await makeUser('STUDENT');
    const classmate = await makeUser('STUDENT');
    await enroll(student, klass.id);
    await enroll(classmate, klass.id);
    const before = await db.prisma.class.findUniqueOrThrow({ where: { id: klass.id } });

    await expect(listClassesForTeacher(db.prisma, student)).rejects.toThrow(NotFoundOrForbidden);
    await expect(createClass(db.prisma, student, { name: 'Mine now' })).rejects.toThrow(NotFoundOrForbidden);
    await expect(renameClass(db.prisma, student, { classId: klass.id, name: 'Hijacked' })).rejects.toThrow(NotFoundOrForbidden);
    await expect(setClassArchived(db.prisma, student, { classId: klass.id, archived: true }, NOW)).rejects.toThrow(NotFoundOrForbidden);
    await expect(regenerateJoinCode(db.prisma, student, { classId: klass.id })).rejects.toThrow(NotFoundOrForbidden);
    await expect(getClassForTeacher(db.prisma, student, klass.id)).rejects.toThrow(NotFoundOrForbidden);
    await expect(removeStudent(db.prisma, student, { classId: klass.id, studentId: classmate.id })).rejects.toThrow(NotFoundOrForbidden);

    expect(await db.prisma.class.findUniqueOrThrow({ where: { id: klass.id } })).toEqual(before);
    expect(await db.prisma.class.count({ where: { teacherId: student.id } })).toBe(0);
    expect(await isEnrolled(classmate, klass.id)).toBe(true);
  });

  it('answers a class id that does not exist exactly as it answers someone else’s class', async () => {
    const teacher = await makeUser('TEACHER');
    const missing = randomUUID();
    const othersClass = await makeClass(await makeUser('TEACHER'));
    const attempts = (classId: string) => [
      renameClass(db.prisma, teacher, { classId, name: 'x' }),
      setClassArchived(db.prisma, teacher, { classId, archived: true }, NOW),
      regenerateJoinCode(db.prisma, teacher, { classId }),
      getClassForTeacher(db.prisma, teacher, classId),
      removeStudent(db.prisma, teacher, { classId, studentId: randomUUID() }),
    ];
    // The error a caller gets: its kind and message, or 'no error'.
    const refusals = async (classId: string) =>
      (await Promise.allSettled(attempts(classId))).map((result) =>
        result.status === 'rejected' && result.reason instanceof NotFoundOrForbidden ? result.reason.message : 'no error',
      );
    const forMissing = await refusals(missing);
    expect(forMissing).toEqual(Array(5).fill('class not found'));
    expect(await refusals(othersClass.id)).toEqual(forMissing);
  });
});

describe('a student joining by code', () => {
  it('joins with a valid code, and joining again changes nothing', async () => {
    const teacher = await makeUser('TEACHER');
    const klass = await makeClass(teacher, 'Chemistry 11B');
    const student = await makeUser('STUDENT');

    expect(await joinClassByCode(db.prisma, student, klass.joinCode, NOW)).toEqual({
      ok: true,
      classId: klass.id,
      className: 'Chemistry 11B',
      alreadyMember: false,
    });
    const enrollment = await db.prisma.enrollment.findMany({ where: { classId: klass.id } });
    expect(enrollment).toEqual([{ classId: klass.id, studentId: student.id, joinedAt: NOW }]);

    expect(await joinClassByCode(db.prisma, student, klass.joinCode, minutesAfterNow(3))).toEqual({
      ok: true,
      classId: klass.id,
      className: 'Chemistry 11B',
      alreadyMember: true,
    });
    expect(await db.prisma.enrollment.findMany({ where: { classId: klass.id } })).toEqual(enrollment);
    // Correct codes are not guesses.
    expect(await guessHits(student)).toBe(0);
  });

  it('answers an unknown code and counts it as a guess', async () => {
    const student = await makeUser('STUDENT');
    expect(await joinClassByCode(db.prisma, student, await unknownCode(), NOW)).toEqual({ ok: false, error: 'joinCode.unknown' });
    expect(await guessHits(student)).toBe(1);
    expect(await db.prisma.enrollment.count({ where: { studentId: student.id } })).toBe(0);
  });

  it('stops a student after 10 wrong codes within 15 minutes, even with a correct code, until the window passes', async () => {
    const klass = await makeClass(await makeUser('TEACHER'));
    const student = await makeUser('STUDENT');
    for (let minute = 0; minute < 10; minute += 1) {
      expect(await joinClassByCode(db.prisma, student, await unknownCode(), minutesAfterNow(minute))).toEqual({
        ok: false,
        error: 'joinCode.unknown',
      });
    }

    const blocked = await joinClassByCode(db.prisma, student, klass.joinCode, minutesAfterNow(10));
    expect(blocked).toMatchObject({ ok: false, error: 'joinCode.rateLimited' });
    const { retryAfterMinutes } = blocked as { retryAfterMinutes: number };
    expect(retryAfterMinutes).toBeGreaterThanOrEqual(1);
    expect(retryAfterMinutes).toBeLessThanOrEqual(15);
    // The first guess (at minute 0) leaves the window at minute 15.
    expect(retryAfterMinutes).toBe(5);
    expect(await isEnrolled(student, klass.id)).toBe(false);
    expect(await guessHits(student)).toBe(10);

    // Another student is not affected.
    const classmate = await makeUser('STUDENT');
    expect(await joinClassByCode(db.prisma, classmate, klass.joinCode, minutesAfterNow(10))).toMatchObject({ ok: true });

    expect(await joinClassByCode(db.prisma, student, klass.joinCode, minutesAfterNow(15))).toMatchObject({
      ok: true,
      classId: klass.id,
      alreadyMember: false,
    });
  });

  // Guesses sent at once must queue up for the limit, not all see the count from before any of them.
  it('checks no more than 10 codes for a student when the guesses arrive at once', async () => {
    const student = await makeUser('STUDENT');
    const codes = await Promise.all(Array.from({ length: 30 }, () => unknownCode()));
    const outcomes = await Promise.all(codes.map((code) => joinClassByCode(db.prisma, student, code, NOW)));
    const checked = outcomes.filter((outcome) => !outcome.ok && outcome.error === 'joinCode.unknown');
    expect(checked.length).toBeLessThanOrEqual(JOIN_GUESS_PER_USER.limit);
  });

  // The join-link page answers any code, so opening links must count as guessing like typing does.
  it('counts an unknown code opened by link as a guess, like a typed one, and stops answering at the limit', async () => {
    const student = await makeUser('STUDENT');
    expect(await previewClassByCode(db.prisma, student, await unknownCode(), NOW)).toBeNull();
    expect(await guessHits(student)).toBe(1);
    for (let i = 1; i < JOIN_GUESS_PER_USER.limit; i += 1) await previewClassByCode(db.prisma, student, await unknownCode(), NOW);
    const teacher = await makeUser('TEACHER');
    const klass = await makeClass(teacher);
    expect(await previewClassByCode(db.prisma, student, klass.joinCode, NOW)).toEqual({ rateLimited: 15 });
  });

  it("says an archived class's code is archived, and enrolls nobody", async () => {
    const teacher = await makeUser('TEACHER');
    const klass = await makeClass(teacher);
    await setClassArchived(db.prisma, teacher, { classId: klass.id, archived: true }, NOW);
    const student = await makeUser('STUDENT');

    expect(await joinClassByCode(db.prisma, student, klass.joinCode, NOW)).toEqual({ ok: false, error: 'joinCode.archived' });
    expect(await db.prisma.enrollment.count({ where: { classId: klass.id } })).toBe(0);
  });

  it('previews a class by code: null for an unknown code, otherwise membership and archived state', async () => {
    const teacher = await makeUser('TEACHER', 'Ms Nurlanovna');
    const klass = await makeClass(teacher, 'Geography 7A');
    const student = await makeUser('STUDENT');

    expect(await previewClassByCode(db.prisma, student, await unknownCode(), NOW)).toBeNull();
    const preview = { id: klass.id, name: 'Geography 7A', teacherName: 'Ms Nurlanovna' };
    expect(await previewClassByCode(db.prisma, student, klass.joinCode, NOW)).toStrictEqual({ ...preview, archived: false, member: false });

    await enroll(student, klass.id);
    expect(await previewClassByCode(db.prisma, student, klass.joinCode, NOW)).toStrictEqual({ ...preview, archived: false, member: true });

    await setClassArchived(db.prisma, teacher, { classId: klass.id, archived: true }, NOW);
    expect(await previewClassByCode(db.prisma, student, klass.joinCode, NOW)).toStrictEqual({ ...preview, archived: true, member: true });
  });
});

describe('a student in their classes', () => {
  it('sees an enrolled class without roster or classmates’ data', async () => {
    const teacher = await makeUser('TEACHER', 'Mr Serikov');
    const klass = await makeClass(teacher, 'Algebra 9A');
    const student = await makeUser('STUDENT');
    await enroll(student, klass.id);
    await enroll(await makeUser('STUDENT', 'Classmate'), klass.id);

    expect(await getClassForStudent(db.prisma, student, klass.id)).toStrictEqual({
      id: klass.id,
      name: 'Algebra 9A',
      teacherName: 'Mr Serikov',
      desiredRetention: 0.9,
      newCardsPerDay: 20,
    });
  });

  it('is refused a class they are not in, a missing class, and their own class once it is archived', async () => {
    const teacher = await makeUser('TEACHER');
    const klass = await makeClass(teacher);
    const student = await makeUser('STUDENT');
    const outsider = await makeUser('STUDENT');
    await enroll(student, klass.id);

    await expect(getClassForStudent(db.prisma, outsider, klass.id)).rejects.toThrow(NotFoundOrForbidden);
    await expect(getClassForStudent(db.prisma, student, randomUUID())).rejects.toThrow(NotFoundOrForbidden);
    await setClassArchived(db.prisma, teacher, { classId: klass.id, archived: true }, NOW);
    await expect(getClassForStudent(db.prisma, student, klass.id)).rejects.toThrow(NotFoundOrForbidden);
  });

  it('lists only the non-archived classes they are enrolled in, with the teacher’s name', async () => {
    const teacher = await makeUser('TEACHER', 'Ms Akhmetova');
    const student = await makeUser('STUDENT');
    const joined = await makeClass(teacher, 'Literature 10B');
    const archived = await makeClass(teacher, 'Last year');
    await makeClass(teacher, 'Not joined');
    await enroll(student, joined.id);
    await enroll(student, archived.id);
    await setClassArchived(db.prisma, teacher, { classId: archived.id, archived: true }, NOW);

    expect(await listClassesForStudent(db.prisma, student)).toEqual([{ id: joined.id, name: 'Literature 10B', teacherName: 'Ms Akhmetova' }]);
    expect(await listClassesForStudent(db.prisma, await makeUser('STUDENT'))).toEqual([]);
  });

  it('leaves a class, and cannot leave a class they are not in', async () => {
    const klass = await makeClass(await makeUser('TEACHER'));
    const student = await makeUser('STUDENT');
    await enroll(student, klass.id);

    await leaveClass(db.prisma, student, { classId: klass.id });
    expect(await isEnrolled(student, klass.id)).toBe(false);
    expect(await listClassesForStudent(db.prisma, student)).toEqual([]);

    await expect(leaveClass(db.prisma, student, { classId: klass.id })).rejects.toThrow(NotFoundOrForbidden);
    await expect(leaveClass(db.prisma, student, { classId: randomUUID() })).rejects.toThrow(NotFoundOrForbidden);
  });

  it('refuses a teacher every student function, even for their own class', async () => {
    const teacher = await makeUser('TEACHER');
    const klass = await makeClass(teacher);

    await expect(listClassesForStudent(db.prisma, teacher)).rejects.toThrow(NotFoundOrForbidden);
    await expect(joinClassByCode(db.prisma, teacher, klass.joinCode, NOW)).rejects.toThrow(NotFoundOrForbidden);
    await expect(previewClassByCode(db.prisma, teacher, klass.joinCode, NOW)).rejects.toThrow(NotFoundOrForbidden);
    await expect(leaveClass(db.prisma, teacher, { classId: klass.id })).rejects.toThrow(NotFoundOrForbidden);
    await expect(getClassForStudent(db.prisma, teacher, klass.id)).rejects.toThrow(NotFoundOrForbidden);
    expect(await db.prisma.enrollment.count({ where: { studentId: teacher.id } })).toBe(0);
  });
});
