import './zod-config.ts';
import { z } from 'zod';
import { isDemoEmail } from '../auth/demo-accounts.ts';
import { emailField, personNameField } from './fields.ts';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const signUpSchema = z.object({
  name: personNameField,
  // The demo's domain is reserved: npm run db:remove-demo removes every account at it.
  email: emailField.refine((email) => !isDemoEmail(email), 'email.reserved'),
  password: z
    .string({ error: 'password.required' })
    .min(1, 'password.required')
    .min(PASSWORD_MIN, 'password.tooShort')
    .max(PASSWORD_MAX, 'password.tooLong'),
  role: z.enum(['TEACHER', 'STUDENT'], { error: 'role.required' }),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  // No minimum here: sign-in must not hint at the rules an existing password follows.
  password: z.string({ error: 'password.required' }).min(1, 'password.required').max(PASSWORD_MAX, 'password.tooLong'),
});
export type SignInInput = z.infer<typeof signInSchema>;
