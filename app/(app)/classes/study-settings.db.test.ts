// A class's study settings (desired retention, new cards per day) through the server action, on PGlite and
// PostgreSQL: the owning teacher saves them; bad input gets a message on its field and stores nothing; an
// archived class keeps its settings; students see what their classes ask for.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor, Role } from '@/lib/access/actor';
import { generateJoinCode } from '@/lib/classes/join-code';
import { listStudySettingsForStudent, setClassArchived } from '@/lib/data/classes';
import { useDbForTests } from '@/lib/db/client';
import messages from '@/lib/i18n/messages/en.json';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

let currentActor: Actor | null = null;
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/lib/auth/current-actor', () => ({ getActor: async () => currentActor }));

const { updateClassStudySettingsAction } = await import('./actions.ts');

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
});
afterAll(async () => test?.cleanup());

async function makeUser(role: Role): Promise<Actor> {
  return test.prisma.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@school.kz`, name: role, passwordHash: 'x', role },
    select: { id: true, role: true, name: true, email: true },
  });
}

let teacher: Actor;
let classId: string;
beforeEach(async () => {
  teacher = await makeUser('TEACHER');
  classId = (await test.prisma.class.create({ data: { name: 'History 9B', joinCode: generateJoinCode(), teacherId: teacher.id } })).id;
  currentActor = teacher;
});

const stored = async () =>
  test.prisma.class.findUniqueOrThrow({ where: { id: classId }, select: { desiredRetention: true, newCardsPerDay: true } });
const DEFAULTS = { desiredRetention: 0.9, newCardsPerDay: 20 };
const save = (fields: Record<string, unknown>) => updateClassStudySettingsAction({ classId, desiredRetentionPercent: 90, newCardsPerDay: 20, ...fields });

/** The sentence the form shows for an error code of this form. */
const shown = (code: string) => messages.Scheduling.errors[code as keyof typeof messages.Scheduling.errors];

describe('updateClassStudySettingsAction', () => {
  it('stores the retention the teacher gives in per cent as a fraction, and the daily new-card limit', async () => {
    expect(await stored()).toEqual(DEFAULTS);
    expect(await save({ desiredRetentionPercent: 85, newCardsPerDay: 35 })).toEqual({ ok: true, value: undefined });
    expect(await stored()).toEqual({ desiredRetention: 0.85, newCardsPerDay: 35 });
    expect(await save({ desiredRetentionPercent: 97, newCardsPerDay: 0 })).toMatchObject({ ok: true });
    expect(await stored()).toEqual({ desiredRetention: 0.97, newCardsPerDay: 0 });
    expect(await save({ desiredRetentionPercent: 70, newCardsPerDay: 200 })).toMatchObject({ ok: true });
    expect(await stored()).toEqual({ desiredRetention: 0.7, newCardsPerDay: 200 });
  });

  it('refuses a retention outside 70–97 % with the range on the field, and stores nothing', async () => {
    for (const desiredRetentionPercent of [69, 98, 0, 100, -90, 0.9]) {
      expect(await save({ desiredRetentionPercent }), String(desiredRetentionPercent)).toEqual({
        ok: false,
        fieldErrors: { desiredRetentionPercent: 'retentionRange' },
      });
    }
    expect(shown('retentionRange')).toBe('Enter a whole number from 70 to 97.');
    expect(await stored()).toEqual(DEFAULTS);
  });

  it('refuses a new-card limit outside 0–200 with the range on the field, and stores nothing', async () => {
    for (const newCardsPerDay of [-1, 201, 1000]) {
      expect(await save({ newCardsPerDay }), String(newCardsPerDay)).toEqual({ ok: false, fieldErrors: { newCardsPerDay: 'newCardsRange' } });
    }
    expect(shown('newCardsRange')).toBe('Enter a whole number from 0 to 200.');
    expect(await stored()).toEqual(DEFAULTS);
  });

  it('refuses what is not a whole number (empty field, text, fractions, infinity) on each field, and stores nothing', async () => {
    for (const bad of [Number.NaN, 'ninety', '90', null, undefined, 90.5, Number.POSITIVE_INFINITY, [90], {}]) {
      expect(await save({ desiredRetentionPercent: bad, newCardsPerDay: bad === 90.5 ? 2.5 : bad }), String(bad)).toEqual({
        ok: false,
        fieldErrors: { desiredRetentionPercent: 'retentionRange', newCardsPerDay: 'newCardsRange' },
      });
    }
    expect(await stored()).toEqual(DEFAULTS);
  });

  it('leaves an archived class’s settings as they were and says how to change them', async () => {
    await setClassArchived(test.prisma, teacher, { classId, archived: true }, new Date());
    expect(await save({ desiredRetentionPercent: 80 })).toEqual({ ok: false, fieldErrors: {}, formError: 'classArchived' });
    expect(shown('classArchived')).toBe('This class is archived. Restore it to change its study settings.');
    expect(await stored()).toEqual(DEFAULTS);
  });

  it('answers a broken class id on its field and another teacher’s class as not found', async () => {
    expect(await updateClassStudySettingsAction({ classId: 'nope', desiredRetentionPercent: 80, newCardsPerDay: 10 })).toEqual({
      ok: false,
      fieldErrors: { classId: 'id.invalid' },
    });
    currentActor = await makeUser('TEACHER');
    expect(await save({ desiredRetentionPercent: 80 })).toEqual({ ok: false, fieldErrors: {}, formError: 'notFound' });
    expect(await stored()).toEqual(DEFAULTS);
  });
});

describe('listStudySettingsForStudent', () => {
  it('shows a student the settings of each current class they are in, and nothing of other classes', async () => {
    const student = await makeUser('STUDENT');
    const other = (await test.prisma.class.create({ data: { name: 'Algebra 9A', joinCode: generateJoinCode(), teacherId: teacher.id } })).id;
    const ended = (await test.prisma.class.create({ data: { name: 'Old', joinCode: generateJoinCode(), teacherId: teacher.id } })).id;
    await test.prisma.class.create({ data: { name: 'Not joined', joinCode: generateJoinCode(), teacherId: teacher.id } });
    for (const id of [classId, other, ended]) await test.prisma.enrollment.create({ data: { classId: id, studentId: student.id } });
    await setClassArchived(test.prisma, teacher, { classId: ended, archived: true }, new Date());
    await save({ desiredRetentionPercent: 85, newCardsPerDay: 10 });

    expect(await listStudySettingsForStudent(test.prisma, student)).toEqual([
      { id: other, name: 'Algebra 9A', desiredRetention: 0.9, newCardsPerDay: 20 },
      { id: classId, name: 'History 9B', desiredRetention: 0.85, newCardsPerDay: 10 },
    ]);
    await expect(listStudySettingsForStudent(test.prisma, teacher)).rejects.toThrow('not found');
  });
});
