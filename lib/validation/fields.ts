// Fields shared by several forms. Messages are keys under "Errors" in the message files, so the same schema
// speaks every interface language on the form and on the server.
import './zod-config.ts';
import { z } from 'zod';

export const emailField = z
  .string({ error: 'email.required' })
  .trim()
  .toLowerCase()
  .min(1, 'email.required')
  .max(254, 'email.tooLong')
  .refine((value) => z.email().safeParse(value).success, 'email.invalid');

export const personNameField = z
  .string({ error: 'name.required' })
  .trim()
  .min(1, 'name.required')
  .max(80, 'name.tooLong');

export const idField = z.uuid({ error: 'id.invalid' });

/** PostgreSQL stores no NUL character in text or JSON: text that holds one is refused rather than failing the write. */
export const hasNoNul = (text: string) => !text.includes('\u0000');
