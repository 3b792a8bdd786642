'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { renameClassAction } from '@/app/(app)/classes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { useActionForm } from '@/components/forms/useActionForm';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { renameClassSchema } from '@/lib/validation/classes';

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const t = useTranslations('Classes');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: renameClassSchema,
    defaultValues: { classId, name },
    action: renameClassAction,
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form className={styles.form} onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate aria-label={t('renameTitle')}>
      <FormAlert message={formError} />
      <input type="hidden" {...form.register('classId')} />
      <div className={styles.inline}>
        <TextField label={t('nameLabel')} error={fieldError('name')} {...form.register('name')} />
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {t('renameButton')}
        </Button>
      </div>
      <p role="status" className={styles.hint}>
        {saved ? t('saved') : ''}
      </p>
    </form>
  );
}
