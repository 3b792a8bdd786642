'use server';

// Setting a new password with a one-time code. Signed in or not: the code and the address are the proof.
import { headers } from 'next/headers';
import { clientIp } from '@/lib/auth/client-ip';
import { getDb } from '@/lib/db/client';
import { resetPasswordWithCode } from '@/lib/data/password-resets';
import { resetPasswordSchema } from '@/lib/validation/auth';
import { failure, parseInput, success, type ActionResult } from '@/lib/validation/result';

export async function resetPasswordAction(input: unknown): Promise<ActionResult<undefined>> {
  const parsed = parseInput(resetPasswordSchema, input);
  if (!parsed.ok) return parsed.result;
  const outcome = await resetPasswordWithCode(await getDb(), parsed.data, clientIp(await headers()), new Date());
  if (outcome.ok) return success();
  if (outcome.error === 'resetCode.invalid') return failure({ code: 'resetCode.invalid' });
  return failure({}, `resetCode.rateLimited:${outcome.retryAfterMinutes}`);
}
