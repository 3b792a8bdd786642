import './zod-config.ts';
import { z } from 'zod';
import { isDemoEmail } from '../auth/demo-accounts.ts';
import { isWellFormedResetCode, normalizeResetCode } from '../auth/reset-codes.ts';
import { emailField, idField, personNameField } from './fields.ts';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** The rules for a password being set: at sign-up and on a reset. */
const newPasswordField = z
  .string({ error: 'password.required' })
  .min(1, 'password.required')
  .min(PASSWORD_MIN, 'password.tooShort')
  .max(PASSWORD_MAX, 'password.tooLong');

export const signUpSchema = z.object({
  name: personNameField,
  // The demo's domain is reserved: npm run db:remove-demo removes every account at it.
  email: emailField.refine((email) => !isDemoEmail(email), 'email.reserved'),
  password: newPasswordField,
  role: z.enum(['TEACHER', 'STUDENT'], { error: 'role.required' }),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  // No minimum here: sign-in must not hint at the rules an existing password follows.
  password: z.string({ error: 'password.required' }).min(1, 'password.required').max(PASSWORD_MAX, 'password.tooLong'),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Setting a new password with a one-time code (from the teacher, an e-mail or the server's operator). */
export const resetPasswordSchema = z.object({
  email: emailField,
  code: z
    .string({ error: 'resetCode.required' })
    .max(64, 'resetCode.malformed')
    .transform(normalizeResetCode)
    .refine((code) => code.length > 0, 'resetCode.required')
    .refine(isWellFormedResetCode, 'resetCode.malformed'),
  password: newPasswordField,
});
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const forgotPasswordSchema = z.object({ email: emailField });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

/** A teacher asks for a reset code for a student of their class. */
export const issueResetCodeSchema = z.object({ classId: idField, studentId: idField });
