// Signing in (password, rate limits, session rows) and reading the session back: on PGlite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ACCOUNT_AND_IP, SIGN_IN_PER_IP } from '../rate-limit/rules.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { hashPassword } from './password.ts';
import { SESSION_MAX_AGE_SECONDS } from './session-config.ts';
import { actorForSession, revokeSession } from './sessions.ts';
import { accountAtAddress, authenticate, type SignInOutcome } from './sign-in.ts';

const PASSWORD = 'correct horse battery';
let passwordHash: string;
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => db?.cleanup());

const NOW = new Date('2026-11-25T10:00:00Z');
const minutesAfterNow = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const INVALID = { ok: false, reason: 'invalid' };

let lastIp = 0;
/** A client address no other test has used, so per-address counts start at zero. */
function freshIp(): string {
  lastIp += 1;
  return `10.0.${Math.floor(lastIp / 256)}.${lastIp % 256}`;
}

async function makeUser(role: Actor['role'] = 'TEACHER'): Promise<Actor> {
  return db.prisma.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@school.kz`, name: 'Aigerim Bekova', passwordHash, role },
    select: { id: true, role: true, name: true, email: true },
  });
}

const sessionsOf = (user: Actor) => db.prisma.session.count({ where: { userId: user.id } });

/** The outcome of a sign-in that must have succeeded. */
function signedIn(outcome: SignInOutcome) {
  if (!outcome.ok) throw new Error(`expected a successful sign-in, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('authenticate', () => {
  it('signs in with the right password and opens a two-week session', async () => {
    const user = await makeUser('STUDENT');
    const outcome = signedIn(await authenticate(db.prisma, { email: user.email, password: PASSWORD }, freshIp(), NOW));

    expect(outcome.actor).toStrictEqual({ id: user.id, role: 'STUDENT', name: 'Aigerim Bekova', email: user.email });
    const session = await db.prisma.session.findUniqueOrThrow({ where: { id: outcome.sessionId } });
    expect(session).toMatchObject({
      userId: user.id,
      createdAt: NOW,
      expiresAt: new Date(NOW.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      revokedAt: null,
    });
  });

  it('matches the e-mail address whatever its case and surrounding spaces', async () => {
    const user = await makeUser();
    const outcome = await authenticate(db.prisma, { email: ` ${user.email.toUpperCase()} `, password: PASSWORD }, freshIp(), NOW);
    expect(signedIn(outcome).actor.id).toBe(user.id);
  });

  it('answers a wrong password and an unknown address identically', async () => {
    const user = await makeUser();
    const wrongPassword = await authenticate(db.prisma, { email: user.email, password: 'not the password' }, freshIp(), NOW);
    const unknownEmail = await authenticate(db.prisma, { email: `nobody-${randomUUID()}@school.kz`, password: PASSWORD }, freshIp(), NOW);

    expect(wrongPassword).toStrictEqual(INVALID);
    expect(unknownEmail).toStrictEqual(wrongPassword);
    expect(await sessionsOf(user)).toBe(0);
  });

  it('refuses malformed input as invalid and stores nothing', async () => {
    const user = await makeUser();
    const counts = async () => [await db.prisma.rateLimitHit.count(), await db.prisma.session.count()];
    const before = await counts();
    const ip = freshIp();
    for (const credentials of [
      undefined,
      null,
      'teacher@school.kz',
      {},
      { email: user.email },
      { password: PASSWORD },
      { email: 42, password: 42 },
      { email: user.email, password: 12345678 },
      { email: 'not-an-address', password: PASSWORD },
      { email: user.email, password: '' },
      { email: user.email, password: 'x'.repeat(129) },
    ]) {
      expect(await authenticate(db.prisma, credentials, ip, NOW), JSON.stringify(credentials)).toStrictEqual(INVALID);
    }
    expect(await counts()).toEqual(before);
  });

  it('locks an account at one address for 15 minutes after 5 failures there, even for the right password', async () => {
    const user = await makeUser();
    const ip = freshIp();
    const waits: number[] = [];
    const attempt = (password: string, from: string, at: Date) => authenticate(db.prisma, { email: user.email, password }, from, at, async (ms) => void waits.push(ms));
    for (let i = 0; i < 5; i += 1) expect(await attempt(`wrong ${i}`, ip, NOW)).toStrictEqual(INVALID);

    expect(await attempt(PASSWORD, ip, NOW)).toStrictEqual({ ok: false, reason: 'rate-limited', retryAfterMinutes: 15 });
    expect(await attempt(PASSWORD, ip, minutesAfterNow(1))).toMatchObject({ reason: 'rate-limited', retryAfterMinutes: 14 });
    expect(await sessionsOf(user)).toBe(0);
    expect(waits).toEqual([]);

    signedIn(await attempt(PASSWORD, ip, minutesAfterNow(16)));
    expect(await sessionsOf(user)).toBe(1);
  });

  it('never locks the owner out from another address: failures from many addresses only slow the account down', async () => {
    const user = await makeUser();
    const waits: number[] = [];
    const attempt = (password: string, from: string) => authenticate(db.prisma, { email: user.email, password }, from, NOW, async (ms) => void waits.push(ms));
    // An attacker with 6 addresses tries 5 passwords from each, as many as each address is allowed.
    for (let address = 0; address < 6; address += 1) {
      const ip = freshIp();
      for (let i = 0; i < 5; i += 1) expect(await attempt(`guess ${address}-${i}`, ip)).toStrictEqual(INVALID);
      expect(await attempt('one more guess', ip)).toMatchObject({ reason: 'rate-limited' });
    }
    // The first 5 failures are free; after that each attempt waits longer, up to 10 s.
    expect(waits).toEqual([1000, 2000, 4000, 8000, ...Array<number>(21).fill(10_000)]);

    // The owner, at their own address, gets in with the right password (after the account's current delay).
    waits.length = 0;
    expect(signedIn(await attempt(PASSWORD, freshIp())).actor.id).toBe(user.id);
    expect(waits).toEqual([10_000]);
    expect(await sessionsOf(user)).toBe(1);
  });

  it("slows the account only while its failures are recent", async () => {
    const user = await makeUser();
    const waits: number[] = [];
    const attempt = (password: string, from: string, at: Date) => authenticate(db.prisma, { email: user.email, password }, from, at, async (ms) => void waits.push(ms));
    for (let i = 0; i < 7; i += 1) expect(await attempt(`guess ${i}`, freshIp(), NOW)).toStrictEqual(INVALID);
    expect(waits).toEqual([1000, 2000]);
    signedIn(await attempt(PASSWORD, freshIp(), minutesAfterNow(16)));
    expect(waits).toEqual([1000, 2000]);
  });

  it('blocks an address after failures for as many accounts as its limit, while other addresses still sign in', async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i += 1) {
      const email = `guess-${i}-${randomUUID()}@school.kz`;
      expect(await authenticate(db.prisma, { email, password: 'password1' }, ip, NOW)).toStrictEqual(INVALID);
    }
    expect(await db.prisma.rateLimitHit.count({ where: { bucket: SIGN_IN_PER_IP.bucket, key: ip } })).toBe(3);
    // The rest of the limit as stored failures (a real attempt for a missing account costs an argon2 hash).
    await db.prisma.rateLimitHit.createMany({
      data: Array.from({ length: SIGN_IN_PER_IP.limit - 3 }, () => ({ bucket: SIGN_IN_PER_IP.bucket, key: ip, createdAt: NOW })),
    });
    const user = await makeUser();

    expect(await authenticate(db.prisma, { email: user.email, password: PASSWORD }, ip, NOW)).toStrictEqual({
      ok: false,
      reason: 'rate-limited',
      retryAfterMinutes: 15,
    });
    expect(await sessionsOf(user)).toBe(0);
    expect(signedIn(await authenticate(db.prisma, { email: user.email, password: PASSWORD }, freshIp(), NOW)).actor.id).toBe(user.id);
    // The address is free again once its failures are 15 minutes old.
    expect(signedIn(await authenticate(db.prisma, { email: user.email, password: PASSWORD }, ip, minutesAfterNow(16))).actor.id).toBe(user.id);
  });

  it("clears the account's failure count at this address when the right password is given", async () => {
    const user = await makeUser();
    const ip = freshIp();
    const attempt = (password: string) => authenticate(db.prisma, { email: user.email, password }, ip, NOW, async () => {});
    const accountHits = () => db.prisma.rateLimitHit.count({ where: { bucket: SIGN_IN_PER_ACCOUNT_AND_IP.bucket, key: accountAtAddress(user.email, ip) } });

    for (let i = 0; i < 4; i += 1) expect(await attempt('wrong')).toStrictEqual(INVALID);
    expect(await accountHits()).toBe(4);
    signedIn(await attempt(PASSWORD));
    expect(await accountHits()).toBe(0);

    // Without the reset these would be failures 5 to 8 and the lock would stop the last sign-in.
    for (let i = 0; i < 4; i += 1) expect(await attempt('wrong')).toStrictEqual(INVALID);
    signedIn(await attempt(PASSWORD));
  });

  // Attempts sent at once must queue up for the limit, not all see the count from before any of them.
  it('tries no more than 5 passwords for one account from one address when the attempts arrive at once', async () => {
    const user = await makeUser();
    const ip = freshIp();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => authenticate(db.prisma, { email: user.email, password: `guess ${i}` }, ip, NOW, async () => {})),
    );
    const tried = outcomes.filter((outcome) => !outcome.ok && outcome.reason === 'invalid');
    expect(tried.length).toBeLessThanOrEqual(SIGN_IN_PER_ACCOUNT_AND_IP.limit);
    expect(await db.prisma.rateLimitHit.count({ where: { bucket: SIGN_IN_PER_ACCOUNT.bucket, key: user.email } })).toBe(tried.length);
  });
});

describe('sessions', () => {
  async function signIn(user?: Actor) {
    user ??= await makeUser();
    const outcome = signedIn(await authenticate(db.prisma, { email: user.email, password: PASSWORD }, freshIp(), NOW));
    return { user, sessionId: outcome.sessionId };
  }

  it('gives the actor of a live session until it expires', async () => {
    const { user, sessionId } = await signIn();
    const expiresAt = new Date(NOW.getTime() + SESSION_MAX_AGE_SECONDS * 1000);

    expect(await actorForSession(db.prisma, sessionId, user.id, minutesAfterNow(1))).toStrictEqual(user);
    expect(await actorForSession(db.prisma, sessionId, user.id, new Date(expiresAt.getTime() - 1))).toStrictEqual(user);
    expect(await actorForSession(db.prisma, sessionId, user.id, expiresAt)).toBeNull();
    expect(await actorForSession(db.prisma, sessionId, user.id, new Date(expiresAt.getTime() + 60_000))).toBeNull();
  });

  it('gives nothing once the session is revoked', async () => {
    const { user, sessionId } = await signIn();
    await revokeSession(db.prisma, sessionId, minutesAfterNow(5));

    expect(await actorForSession(db.prisma, sessionId, user.id, minutesAfterNow(6))).toBeNull();
    expect((await db.prisma.session.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).toEqual(minutesAfterNow(5));
    // Signing out again keeps the first time.
    await revokeSession(db.prisma, sessionId, minutesAfterNow(7));
    expect((await db.prisma.session.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).toEqual(minutesAfterNow(5));
  });

  it("gives nothing for another user's id or an unknown session", async () => {
    const { user, sessionId } = await signIn();
    const other = await makeUser();

    expect(await actorForSession(db.prisma, sessionId, other.id, minutesAfterNow(1))).toBeNull();
    expect(await actorForSession(db.prisma, randomUUID(), user.id, minutesAfterNow(1))).toBeNull();
  });

  it('ends only the revoked session: the same user signed in elsewhere stays signed in', async () => {
    const { user, sessionId } = await signIn();
    const other = await signIn(user);
    await revokeSession(db.prisma, sessionId, minutesAfterNow(1));

    expect(await actorForSession(db.prisma, sessionId, user.id, minutesAfterNow(2))).toBeNull();
    expect(await actorForSession(db.prisma, other.sessionId, user.id, minutesAfterNow(2))).toStrictEqual(user);
  });
});
