// The stored language choices, on PGlite and PostgreSQL: what a signed-in user chose (following them to any device),
// and for a student who never chose, the default language of their most recently joined current class that sets one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import { generateJoinCode } from '../classes/join-code.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { makeUser } from '../testing/study-world.ts';
import { adoptDeviceLocale, storedLanguageChoices, storeUserLocale } from './language-choices.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test?.cleanup());

const NOW = new Date('2026-12-07T09:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

async function sessionOf(user: Actor, options: { expiresAt?: Date; revokedAt?: Date } = {}) {
  const session = await test.prisma.session.create({
    data: { userId: user.id, createdAt: minutesAgo(5), expiresAt: options.expiresAt ?? new Date(NOW.getTime() + 86_400_000), revokedAt: options.revokedAt ?? null },
  });
  return session.id;
}

async function classOf(teacher: Actor, defaultLocale: string | null, archivedAt: Date | null = null) {
  return (await test.prisma.class.create({ data: { name: 'Class', joinCode: generateJoinCode(), teacherId: teacher.id, defaultLocale, archivedAt } })).id;
}

const join = (student: Actor, classId: string, joinedAt: Date) => test.prisma.enrollment.create({ data: { classId, studentId: student.id, joinedAt } });
const choicesOf = async (user: Actor, sessionId?: string) => storedLanguageChoices(test.prisma, sessionId ?? (await sessionOf(user)), user.id, NOW);
const storedLocale = async (user: Actor) => (await test.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).locale;

describe('storedLanguageChoices', () => {
  it('gives the user’s own choice, and nothing for the class of someone in no class', async () => {
    const student = await makeUser(test.prisma, 'STUDENT');
    expect(await choicesOf(student)).toEqual({ userLocale: null, classLocale: null });
    await storeUserLocale(test.prisma, student, 'kk');
    expect(await choicesOf(student)).toEqual({ userLocale: 'kk', classLocale: null });
  });

  it('gives the default language of the most recently joined class that has one, passing over classes without one and ended classes', async () => {
    const teacher = await makeUser(test.prisma, 'TEACHER');
    const student = await makeUser(test.prisma, 'STUDENT');
    await join(student, await classOf(teacher, 'ru'), minutesAgo(300));
    await join(student, await classOf(teacher, 'kk'), minutesAgo(200));
    expect(await choicesOf(student)).toEqual({ userLocale: null, classLocale: 'kk' });

    await join(student, await classOf(teacher, null), minutesAgo(100));
    await join(student, await classOf(teacher, 'en', minutesAgo(1)), minutesAgo(50));
    expect(await choicesOf(student), 'a newer class without a language, and an archived one, change nothing').toEqual({ userLocale: null, classLocale: 'kk' });

    await join(student, await classOf(teacher, 'en'), minutesAgo(10));
    expect(await choicesOf(student)).toEqual({ userLocale: null, classLocale: 'en' });
  });

  it('gives a teacher no class language: they teach classes, they are in none', async () => {
    const teacher = await makeUser(test.prisma, 'TEACHER');
    await classOf(teacher, 'kk');
    expect(await choicesOf(teacher)).toEqual({ userLocale: null, classLocale: null });
  });

  it('answers nothing for a session that was signed out, has expired, is someone else’s or is no id at all', async () => {
    const student = await makeUser(test.prisma, 'STUDENT');
    const other = await makeUser(test.prisma, 'STUDENT');
    await storeUserLocale(test.prisma, student, 'ru');
    expect(await choicesOf(student, await sessionOf(student, { revokedAt: minutesAgo(1) }))).toBeNull();
    expect(await choicesOf(student, await sessionOf(student, { expiresAt: minutesAgo(1) }))).toBeNull();
    expect(await storedLanguageChoices(test.prisma, await sessionOf(other), student.id, NOW)).toBeNull();
    expect(await storedLanguageChoices(test.prisma, 'not-a-session', student.id, NOW)).toBeNull();
  });
});

describe('adoptDeviceLocale', () => {
  it('makes the language picked on the device the account’s when the account has none', async () => {
    const student = await makeUser(test.prisma, 'STUDENT');
    await adoptDeviceLocale(test.prisma, student.id, 'kk');
    expect(await storedLocale(student)).toBe('kk');
  });

  it('never overwrites the account’s own choice (a shared phone keeps the last person’s pick)', async () => {
    const student = await makeUser(test.prisma, 'STUDENT');
    await storeUserLocale(test.prisma, student, 'ru');
    await adoptDeviceLocale(test.prisma, student.id, 'kk');
    expect(await storedLocale(student)).toBe('ru');
    await storeUserLocale(test.prisma, student, 'en');
    expect(await storedLocale(student), 'choosing in the menu while signed in always stores').toBe('en');
  });
});
