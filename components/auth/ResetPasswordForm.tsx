'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { useActionForm } from '@/components/forms/useActionForm';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { forgetDeviceCopies } from '@/lib/pwa/forget-device-copies';
import { PASSWORD_MIN, resetPasswordSchema, type ResetPasswordInput } from '@/lib/validation/auth';
import type { ActionResult } from '@/lib/validation/result';

/** E-mail, one-time code and new password; afterwards a way to sign in (every old session has ended). */
export function ResetPasswordForm({
  email,
  code,
  action,
}: {
  email: string;
  code: string;
  action: (input: ResetPasswordInput) => Promise<ActionResult<undefined>>;
}) {
  const t = useTranslations('PasswordReset');
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: resetPasswordSchema,
    defaultValues: { email, code, password: '' },
    action,
    onSuccess: async () => {
      // What this phone kept for the account (pages, study memories) belonged to its old sessions.
      await forgetDeviceCopies();
      setDone(true);
    },
  });
  if (done) {
    return (
      <div className={styles.form}>
        <p role="status">{t('resetDone')}</p>
        <Link href="/sign-in">{t('signInNow')}</Link>
      </div>
    );
  }
  const { register, formState } = form;
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <TextField label={t('email')} type="email" autoComplete="username" inputMode="email" error={fieldError('email')} {...register('email')} />
      <TextField
        label={t('code')}
        hint={t('codeHint')}
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        error={fieldError('code')}
        {...register('code')}
      />
      <TextField
        label={t('newPassword')}
        hint={t('passwordHint', { min: PASSWORD_MIN })}
        type="password"
        autoComplete="new-password"
        error={fieldError('password')}
        {...register('password')}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t('resetting') : t('resetButton')}
      </Button>
    </form>
  );
}
