// What a server action answers a form: success with a value, or errors by field (message keys under
// "Errors") and an error for the form as a whole.
import type { z } from 'zod';
import { hasNoNul } from './fields.ts';

export type ActionResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string };

export function success<T>(value: T): ActionResult<T>;
export function success(): ActionResult<undefined>;
export function success<T>(value?: T): ActionResult<T | undefined> {
  return { ok: true, value };
}

export function failure(fieldErrors: Record<string, string>, formError?: string): ActionResult<never> {
  return formError === undefined ? { ok: false, fieldErrors } : { ok: false, fieldErrors, formError };
}

/** The first message per field, keyed by the field's path ("name", "items.0.text"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

/**
 * A problem the schema gives no message for (the input is not an object at all, a nested field has the wrong
 * type): only a crafted request sends it, and the form can only say it could not read it.
 */
export const UNREADABLE_INPUT = 'input.invalid';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | { ok: false; result: ActionResult<never> } {
  const parsed = schema.safeParse(input, { error: () => UNREADABLE_INPUT });
  if (!parsed.success) return { ok: false, result: failure(fieldErrorsOf(parsed.error)) };
  const nul = pathToNul(parsed.data);
  return nul === null ? { ok: true, data: parsed.data } : { ok: false, result: failure({ [nul.join('.') || 'form']: NUL_IN_TEXT }) };
}

/** A NUL character anywhere in the input (see hasNoNul): refused before any write. */
export const NUL_IN_TEXT = 'text.nul';

/** The path to the first string holding a NUL character, or null when there is none. */
export function pathToNul(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return hasNoNul(value) ? null : path;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = pathToNul(inner, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}
