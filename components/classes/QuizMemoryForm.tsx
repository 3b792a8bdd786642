'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { updateClassQuizMemoryAction } from '@/app/(app)/classes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { ownErrorsOf, useActionForm } from '@/components/forms/useActionForm';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { classQuizMemorySchema } from '@/lib/validation/classes';

/** Whether the class's graded quiz answers count as reviews of the students' flashcards. */
export function QuizMemoryForm({ classId, quizFeedsMemory }: { classId: string; quizFeedsMemory: boolean }) {
  const t = useTranslations('Gradebook');
  const router = useRouter();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, fieldError: errorOf } = useActionForm({
    schema: classQuizMemorySchema,
    defaultValues: { classId, quizFeedsMemory },
    action: updateClassQuizMemoryAction,
    // This form's own error codes are keys under Gradebook.errors.
    ownErrors: ownErrorsOf(t),
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const fieldError = errorOf('quizFeedsMemory');
  return (
    <form className={styles.form} onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate aria-label={t('memory.title')}>
      <FormAlert message={formError} />
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
