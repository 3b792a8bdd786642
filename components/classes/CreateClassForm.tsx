'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { createClassAction } from '@/app/(app)/classes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { useActionForm } from '@/components/forms/useActionForm';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { createClassSchema } from '@/lib/validation/classes';

export function CreateClassForm() {
  const t = useTranslations('Classes');
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: createClassSchema,
    defaultValues: { name: '' },
    action: createClassAction,
    onSuccess: ({ id }) => router.push(`/classes/${id}`),
  });
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={t('createTitle')}>
      <FormAlert message={formError} />
      <div className={styles.inline}>
        <TextField label={t('nameLabel')} hint={t('nameHint')} error={fieldError('name')} {...form.register('name')} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('creating') : t('createButton')}
        </Button>
      </div>
    </form>
  );
}
