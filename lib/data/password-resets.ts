// Password resets with one-time codes (lib/auth/reset-codes.ts). Three ways to get one: a student's teacher issues
// it (shown once on the teacher's screen), a user asks by e-mail (when SMTP is configured), or the server's
// operator prints one (npm run user:reset-password). Whoever holds a live code and the account's e-mail sets a new
// password once; every session of the account ends then, so a lost or stolen phone is signed out too.
import type { Db } from '../db/client.ts';
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { classManagedBy, requireId, requireTeacher } from '../access/guards.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { generateResetCode, RESET_CODE_LIFETIME_MS } from '../auth/reset-codes.ts';
import {
  RESET_CODE_PER_ACCOUNT,
  RESET_CODE_PER_IP,
  RESET_ISSUE_PER_TEACHER,
  RESET_MAIL_PER_ACCOUNT,
  RESET_MAIL_PER_IP,
  retryAfterMinutes,
} from '../rate-limit/rules.ts';
import { releaseRateLimitHits, reserveRateLimitHits } from './rate-limits.ts';

export type IssuedBy = 'teacher' | 'email' | 'operator';

export interface IssuedCode {
  /** The code in clear: shown or sent once, never stored. */
  code: string;
  expiresAt: Date;
}

/** A new live code for the user; any unused one they had stops working (only the newest counts). */
export async function issueResetCode(db: Db, userId: string, issuedBy: IssuedBy, now: Date): Promise<IssuedCode> {
  const code = generateResetCode();
  // Hashed outside the transaction: argon2 is deliberately slow and must not hold rows locked.
  const codeHash = await hashPassword(code);
  const expiresAt = new Date(now.getTime() + RESET_CODE_LIFETIME_MS);
  await db.$transaction(async (tx) => {
    await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await tx.passwordReset.create({ data: { userId, codeHash, issuedBy, createdAt: now, expiresAt } });
  });
  return { code, expiresAt };
}

export type IssueForStudentOutcome = ({ ok: true } & IssuedCode) | { ok: false; error: 'resetCode.issueRateLimited'; retryAfterMinutes: number };

/** A teacher's code for a student of one of their classes; anyone else asking gets NotFoundOrForbidden. */
export async function issueResetCodeForStudent(
  db: Db,
  actor: Actor,
  input: { classId: string; studentId: string },
  now: Date,
): Promise<IssueForStudentOutcome> {
  requireTeacher(actor);
  requireId(input.classId, 'class');
  requireId(input.studentId, 'student');
  await classManagedBy(db, actor, input.classId);
  const enrolled = await db.enrollment.count({ where: { classId: input.classId, studentId: input.studentId, student: { role: 'STUDENT' } } });
  if (enrolled === 0) throw new NotFoundOrForbidden('student');
  const limit = await reserveRateLimitHits(db, [{ rule: RESET_ISSUE_PER_TEACHER, key: actor.id }], now);
  if (!limit.allowed) return { ok: false, error: 'resetCode.issueRateLimited', retryAfterMinutes: retryAfterMinutes(limit.retryAfterMs) };
  return { ok: true, ...(await issueResetCode(db, input.studentId, 'teacher', now)) };
}

export type ResetOutcome =
  | { ok: true }
  | { ok: false; error: 'resetCode.invalid' }
  | { ok: false; error: 'resetCode.rateLimited'; retryAfterMinutes: number };

let dummyHash: Promise<string> | undefined;
/** Checked against when there is no live code, so that case takes as long as a wrong code. */
function hashForMissingCodes(): Promise<string> {
  dummyHash ??= hashPassword('no reset code is this');
  return dummyHash;
}

/**
 * Sets a new password if the code is the account's live one. Every failure reads the same ("this code does not
 * work"), whether the account exists, has no code, or the code is wrong, used or expired.
 */
export async function resetPasswordWithCode(
  db: Db,
  input: { email: string; code: string; password: string },
  ip: string,
  now: Date,
): Promise<ResetOutcome> {
  const reservation = await reserveRateLimitHits(
    db,
    [
      { rule: RESET_CODE_PER_ACCOUNT, key: input.email },
      { rule: RESET_CODE_PER_IP, key: ip },
    ],
    now,
  );
  if (!reservation.allowed) return { ok: false, error: 'resetCode.rateLimited', retryAfterMinutes: retryAfterMinutes(reservation.retryAfterMs) };

  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  const live = user
    ? await db.passwordReset.findFirst({ where: { userId: user.id, usedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: 'desc' } })
    : null;
  const matches = await verifyPassword(live?.codeHash ?? (await hashForMissingCodes()), input.code);
  if (!user || !live || !matches) return { ok: false, error: 'resetCode.invalid' };

  const passwordHash = await hashPassword(input.password);
  const used = await db.$transaction(async (tx) => {
    // Taken only if still unused: two resets sent at once with one code cannot both set a password.
    const { count } = await tx.passwordReset.updateMany({ where: { id: live.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) return false;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    return true;
  });
  if (!used) return { ok: false, error: 'resetCode.invalid' };
  // A right code was not a guess: it leaves the account's count as it found it.
  await releaseRateLimitHits(db, reservation.hitIds.slice(0, 1));
  return { ok: true };
}

export type MailRequestOutcome = { ok: true } | { ok: false; error: 'forgotPassword.rateLimited'; retryAfterMinutes: number };

/**
 * "Forgot password?": counts the request (per address asked for and per sender), and says whether to go on. The
 * answer is the same whether or not an account has the address; the code is made and sent afterwards
 * (mailResetCode, run after the response) so that the time taken does not tell either.
 */
export async function reservePasswordResetMail(db: Db, email: string, ip: string, now: Date): Promise<MailRequestOutcome> {
  const limit = await reserveRateLimitHits(
    db,
    [
      { rule: RESET_MAIL_PER_ACCOUNT, key: email },
      { rule: RESET_MAIL_PER_IP, key: ip },
    ],
    now,
  );
  return limit.allowed ? { ok: true } : { ok: false, error: 'forgotPassword.rateLimited', retryAfterMinutes: retryAfterMinutes(limit.retryAfterMs) };
}

export interface MailRecipient {
  email: string;
  /** The interface language they chose, for the mail's language. */
  locale: string | null;
}

/** Issues a code for the account at this address, if there is one, and hands it to `deliver` (an e-mail). */
export async function mailResetCode(
  db: Db,
  email: string,
  now: Date,
  deliver: (recipient: MailRecipient, issued: IssuedCode) => Promise<void>,
): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, locale: true } });
  if (!user) return false;
  await deliver({ email: user.email, locale: user.locale }, await issueResetCode(db, user.id, 'email', now));
  return true;
}
