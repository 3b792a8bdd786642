// Checking a sign-in: rate limits first, then the password, then a server-side session row. Every failure
// looks the same from outside ("wrong e-mail or password"), whether or not the account exists.
import type { Db } from '../db/client.ts';
import { checkRateLimit, clearRateLimit } from '../data/rate-limits.ts';
import { retryAfterMinutes, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP } from '../rate-limit/rules.ts';
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

export async function authenticate(db: Db, credentials: unknown, ip: string, now: Date): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  for (const [rule, key] of [[SIGN_IN_PER_ACCOUNT, email], [SIGN_IN_PER_IP, ip]] as const) {
    const decision = await checkRateLimit(db, rule, key, now);
    if (!decision.allowed) return { ok: false, reason: 'rate-limited', retryAfterMinutes: retryAfterMinutes(decision.retryAfterMs) };
  }

  const user = await db.user.findUnique({ where: { email } });
  const matches = await verifyPassword(user?.passwordHash ?? (await hashForMissingAccounts()), password);
  if (!user || !matches) {
    await db.$transaction([
      db.rateLimitHit.create({ data: { bucket: SIGN_IN_PER_ACCOUNT.bucket, key: email, createdAt: now } }),
      db.rateLimitHit.create({ data: { bucket: SIGN_IN_PER_IP.bucket, key: ip, createdAt: now } }),
    ]);
    return { ok: false, reason: 'invalid' };
  }

  await clearRateLimit(db, SIGN_IN_PER_ACCOUNT, email);
  const session = await db.session.create({
    data: { userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return { ok: true, actor: { id: user.id, role: user.role, name: user.name, email: user.email }, sessionId: session.id };
}
