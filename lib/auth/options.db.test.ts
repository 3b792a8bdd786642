// next-auth's own session endpoint (GET /api/auth/session) with Parta's options, on a real session row: it must
// answer for a live session only, and never sign a fresh cookie for one that was signed out or has expired.
import { randomUUID } from 'node:crypto';
import NextAuth from 'next-auth';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useDbForTests } from '../db/client.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { authOptions } from './options.ts';
import { SESSION_MAX_AGE_SECONDS } from './session-config.ts';
import { revokeSession } from './sessions.ts';

const SECRET = 'a test secret that is only used in this file';
const COOKIE = 'next-auth.session-token';
let db: TestDatabase;
beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
  db = await createTestDatabase();
  useDbForTests(db.prisma, db.database);
});
afterAll(async () => db?.cleanup());

/** A session row for a new user, and the cookie next-auth set when it was opened. */
async function signedInCookie(expiresAt = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000)) {
  const user = await db.prisma.user.create({
    data: { email: `student-${randomUUID()}@school.kz`, name: 'Aigerim Bekova', passwordHash: 'never checked here', role: 'STUDENT' },
  });
  const session = await db.prisma.session.create({ data: { userId: user.id, createdAt: new Date(), expiresAt } });
  const cookie = await encode({ token: { sub: user.id, sid: session.id, name: user.name, email: user.email }, secret: SECRET });
  return { user, sessionId: session.id, cookie };
}

interface Answer {
  status: number;
  body: unknown;
  setCookies: string[];
}

/** next-auth's handler, called as a route answers GET /api/auth/session. */
async function getSession(cookie: string): Promise<Answer> {
  const answer: Answer = { status: 200, body: undefined, setCookies: [] };
  const headers = new Map<string, string | string[]>();
  const response = {
    status(code: number) {
      answer.status = code;
      return response;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    setHeader(name: string, value: string | string[]) {
      headers.set(name.toLowerCase(), value);
      return response;
    },
    send(body: unknown) {
      answer.body = typeof body === 'string' ? JSON.parse(body) : body;
    },
    json(body: unknown) {
      answer.body = body;
    },
    end() {},
  };
  const request = {
    method: 'GET',
    query: { nextauth: ['session'] },
    cookies: { [COOKIE]: cookie },
    headers: { host: 'localhost:3000', cookie: `${COOKIE}=${cookie}` },
    body: {},
  };
  await NextAuth(request as never, response as never, { ...authOptions, secret: SECRET });
  answer.setCookies = [headers.get('set-cookie') ?? []].flat();
  return answer;
}

/** The value each Set-Cookie gives the session cookie. */
const sessionCookieValues = (answer: Answer) =>
  answer.setCookies.filter((line) => line.startsWith(`${COOKIE}=`)).map((line) => line.slice(COOKIE.length + 1).split(';')[0]);

describe("next-auth's /api/auth/session", () => {
  it('answers a live session with its user and a renewed cookie', async () => {
    const { user, cookie } = await signedInCookie();
    const answer = await getSession(cookie);
    expect(answer.body).toMatchObject({ user: { name: user.name, email: user.email } });
    expect(sessionCookieValues(answer)).toHaveLength(1);
    expect(sessionCookieValues(answer)[0]).not.toBe('');
  });

  it('answers a signed-out session with no user, and clears the cookie instead of renewing it', async () => {
    const { sessionId, cookie } = await signedInCookie();
    await revokeSession(db.prisma, sessionId, new Date());
    const answer = await getSession(cookie);
    expect(answer.body).toStrictEqual({});
    expect(sessionCookieValues(answer)).toStrictEqual(['']);
  });

  it('answers an expired session row the same way, even while its cookie is still valid', async () => {
    const { cookie } = await signedInCookie(new Date(Date.now() - 1000));
    const answer = await getSession(cookie);
    expect(answer.body).toStrictEqual({});
    expect(sessionCookieValues(answer)).toStrictEqual(['']);
  });

  it('answers a cookie naming a session that does not exist with no user', async () => {
    const { user } = await signedInCookie();
    const forged = await encode({ token: { sub: user.id, sid: randomUUID() }, secret: SECRET });
    const answer = await getSession(forged);
    expect(answer.body).toStrictEqual({});
    expect(sessionCookieValues(answer)).toStrictEqual(['']);
  });
});
