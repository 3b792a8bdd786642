'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/validation/result';
import { useErrorText } from './useErrorText';

/** A translator's `has` and call, as next-intl's useTranslations gives them. */
interface Translator {
  has(key: string): boolean;
  (key: string): string;
}

/** A form's own error codes, kept under `errors` in its namespace (useTranslations('Classes') → Classes.errors.*). */
export function ownErrorsOf(t: Translator): (code: string) => string | undefined {
  return (code) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : undefined);
}

/**
 * react-hook-form wired to a zod schema (checked in the browser) and a server action (checked again on the
 * server): the action's field errors land on the fields, its form error above the form. A code the form speaks
 * itself (ownErrors) is said in its words; any other in the shared ones (Errors.*).
 */
export function useActionForm<S extends z.ZodType<unknown, FieldValues>, T>({
  schema,
  defaultValues,
  action,
  onSuccess,
  ownErrors,
}: {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  action: (values: z.input<S>) => Promise<ActionResult<T>>;
  onSuccess: (value: T, values: z.input<S>) => void | Promise<void>;
  ownErrors?: (code: string) => string | undefined;
}) {
  const sharedErrorText = useErrorText();
  const errorText = (code: string | undefined) => (code ? ownErrors?.(code) : undefined) ?? sharedErrorText(code);
  const [formError, setFormError] = useState<string>();
  const form = useForm<z.input<S>>({ resolver: zodResolver(schema as never), defaultValues });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await action(values).catch(() => null);
    if (!result) return setFormError(errorText('unexpected'));
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) form.setError(field as Path<z.input<S>>, { message: code });
      if (result.formError) setFormError(errorText(result.formError));
      return;
    }
    await onSuccess(result.value, values);
  });
  const fieldError = (name: Path<z.input<S>>) => errorText(form.getFieldState(name, form.formState).error?.message);
  return { form, onSubmit, formError, fieldError };
}
