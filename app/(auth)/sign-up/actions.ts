'use server';

// Creating an account. The form signs in with next-auth afterwards, so there is one sign-in path.
import { headers } from 'next/headers';
import { clientIp } from '@/lib/auth/client-ip';
import { getDb } from '@/lib/db/client';
import { signUp } from '@/lib/data/users';
import { signUpSchema } from '@/lib/validation/auth';
import { failure, parseInput, success, type ActionResult } from '@/lib/validation/result';

export async function signUpAction(input: unknown): Promise<ActionResult<undefined>> {
  const parsed = parseInput(signUpSchema, input);
  if (!parsed.ok) return parsed.result;
  const outcome = await signUp(await getDb(), parsed.data, clientIp(await headers()), new Date());
  if (outcome.ok) return success();
  if (outcome.error === 'email.taken') return failure({ email: 'email.taken' });
  return failure({}, `signUp.rateLimited:${outcome.retryAfterMinutes}`);
}
