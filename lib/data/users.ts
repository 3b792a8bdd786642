// Creating accounts.
import type { Db } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import { hashPassword } from '../auth/password.ts';
import { retryAfterMinutes, SIGN_UP_PER_IP } from '../rate-limit/rules.ts';
import type { SignUpInput } from '../validation/auth.ts';
import { reserveRateLimitHits } from './rate-limits.ts';

export type SignUpOutcome =
  | { ok: true; userId: string }
  | { ok: false; error: 'email.taken' }
  | { ok: false; error: 'signUp.rateLimited'; retryAfterMinutes: number };

export async function signUp(db: Db, input: SignUpInput, ip: string, now: Date): Promise<SignUpOutcome> {
  // Every attempt counts, taken addresses too: otherwise sign-up would be an unlimited way to learn who has an account.
  const limit = await reserveRateLimitHits(db, [{ rule: SIGN_UP_PER_IP, key: ip }], now);
  if (!limit.allowed) return { ok: false, error: 'signUp.rateLimited', retryAfterMinutes: retryAfterMinutes(limit.retryAfterMs) };
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) return { ok: false, error: 'email.taken' };
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, error: 'email.taken' };
    throw error;
  }
}
