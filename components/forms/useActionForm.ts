'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/validation/result';
import { useErrorText } from './useErrorText';

/**
 * react-hook-form wired to a zod schema (checked in the browser) and a server action (checked again on the
 * server): the action's field errors land on the fields, its form error above the form.
 */
export function useActionForm<S extends z.ZodType<unknown, FieldValues>, T>({
  schema,
  defaultValues,
  action,
  onSuccess,
}: {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  action: (values: z.input<S>) => Promise<ActionResult<T>>;
  onSuccess: (value: T, values: z.input<S>) => void | Promise<void>;
}) {
  const errorText = useErrorText();
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
