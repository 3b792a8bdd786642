'use server';

// "Forgot password?": mails a one-time code and link when the server can send mail. The answer is the same
// whether or not an account has the address; the code is made and sent after the response (see mailResetCode).
import { headers } from 'next/headers';
import { after } from 'next/server';
import { clientIp } from '@/lib/auth/client-ip';
import { getDb } from '@/lib/db/client';
import { mailResetCode, reservePasswordResetMail } from '@/lib/data/password-resets';
import { sendMail } from '@/lib/mail/send';
import { resetMail } from '@/lib/mail/reset-mail';
import { mailSettings } from '@/lib/mail/settings';
import { log } from '@/lib/observability/log';
import { forgotPasswordSchema } from '@/lib/validation/auth';
import { failure, parseInput, success, type ActionResult } from '@/lib/validation/result';

export async function requestPasswordResetAction(input: unknown): Promise<ActionResult<undefined>> {
  const settings = mailSettings();
  if (!settings) return failure({}, 'forgotPassword.noMail');
  const parsed = parseInput(forgotPasswordSchema, input);
  if (!parsed.ok) return parsed.result;
  const db = await getDb();
  const now = new Date();
  const reserved = await reservePasswordResetMail(db, parsed.data.email, clientIp(await headers()), now);
  if (!reserved.ok) return failure({}, `forgotPassword.rateLimited:${reserved.retryAfterMinutes}`);
  after(async () => {
    try {
      await mailResetCode(db, parsed.data.email, now, async (recipient, { code }) => sendMail(settings, await resetMail(recipient, code, settings.baseUrl)));
    } catch (error) {
      log.error('a password reset e-mail could not be sent', { error });
    }
  });
  return success();
}
