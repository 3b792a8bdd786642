// POST /api/locale, the header's language switcher, on PGlite and PostgreSQL: the device's cookie for everyone, the
// account's stored choice for whoever is signed in, and a clear refusal of anything else that changes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/access/actor';
import { useDbForTests } from '@/lib/db/client';
import messages from '@/lib/i18n/messages/en.json';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';
import { makeUser } from '@/lib/testing/study-world';

let currentActor: Actor | null = null;
vi.mock('server-only', () => ({}));
vi.mock('@/lib/auth/current-actor', () => ({ getActor: async () => currentActor }));

const { POST } = await import('./route.ts');

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  useDbForTests(test.prisma, test.database);
});
afterAll(async () => test?.cleanup());

let student: Actor;
let teacher: Actor;
beforeEach(async () => {
  student = await makeUser(test.prisma, 'STUDENT');
  teacher = await makeUser(test.prisma, 'TEACHER');
  currentActor = null;
});

const SAME_SITE = { origin: 'http://parta.test', host: 'parta.test', 'content-type': 'application/json' };
const choose = (body: string, headers: Record<string, string> = SAME_SITE, url = 'http://parta.test/api/locale') =>
  POST(new Request(url, { method: 'POST', body, headers }));
const storedLocale = async (user: Actor) => (await test.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).locale;

async function refusal(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, cookie: response.headers.get('set-cookie'), ...body.error };
}

describe('POST /api/locale', () => {
  it('sets the device’s cookie for a year on every path, readable by the service worker, for a visitor', async () => {
    const response = await choose(JSON.stringify({ locale: 'kk' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ locale: 'kk' });
    expect(response.headers.get('cache-control')).toBe('no-store');
    const attributes = response.headers.get('set-cookie')!.split('; ');
    const expires = attributes.find((attribute) => attribute.startsWith('Expires='));
    expect(attributes.filter((attribute) => attribute !== expires).sort()).toEqual(['Max-Age=31536000', 'NEXT_LOCALE=kk', 'Path=/', 'SameSite=lax'].sort());
    // Expires as well, for browsers that know no Max-Age: a year from now too.
    expect(Date.parse(expires!.slice('Expires='.length)) - Date.now()).toBeGreaterThan(364 * 86_400_000);
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const response = await choose(JSON.stringify({ locale: 'ru' }), { ...SAME_SITE, 'x-forwarded-proto': 'https' });
    expect(response.headers.get('set-cookie')).toContain('Secure');
  });

  it('stores a signed-in user’s choice on their account, so it follows them to another device', async () => {
    for (const [user, locale] of [[student, 'kk'], [teacher, 'ru']] as const) {
      currentActor = user;
      expect((await choose(JSON.stringify({ locale }))).status).toBe(200);
      expect(await storedLocale(user)).toBe(locale);
    }
    currentActor = student;
    await choose(JSON.stringify({ locale: 'en' }));
    expect(await storedLocale(student), 'a later choice replaces the earlier one').toBe('en');
    expect(await storedLocale(teacher), 'nobody else’s account changes').toBe('ru');
  });

  it('refuses a language Parta does not speak, or a body that names none, with 400 and a sentence; nothing is set or stored', async () => {
    currentActor = student;
    for (const body of [
      JSON.stringify({ locale: 'de' }),
      JSON.stringify({ locale: 'KK' }),
      JSON.stringify({ locale: 'ru-RU' }),
      JSON.stringify({ locale: '' }),
      JSON.stringify({ locale: ['kk'] }),
      JSON.stringify({}),
      JSON.stringify('kk'),
      'null',
      'kk',
      '{"locale": "kk"',
      '',
      JSON.stringify({ locale: 'kk', padding: 'x'.repeat(2000) }),
    ]) {
      expect(await refusal(await choose(body)), body.slice(0, 40)).toEqual({
        status: 400,
        cookie: null,
        code: 'locale.invalid',
        message: 'Choose one of the languages offered: English, Русский or Қазақша.',
      });
    }
    expect(messages.Errors.locale.invalid).toBe('Choose one of the languages offered: English, Русский or Қазақша.');
    expect(await storedLocale(student)).toBeNull();
  });

  it('refuses a request from another site, or one that says from nowhere, with 403; nothing is set or stored', async () => {
    currentActor = student;
    for (const headers of [{ ...SAME_SITE, origin: 'https://elsewhere.example' }, { host: 'parta.test', 'content-type': 'application/json' }]) {
      expect(await refusal(await choose(JSON.stringify({ locale: 'kk' }), headers))).toMatchObject({ status: 403, cookie: null, code: 'crossSite' });
    }
    expect(await storedLocale(student)).toBeNull();
  });
});
