'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { overrideAnswerScoreAction } from '@/app/(app)/classes/[classId]/quizzes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextAreaField } from '@/components/forms/TextAreaField';
import { TextField } from '@/components/forms/TextField';
import { useActionForm } from '@/components/forms/useActionForm';
import { useErrorText } from '@/components/forms/useErrorText';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { OVERRIDE_COMMENT_MAX, scoreOverrideWithin } from '@/lib/validation/grading';

interface Props {
  classId: string;
  assignmentId: string;
  attemptId: string;
  questionId: string;
  questionNumber: number;
  maxScore: number;
  current: { score: number; comment: string } | null;
}

/**
 * The teacher's new score for one question of an attempt (answered or not), 0 to the question's points, with the
 * comment the student will read.
 */
export function ScoreOverrideForm({ classId, assignmentId, attemptId, questionId, questionNumber, maxScore, current }: Props) {
  const t = useTranslations('Gradebook');
  const errorText = useErrorText();
  const router = useRouter();
  const [saved, setSaved] = useState<string>();
  // This form's own error codes are keys under Gradebook.errors; the shared ones are spoken by useActionForm.
  const [ownFormError, setOwnFormError] = useState<string>();
  const { form, onSubmit, formError } = useActionForm({
    schema: scoreOverrideWithin(maxScore),
    defaultValues: { attemptId, questionId, score: current ? String(current.score) : '', comment: current?.comment ?? '' },
    action: async (values) => {
      setOwnFormError(undefined);
      const result = await overrideAnswerScoreAction({ ...values, classId, assignmentId });
      if (result.ok || !result.formError || !t.has(`errors.${result.formError}`)) return result;
      setOwnFormError(t(`errors.${result.formError}`));
      return { ok: false, fieldErrors: result.fieldErrors };
    },
    onSuccess: (value) => {
      setSaved(t('attempt.saved', { score: value.attemptScore, max: value.attemptMaxScore }));
      router.refresh();
    },
  });
  const errorOf = (name: 'score' | 'comment') => {
    const code = form.formState.errors[name]?.message;
    return code === 'override.scoreAbovePoints' ? t('errors.scoreAbovePoints', { max: maxScore }) : errorText(code);
  };
  return (
    <form className={styles.form} onSubmit={onSubmit} onChange={() => setSaved(undefined)} noValidate aria-label={t('attempt.overrideTitle', { number: questionNumber })}>
      <FormAlert message={ownFormError ?? formError} />
      <input type="hidden" {...form.register('attemptId')} />
      <input type="hidden" {...form.register('questionId')} />
      <TextField
        label={t('attempt.scoreLabel', { max: maxScore })}
        hint={t('attempt.scoreHint')}
        error={errorOf('score')}
        inputMode="decimal"
        autoComplete="off"
        {...form.register('score')}
      />
      <TextAreaField
        label={t('attempt.commentLabel')}
        hint={t('attempt.commentHint')}
        error={errorOf('comment')}
        maxLength={OVERRIDE_COMMENT_MAX}
        rows={3}
        {...form.register('comment')}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {t('attempt.save')}
        </Button>
      </div>
      <p role="status" className={styles.hint}>
        {saved ?? ''}
      </p>
    </form>
  );
}
