'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { updateClassStudySettingsAction } from '@/app/(app)/classes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { useActionForm } from '@/components/forms/useActionForm';
import { useErrorText } from '@/components/forms/useErrorText';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { classStudySettingsSchema, DESIRED_RETENTION_PERCENT, NEW_CARDS_PER_DAY, type ClassStudySettingsInput } from '@/lib/validation/classes';

export function StudySettingsForm({ classId, desiredRetention, newCardsPerDay }: { classId: string; desiredRetention: number; newCardsPerDay: number }) {
  const t = useTranslations('Scheduling');
  const sharedErrorText = useErrorText();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  // This form's own error codes are keys under Scheduling.errors; the shared ones (session ended, not found)
  // are under Errors, which useActionForm's formError speaks.
  const ownError = (code: string | undefined) => (code && t.has(`errors.${code}`) ? t(`errors.${code}`) : undefined);
  const [ownFormError, setOwnFormError] = useState<string>();
  const { form, onSubmit, formError } = useActionForm({
    schema: classStudySettingsSchema,
    defaultValues: { classId, desiredRetentionPercent: Math.round(desiredRetention * 100), newCardsPerDay },
    action: async (values) => {
      setOwnFormError(undefined);
      const result = await updateClassStudySettingsAction(values);
      if (result.ok || !ownError(result.formError)) return result;
      setOwnFormError(ownError(result.formError));
      return { ok: false, fieldErrors: result.fieldErrors };
    },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const fieldError = (name: keyof ClassStudySettingsInput) => {
    const code = form.formState.errors[name]?.message;
    return ownError(code) ?? sharedErrorText(code);
  };
  return (
    <form className={styles.form} onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate aria-label={t('classSettings.title')}>
      <FormAlert message={ownFormError ?? formError} />
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
