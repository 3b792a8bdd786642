'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { signUpAction } from '@/app/(auth)/sign-up/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { useErrorText } from '@/components/forms/useErrorText';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { forgetDeviceCopies } from '@/lib/pwa/forget-device-copies';
import { PASSWORD_MIN, signUpSchema, type SignUpInput } from '@/lib/validation/auth';

export function SignUpForm({ callbackPath, initialRole }: { callbackPath: string; initialRole?: SignUpInput['role'] }) {
  const t = useTranslations('Auth');
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: '', email: '', password: '', role: initialRole },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signUpAction(values).catch(() => null);
    if (!result) return setFormError(errorText('unexpected'));
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors)) setError(field as keyof SignUpInput, { message: code });
      if (result.formError) setFormError(errorText(result.formError));
      return;
    }
    const signedIn = await signIn('credentials', { redirect: false, email: values.email, password: values.password });
    // Pages and study memories kept for whoever used this phone before (if they never signed out) are not this person's.
    await forgetDeviceCopies();
    router.replace(signedIn?.ok ? callbackPath : '/sign-in');
    router.refresh();
  });

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <fieldset className={styles.fieldset} aria-describedby={errors.role ? 'role-error' : undefined}>
        <legend>{t('role')}</legend>
        <div className={styles.choices}>
          <label className={styles.choice}>
            <input type="radio" value="TEACHER" {...register('role')} /> {t('roleTeacher')}
          </label>
          <label className={styles.choice}>
            <input type="radio" value="STUDENT" {...register('role')} /> {t('roleStudent')}
          </label>
        </div>
        {errors.role && (
          <p id="role-error" className={styles.error} role="alert">
            {errorText(errors.role.message)}
          </p>
        )}
      </fieldset>
      <TextField label={t('name')} hint={t('nameHint')} autoComplete="name" error={errorText(errors.name?.message)} {...register('name')} />
      <TextField label={t('email')} type="email" autoComplete="email" inputMode="email" error={errorText(errors.email?.message)} {...register('email')} />
      <TextField
        label={t('password')}
        hint={t('passwordHint', { min: PASSWORD_MIN })}
        type="password"
        autoComplete="new-password"
        error={errorText(errors.password?.message)}
        {...register('password')}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('signingUp') : t('signUpButton')}
      </Button>
    </form>
  );
}
