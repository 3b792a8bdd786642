'use client';
// Starts (or resumes) the student's attempt and opens it, through the custom server's fast lane (POST
// /api/assignments/<id>/attempts: at the bell a whole class taps at once). A second tap while the first is on its
// way does nothing; the server makes one attempt of two starts anyway.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { FormAlert } from '@/components/forms/FormAlert';
import { Button } from '@/components/ui/Button';
import styles from './quiz.module.css';

export function StartAttemptButton({ assignmentId, resume }: { assignmentId: string; resume: boolean }) {
  const t = useTranslations('QuizTaking.overview');
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  const start = () =>
    startTransition(async () => {
      setError(undefined);
      try {
        const response = await fetch(`/api/assignments/${encodeURIComponent(assignmentId)}/attempts`, { method: 'POST' });
        const answer = (await response.json()) as { attemptId: string } | { error: { code: string; message: string } };
        // A refusal's message is in the student's language already (not open yet, closed, no attempts left).
        if ('error' in answer) return setError(answer.error.message);
        router.push(`/attempts/${answer.attemptId}`);
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
