'use client';
// Starts (or resumes) the student's attempt and opens it. A second tap while the first is on its way does nothing;
// the server makes one attempt of two starts anyway.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { startAttemptAction } from '@/app/(app)/assignments/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { Button } from '@/components/ui/Button';
import styles from './quiz.module.css';

export function StartAttemptButton({ assignmentId, resume }: { assignmentId: string; resume: boolean }) {
  const t = useTranslations('QuizTaking.overview');
  const tq = useTranslations('Quiz.errors');
  const te = useTranslations('Errors');
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  const start = () =>
    startTransition(async () => {
      setError(undefined);
      try {
        const result = await startAttemptAction({ assignmentId });
        if (result.ok) return router.push(`/attempts/${result.value.attemptId}`);
        const code = result.formError ?? 'unexpected';
        setError(code.startsWith('attempt.') ? tq(code.slice('attempt.'.length) as 'notOpen') : te(code as 'notFound'));
      } catch {
        setError(t('offline'));
      }
    });

  return (
    <div className={styles.startBox}>
      <FormAlert message={error} />
      <Button className={styles.bigButton} onClick={start} disabled={pending} aria-busy={pending}>
        {pending ? t('starting') : resume ? t('resume') : t('start')}
      </Button>
    </div>
  );
}
