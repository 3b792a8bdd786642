'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { updateClassStudySettingsAction } from '@/app/(app)/classes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { ownErrorsOf, useActionForm } from '@/components/forms/useActionForm';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { classStudySettingsSchema, DESIRED_RETENTION_PERCENT, NEW_CARDS_PER_DAY } from '@/lib/validation/classes';

export function StudySettingsForm({ classId, desiredRetention, newCardsPerDay }: { classId: string; desiredRetention: number; newCardsPerDay: number }) {
  const t = useTranslations('Scheduling');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: classStudySettingsSchema,
    defaultValues: { classId, desiredRetentionPercent: Math.round(desiredRetention * 100), newCardsPerDay },
    action: updateClassStudySettingsAction,
    // This form's own error codes are keys under Scheduling.errors; the shared ones (session ended, not found)
    // are under Errors.
    ownErrors: ownErrorsOf(t),
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form className={styles.form} onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate aria-label={t('classSettings.title')}>
      <FormAlert message={formError} />
      <input type="hidden" {...form.register('classId')} />
      <TextField
        label={t('classSettings.retentionLabel')}
        hint={t('classSettings.retentionHint')}
        error={fieldError('desiredRetentionPercent')}
        type="number"
        inputMode="numeric"
        min={DESIRED_RETENTION_PERCENT.min}
        max={DESIRED_RETENTION_PERCENT.max}
        step={1}
        {...form.register('desiredRetentionPercent', { valueAsNumber: true })}
      />
      <TextField
        label={t('classSettings.newCardsLabel')}
        hint={t('classSettings.newCardsHint')}
        error={fieldError('newCardsPerDay')}
        type="number"
        inputMode="numeric"
        min={NEW_CARDS_PER_DAY.min}
        max={NEW_CARDS_PER_DAY.max}
        step={1}
        {...form.register('newCardsPerDay', { valueAsNumber: true })}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {t('classSettings.save')}
        </Button>
      </div>
      <p role="status" className={styles.hint}>
        {saved ? t('classSettings.saved') : ''}
      </p>
    </form>
  );
}
