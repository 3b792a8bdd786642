// Checking a sign-in: rate limits first, then the password, then a server-side session row. Every failure
// looks the same from outside ("wrong e-mail or password"), whether or not the account exists. Failures lock an
// account only for the address they came from; from all addresses together they only slow it down, so nobody
// can lock a teacher out of their own account.
import type { Db } from '../db/client.ts';
import { clearRateLimit, releaseRateLimitHits, reserveRateLimitHits } from '../data/rate-limits.ts';
import { retryAfterMinutes, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ACCOUNT_AND_IP, SIGN_IN_PER_IP } from '../rate-limit/rules.ts';
import { signInSchema } from '../validation/auth.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { SESSION_MAX_AGE_SECONDS } from './session-config.ts';
import type { Actor } from '../access/actor.ts';

export type SignInOutcome =
  | { ok: true; actor: Actor; sessionId: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate-limited'; retryAfterMinutes: number };

let dummyHash: Promise<string> | undefined;
/** Verified against when the account does not exist, so both cases take the same time. */
function hashForMissingAccounts(): Promise<string> {
  dummyHash ??= hashPassword('no account has this password');
  return dummyHash;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One account at one address, the pair a lock applies to. */
export const accountAtAddress = (email: string, ip: string) => `${email} ${ip}`;

/** `wait` is how the account's slowdown is served; tests pass their own to see it without waiting. */
export async function authenticate(db: Db, credentials: unknown, ip: string, now: Date, wait: (ms: number) => Promise<void> = sleep): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  // Every attempt counts as a failure until the password proves right; reserving first means attempts
  // sent at once cannot all slip under the limit.
  const reservation = await reserveRateLimitHits(
    db,
    [
      { rule: SIGN_IN_PER_ACCOUNT_AND_IP, key: accountAtAddress(email, ip) },
      { rule: SIGN_IN_PER_IP, key: ip },
    ],
    now,
    [{ rule: SIGN_IN_PER_ACCOUNT, key: email }],
  );
  if (!reservation.allowed) return { ok: false, reason: 'rate-limited', retryAfterMinutes: retryAfterMinutes(reservation.retryAfterMs) };
  if (reservation.delayMs > 0) await wait(reservation.delayMs);

  const user = await db.user.findUnique({ where: { email } });
  const matches = await verifyPassword(user?.passwordHash ?? (await hashForMissingAccounts()), password);
  if (!user || !matches) return { ok: false, reason: 'invalid' };

  await releaseRateLimitHits(db, reservation.hitIds);
  // The owner's typos from here are forgiven; the account's count from everywhere stays, as whoever else is
  // guessing has not stopped because the owner got in.
  await clearRateLimit(db, SIGN_IN_PER_ACCOUNT_AND_IP, accountAtAddress(email, ip));
  const session = await db.session.create({
    data: { userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return { ok: true, actor: { id: user.id, role: user.role, name: user.name, email: user.email }, sessionId: session.id };
}
