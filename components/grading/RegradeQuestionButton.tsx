'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { regradeQuestionAction } from '@/app/(app)/classes/[classId]/quizzes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { useErrorText } from '@/components/forms/useErrorText';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';

/** Grades every submitted attempt at one question again (after its key was edited) and says how many it did. */
export function RegradeQuestionButton({ classId, assignmentId, questionId, questionNumber }: { classId: string; assignmentId: string; questionId: string; questionNumber: number }) {
  const t = useTranslations('Gradebook.attempt');
  const errorText = useErrorText();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const regrade = async () => {
    setBusy(true);
    setDone(undefined);
    setError(undefined);
    const result = await regradeQuestionAction({ classId, assignmentId, questionId }).catch(() => null);
    setBusy(false);
    if (!result) return setError(errorText('unexpected'));
    if (!result.ok) return setError(errorText(result.formError ?? 'unexpected'));
    setDone(t('regraded', { count: result.value.regradedAttempts }));
    router.refresh();
  };
  return (
    <div className={styles.field}>
      <FormAlert message={error} />
      <p className={styles.hint}>{t('regradeHint')}</p>
      <div>
        <Button type="button" variant="secondary" onClick={regrade} disabled={busy} aria-label={t('regradeLabel', { number: questionNumber })}>
          {t('regrade')}
        </Button>
      </div>
      <p role="status" className={styles.hint}>
        {done ?? ''}
      </p>
    </div>
  );
}
