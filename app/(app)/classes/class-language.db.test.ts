// A class's default language through the server action, on PGlite and PostgreSQL: only the class's own teacher sets
// or clears it; another teacher and the class's students are refused and nothing changes; a value that is not one of
// our languages is refused on its field; the students who never chose a language then get it.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/access/actor';
import { generateJoinCode } from '@/lib/classes/join-code';
import { getClassForTeacher, setClassArchived } from '@/lib/data/classes';
import { storedLanguageChoices } from '@/lib/data/language-choices';
import { useDbForTests } from '@/lib/db/client';
import messages from '@/lib/i18n/messages/en.json';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';
import { makeUser } from '@/lib/testing/study-world';

let currentActor: Actor | null = null;
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/lib/auth/current-actor', () => ({ getActor: async () => currentActor }));

const { updateClassDefaultLocaleAction } = await import('./actions.ts');

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
});
afterAll(async () => test?.cleanup());

let teacher: Actor;
let student: Actor;
let classId: string;
beforeEach(async () => {
  teacher = await makeUser(test.prisma, 'TEACHER');
  student = await makeUser(test.prisma, 'STUDENT');
  classId = (await test.prisma.class.create({ data: { name: 'History 9B', joinCode: generateJoinCode(), teacherId: teacher.id } })).id;
  await test.prisma.enrollment.create({ data: { classId, studentId: student.id } });
  currentActor = teacher;
});

const stored = async () => (await test.prisma.class.findUniqueOrThrow({ where: { id: classId }, select: { defaultLocale: true } })).defaultLocale;
const save = (defaultLocale: unknown) => updateClassDefaultLocaleAction({ classId, defaultLocale });

describe('updateClassDefaultLocaleAction', () => {
  it('lets the class’s teacher set each language and clear it, and shows it on their class page', async () => {
    expect(await stored()).toBeNull();
    for (const locale of ['kk', 'ru', 'en'] as const) {
      expect(await save(locale)).toEqual({ ok: true, value: undefined });
      expect(await stored()).toBe(locale);
      expect((await getClassForTeacher(test.prisma, teacher, classId)).defaultLocale).toBe(locale);
    }
    expect(await save('')).toMatchObject({ ok: true });
    expect(await stored(), 'the form’s "none"').toBeNull();
    await save('kk');
    expect(await save(null)).toMatchObject({ ok: true });
    expect(await stored()).toBeNull();
  });

  it('gives the class’s students who never chose a language the class’s language', async () => {
    const session = await test.prisma.session.create({ data: { userId: student.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    const choices = () => storedLanguageChoices(test.prisma, session.id, student.id, new Date());
    expect(await choices()).toEqual({ userLocale: null, classLocale: null });
    await save('kk');
    expect(await choices()).toEqual({ userLocale: null, classLocale: 'kk' });
  });

  it('refuses another teacher and the class’s own students as not found, and changes nothing', async () => {
    await save('ru');
    for (const actor of [await makeUser(test.prisma, 'TEACHER'), student, await makeUser(test.prisma, 'STUDENT')]) {
      currentActor = actor;
      expect(await save('kk'), actor.role).toEqual({ ok: false, fieldErrors: {}, formError: 'notFound' });
      expect(await save(''), actor.role).toEqual({ ok: false, fieldErrors: {}, formError: 'notFound' });
    }
    currentActor = null;
    expect(await save('kk')).toEqual({ ok: false, fieldErrors: {}, formError: 'signedOut' });
    expect(await stored()).toBe('ru');
  });

  it('refuses what is not one of our languages on its field, with a sentence, and stores nothing', async () => {
    for (const bad of ['de', 'KK', 'ru-RU', 'kz', ' en', 0, true, ['kk'], { locale: 'kk' }, undefined]) {
      expect(await save(bad), JSON.stringify(bad)).toEqual({ ok: false, fieldErrors: { defaultLocale: 'locale.invalid' } });
    }
    expect(messages.Errors.locale.invalid).toBe('Choose one of the languages offered: English, Русский or Қазақша.');
    expect(await updateClassDefaultLocaleAction({ classId: 'nope', defaultLocale: 'kk' })).toEqual({ ok: false, fieldErrors: { classId: 'id.invalid' } });
    expect(await stored()).toBeNull();
  });

  it('leaves an archived class’s language as it was and says how to change it', async () => {
    await save('ru');
    await setClassArchived(test.prisma, teacher, { classId, archived: true }, new Date());
    expect(await save('kk')).toEqual({ ok: false, fieldErrors: {}, formError: 'classArchived' });
    expect(messages.Classes.errors.classArchived).toBe('This class is archived. Restore it to change its language.');
    expect(await stored()).toBe('ru');
  });
});
