// Creating accounts: hashing, one account per address, and the sign-up limit per client address.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password.ts';
import { SIGN_UP_PER_IP } from '../rate-limit/rules.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { signUpSchema, type SignUpInput } from '../validation/auth.ts';
import { signUp } from './users.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

const NOW = new Date('2026-11-25T10:00:00Z');
const minutesAfterNow = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

/** A sign-up form as the server action passes it on: parsed, so the address is trimmed and lower-cased. */
function form(fields: Partial<Record<keyof SignUpInput, string>> = {}): SignUpInput {
  return signUpSchema.parse({ name: 'Aigerim Bekova', email: `new-${randomUUID()}@school.kz`, password: 'long enough secret', role: 'TEACHER', ...fields });
}

let lastIp = 0;
function freshIp(): string {
  lastIp += 1;
  return `192.168.${Math.floor(lastIp / 256)}.${lastIp % 256}`;
}

const usersWithEmail = (email: string) => db.prisma.user.count({ where: { email } });

describe('signUp', () => {
  it('creates an account with an argon2id hash of the password and the chosen role', async () => {
    for (const role of ['TEACHER', 'STUDENT'] as const) {
      const input = form({ role });
      const outcome = await signUp(db.prisma, input, freshIp(), NOW);
      expect(outcome).toEqual({ ok: true, userId: expect.any(String) });

      const user = await db.prisma.user.findUniqueOrThrow({ where: { email: input.email } });
      expect(outcome).toMatchObject({ userId: user.id });
      expect(user).toMatchObject({ name: 'Aigerim Bekova', role });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash, 'long enough secret')).toBe(true);
      expect(await verifyPassword(user.passwordHash, 'another secret')).toBe(false);
    }
  });

  it('refuses an address that already has an account, in any case, and stores nothing', async () => {
    const first = form();
    await signUp(db.prisma, first, freshIp(), NOW);
    const existing = await db.prisma.user.findUniqueOrThrow({ where: { email: first.email } });
    const userCount = await db.prisma.user.count();

    const again = form({ email: ` ${first.email.toUpperCase()} `, name: 'Impostor', password: 'a different one', role: 'STUDENT' });
    expect(again.email).toBe(first.email);
    expect(await signUp(db.prisma, again, freshIp(), NOW)).toEqual({ ok: false, error: 'email.taken' });

    expect(await db.prisma.user.count()).toBe(userCount);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { email: first.email } })).toEqual(existing);
  });

  it('makes one account of two sign-ups with one address at the same moment', async () => {
    const email = `race-${randomUUID()}@school.kz`;
    const outcomes = await Promise.all([
      signUp(db.prisma, form({ email, name: 'First' }), freshIp(), NOW),
      signUp(db.prisma, form({ email, name: 'Second' }), freshIp(), NOW),
    ]);

    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([{ ok: false, error: 'email.taken' }]);
    expect(await usersWithEmail(email)).toBe(1);
  });

  it('counts each new account against the address it came from', async () => {
    const ip = freshIp();
    await signUp(db.prisma, form(), ip, NOW);
    await signUp(db.prisma, form(), ip, NOW);
    expect(await db.prisma.rateLimitHit.count({ where: { bucket: SIGN_UP_PER_IP.bucket, key: ip } })).toBe(2);
  });

  it('stops an address after 200 sign-ups within the hour, until the oldest leaves the window', async () => {
    const ip = freshIp();
    expect(SIGN_UP_PER_IP.limit).toBe(200);
    // 200 earlier sign-ups from this address, 30 minutes ago (argon2 makes 200 real ones slow).
    await db.prisma.rateLimitHit.createMany({
      data: Array.from({ length: 200 }, () => ({ bucket: SIGN_UP_PER_IP.bucket, key: ip, createdAt: minutesAfterNow(-30) })),
    });
    const input = form();

    expect(await signUp(db.prisma, input, ip, NOW)).toEqual({ ok: false, error: 'signUp.rateLimited', retryAfterMinutes: 30 });
    expect(await usersWithEmail(input.email)).toBe(0);
    // Another address (another school) is not affected.
    expect(await signUp(db.prisma, form(), freshIp(), NOW)).toMatchObject({ ok: true });

    expect(await signUp(db.prisma, input, ip, minutesAfterNow(30))).toMatchObject({ ok: true });
    expect(await usersWithEmail(input.email)).toBe(1);
  });
});
