'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createQuizAction, updateQuizDetailsAction } from '@/app/(app)/quizzes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextAreaField } from '@/components/forms/TextAreaField';
import { TextField } from '@/components/forms/TextField';
import { useActionForm } from '@/components/forms/useActionForm';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { quizDetailsSchema, type QuizDetailsFormValues } from '@/lib/validation/quizzes';

/** The quiz's title and description: a new quiz (then its editor opens), or an existing one's. */
export function QuizDetailsForm({ quizId, initial }: { quizId?: string; initial?: QuizDetailsFormValues }) {
  const t = useTranslations('QuizEditor');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: quizDetailsSchema,
    defaultValues: initial ?? { title: '', description: '' },
    action: async (values) => (quizId ? updateQuizDetailsAction({ ...values, quizId }) : createQuizAction(values)),
    onSuccess: (value) => {
      if (value && 'quizId' in value) return router.push(`/quizzes/${value.quizId}`);
      setSaved(true);
      router.refresh();
    },
  });
  const submitting = form.formState.isSubmitting;
  return (
    <form className={styles.form} onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate aria-label={quizId ? t('detailsTitle') : t('newQuizTitle')}>
      <FormAlert message={formError} />
      {/* Default values in the server's HTML, as react-hook-form fills the fields only once scripts run. */}
      <TextField label={t('titleLabel')} error={fieldError('title')} defaultValue={initial?.title} {...form.register('title')} />
      <TextAreaField
        label={t('descriptionLabel')}
        hint={t('descriptionHint')}
        rows={3}
        error={fieldError('description')}
        defaultValue={initial?.description}
        {...form.register('description')}
      />
      <div>
        <Button type="submit" variant={quizId ? 'secondary' : undefined} disabled={submitting}>
          {quizId ? t('saveDetails') : submitting ? t('creating') : t('createQuiz')}
        </Button>
      </div>
      <p role="status" className={styles.hint}>
        {saved ? t('saved') : ''}
      </p>
    </form>
  );
}
