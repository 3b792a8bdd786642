'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { joinClassAction } from '@/app/(app)/classes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { useActionForm } from '@/components/forms/useActionForm';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { joinClassSchema } from '@/lib/validation/classes';

export function JoinClassForm() {
  const t = useTranslations('Classes');
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: joinClassSchema,
    defaultValues: { code: '' },
    action: joinClassAction,
    onSuccess: ({ classId }) => router.push(`/classes/${classId}`),
  });
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={t('joinTitle')}>
      <FormAlert message={formError} />
      <div className={styles.inline}>
        <TextField
          label={t('codeLabel')}
          hint={t('codeHint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          error={fieldError('code')}
          {...form.register('code')}
        />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('joining') : t('joinButton')}
        </Button>
      </div>
    </form>
  );
}
