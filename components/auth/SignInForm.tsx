'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { useErrorText } from '@/components/forms/useErrorText';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { forgetDeviceCopies } from '@/lib/pwa/forget-device-copies';
import { signInSchema, type SignInInput } from '@/lib/validation/auth';

/** next-auth's error for a failed sign-in ("invalid", "rate-limited:7") as one of our error codes. */
function signInErrorCode(error: string | null | undefined): string {
  if (error === 'invalid') return 'signIn.invalid';
  if (error?.startsWith('rate-limited:')) return `signIn.rateLimited:${error.split(':')[1]}`;
  return 'signIn.failed';
}

/** `initial` fills the form in (the demo's accounts, from the home page's "Try the demo"). */
export function SignInForm({ callbackPath, initial }: { callbackPath: string; initial?: SignInInput }) {
  const t = useTranslations('Auth');
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: initial ?? { email: '', password: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    let result: Awaited<ReturnType<typeof signIn>>;
    try {
      result = await signIn('credentials', { redirect: false, email: values.email, password: values.password });
    } catch {
      result = undefined;
    }
    if (!result?.ok || result.error) {
      setFormError(errorText(signInErrorCode(result?.error)));
      return;
    }
    // Pages and study memories kept for whoever used this phone before (if they never signed out) are not this person's.
    await forgetDeviceCopies();
    router.replace(callbackPath);
    router.refresh();
  });

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <TextField label={t('email')} type="email" autoComplete="email" inputMode="email" error={errorText(errors.email?.message)} defaultValue={initial?.email} {...register('email')} />
      <TextField label={t('password')} type="password" autoComplete="current-password" error={errorText(errors.password?.message)} defaultValue={initial?.password} {...register('password')} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('signingIn') : t('signInButton')}
      </Button>
    </form>
  );
}
