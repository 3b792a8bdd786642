'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { updateClassQuizMemoryAction } from '@/app/(app)/classes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { useActionForm } from '@/components/forms/useActionForm';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { classQuizMemorySchema } from '@/lib/validation/classes';

/** Whether the class's graded quiz answers count as reviews of the students' flashcards. */
export function QuizMemoryForm({ classId, quizFeedsMemory }: { classId: string; quizFeedsMemory: boolean }) {
  const t = useTranslations('Gradebook');
  const router = useRouter();
  const id = useId();
  const [saved, setSaved] = useState(false);
  // This form's own error codes are keys under Gradebook.errors; the shared ones are spoken by useActionForm.
  const ownError = (code: string | undefined) => (code && t.has(`errors.${code}`) ? t(`errors.${code}`) : undefined);
  const [ownFormError, setOwnFormError] = useState<string>();
  const { form, onSubmit, formError } = useActionForm({
    schema: classQuizMemorySchema,
    defaultValues: { classId, quizFeedsMemory },
    action: async (values) => {
      setOwnFormError(undefined);
      const result = await updateClassQuizMemoryAction(values);
      if (result.ok || !ownError(result.formError)) return result;
      setOwnFormError(ownError(result.formError));
      return { ok: false, fieldErrors: result.fieldErrors };
    },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const fieldError = ownError(form.formState.errors.quizFeedsMemory?.message);
  return (
    <form className={styles.form} onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate aria-label={t('memory.title')}>
      <FormAlert message={ownFormError ?? formError} />
      <input type="hidden" {...form.register('classId')} />
      <div className={styles.field}>
        <label className={styles.choice} htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ''}`}
            aria-invalid={fieldError ? true : undefined}
            {...form.register('quizFeedsMemory')}
          />
          {t('memory.label')}
        </label>
        <p id={`${id}-hint`} className={styles.hint}>
          {t('memory.hint')}
        </p>
        {fieldError && (
          <p id={`${id}-error`} className={styles.error} role="alert">
            {fieldError}
          </p>
        )}
      </div>
      <div>
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {t('memory.save')}
        </Button>
      </div>
      <p role="status" className={styles.hint}>
        {saved ? t('memory.saved') : ''}
      </p>
    </form>
  );
}
