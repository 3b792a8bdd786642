// A request's language through the database, as pages (request.ts) and route handlers' JSON errors
// (lib/http/json-errors.ts) get it: with a real next-auth session cookie, on PGlite and PostgreSQL.
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../access/actor.ts';
import { generateJoinCode } from '../classes/join-code.ts';
import { useDbForTests } from '../db/client.ts';
import { sqlFor } from '../db/sql.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { makeUser } from '../testing/study-world.ts';

const SECRET = 'a test secret that is only used in this file';
vi.mock('server-only', () => ({}));
// Stand-ins with their own words, so the test tells the languages apart whatever the real files say today.
vi.mock('./messages/kk.json', () => ({ default: { Errors: { notFound: 'kk: табылмады', unexpected: 'kk: қате' } } }));
vi.mock('./messages/ru.json', () => ({ default: { Errors: { notFound: 'ru: не найдено', unexpected: 'ru: ошибка' } } }));
vi.stubEnv('NEXTAUTH_SECRET', SECRET);
const { localeOfRequest } = await import('./request-locale.ts');
const { jsonError } = await import('../http/json-errors.ts');

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
});
afterAll(async () => test?.cleanup());

/** The session cookie next-auth sets when the user signs in. */
async function signedIn(user: Actor) {
  const session = await test.prisma.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) } });
  return { name: 'next-auth.session-token', value: await encode({ token: { sub: user.id, sid: session.id }, secret: SECRET }) };
}
const deviceChoice = (value: string) => ({ name: 'NEXT_LOCALE', value });

async function studentInClassSpeaking(defaultLocale: string) {
  const teacher = await makeUser(test.prisma, 'TEACHER');
  const student = await makeUser(test.prisma, 'STUDENT');
  const klass = await test.prisma.class.create({ data: { name: 'Class', joinCode: generateJoinCode(), teacherId: teacher.id, defaultLocale } });
  await test.prisma.enrollment.create({ data: { classId: klass.id, studentId: student.id } });
  return student;
}

describe('localeOfRequest', () => {
  it('follows the order: device choice, the user’s stored choice, the class’s default, the browser, English', async () => {
    const student = await studentInClassSpeaking('kk');
    const session = await signedIn(student);
    expect(await localeOfRequest([deviceChoice('en'), session], 'ru')).toBe('en');
    expect(await localeOfRequest([session], 'ru'), 'never chose: the class’s language').toBe('kk');
    await test.prisma.user.update({ where: { id: student.id }, data: { locale: 'ru' } });
    expect(await localeOfRequest([session], 'en'), 'their own choice, from another device').toBe('ru');
    expect(await localeOfRequest([], 'kk-KZ,ru;q=0.5'), 'signed out: the browser').toBe('kk');
    expect(await localeOfRequest([], null)).toBe('en');
  });

  it('passes over a cookie value that is not one of our languages', async () => {
    const student = await studentInClassSpeaking('ru');
    expect(await localeOfRequest([deviceChoice('de'), await signedIn(student)], 'en')).toBe('ru');
    expect(await localeOfRequest([deviceChoice('<script>')], 'kk')).toBe('kk');
  });

  it('asks the database once for a signed-in request without a device choice, and never otherwise', async () => {
    const student = await studentInClassSpeaking('kk');
    const session = await signedIn(student);
    const query = vi.spyOn(sqlFor(test.prisma), 'query');
    try {
      await localeOfRequest([deviceChoice('ru'), session], 'en');
      await localeOfRequest([], 'en');
      await localeOfRequest([{ name: 'theme', value: 'dark' }], 'en');
      expect(query).not.toHaveBeenCalled();
      await localeOfRequest([session], 'en');
      expect(query).toHaveBeenCalledTimes(1);
    } finally {
      query.mockRestore();
    }
  });

  it('takes a session cookie that does not decode, or names a session signed out, as nobody', async () => {
    const student = await studentInClassSpeaking('kk');
    expect(await localeOfRequest([{ name: 'next-auth.session-token', value: 'forged' }], 'ru')).toBe('ru');
    const session = await signedIn(student);
    await test.prisma.session.updateMany({ where: { userId: student.id }, data: { revokedAt: new Date() } });
    expect(await localeOfRequest([session], 'ru')).toBe('ru');
  });
});

describe('jsonError', () => {
  it('speaks the language pages would, reading the cookies of the request', async () => {
    const student = await studentInClassSpeaking('kk');
    const session = await signedIn(student);
    const answer = async (headers: Record<string, string>) => {
      const response = await jsonError(new Request('http://parta.test/api/x', { headers }), 404, 'notFound');
      expect(response.status).toBe(404);
      return ((await response.json()) as { error: { code: string; message: string } }).error;
    };
    expect(await answer({ cookie: `${session.name}=${session.value}`, 'accept-language': 'ru' })).toEqual({ code: 'notFound', message: 'kk: табылмады' });
    expect(await answer({ cookie: `NEXT_LOCALE=ru; ${session.name}=${session.value}` })).toEqual({ code: 'notFound', message: 'ru: не найдено' });
    expect(await answer({ 'accept-language': 'ru-RU' })).toEqual({ code: 'notFound', message: 'ru: не найдено' });
  });
});
