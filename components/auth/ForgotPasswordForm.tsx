'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { useActionForm } from '@/components/forms/useActionForm';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { forgotPasswordSchema, type ForgotPasswordInput } from '@/lib/validation/auth';
import type { ActionResult } from '@/lib/validation/result';

/** Asks for a reset e-mail; the answer never says whether an account has the address. */
export function ForgotPasswordForm({ action }: { action: (input: ForgotPasswordInput) => Promise<ActionResult<undefined>> }) {
  const t = useTranslations('PasswordReset');
  const [sentTo, setSentTo] = useState<string>();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: forgotPasswordSchema,
    defaultValues: { email: '' },
    action,
    onSuccess: (_value, values) => setSentTo(values.email.trim()),
  });
  if (sentTo !== undefined) return <p role="status">{t('sent', { email: sentTo })}</p>;
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <TextField label={t('email')} type="email" autoComplete="email" inputMode="email" error={fieldError('email')} {...form.register('email')} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t('sending') : t('sendButton')}
      </Button>
    </form>
  );
}
