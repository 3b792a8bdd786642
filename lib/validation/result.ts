// What a server action answers a form: success with a value, or errors by field (message keys under
// "Errors") and an error for the form as a whole.
import type { z } from 'zod';

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

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | { ok: false; result: ActionResult<never> } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, result: failure(fieldErrorsOf(parsed.error)) };
}
