'use server';

// A teacher issues a one-time password reset code for a student of their class; the dialog shows it once.
import { guardedAction } from '@/lib/access/guarded-action';
import { formatResetCode } from '@/lib/auth/reset-codes';
import { issueResetCodeForStudent } from '@/lib/data/password-resets';
import { issueResetCodeSchema } from '@/lib/validation/auth';
import { failure, success } from '@/lib/validation/result';

export async function issueResetCodeAction(input: unknown) {
  return guardedAction(issueResetCodeSchema, input, async ({ actor, db, input }) => {
    const outcome = await issueResetCodeForStudent(db, actor, input, new Date());
    if (!outcome.ok) return failure({}, `${outcome.error}:${outcome.retryAfterMinutes}`);
    return success({ code: formatResetCode(outcome.code), expiresAt: outcome.expiresAt.toISOString() });
  });
}
