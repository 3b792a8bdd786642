'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { setQuizTypoToleranceAction } from '@/app/(app)/quizzes/actions';
import authoring from '@/components/authoring/authoring.module.css';
import { FormAlert } from '@/components/forms/FormAlert';
import { useErrorText } from '@/components/forms/useErrorText';
import { Button } from '@/components/ui/Button';
import type { EditorQuestion } from '@/lib/data/quizzes';
import styles from './quiz-editor.module.css';

/**
 * Small typos in typed answers (short answer, fill in the blanks), for the whole quiz at once: how many accept
 * them now, and a button to turn that on or off for all of them. Each question's form still has its own box.
 */
export function QuizTypoTolerance({ quizId, questions }: { quizId: string; questions: EditorQuestion[] }) {
  const t = useTranslations('QuizEditor');
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const typed = questions.flatMap((item) => (item.question.type === 'short' || item.question.type === 'cloze' ? [item.question.typoTolerance] : []));
  if (typed.length === 0) return null;
  const tolerant = typed.filter(Boolean).length;
  const set = (typoTolerance: boolean) => {
    setError(undefined);
    startTransition(async () => {
      const result = await setQuizTypoToleranceAction({ quizId, typoTolerance }).catch(() => null);
      if (!result || !result.ok) return setError(errorText(result?.formError ?? 'unexpected'));
      router.refresh();
    });
  };
  return (
    <div className={styles.typos} role="group" aria-labelledby="typos-title">
      <h3 id="typos-title">{t('typosTitle')}</h3>
      <p className={styles.empty} data-testid="typo-tolerance">
        {t('typosState', { tolerant, count: typed.length })}
      </p>
      <div className={styles.chosenActions}>
        {tolerant > 0 && (
          <Button variant="secondary" className={authoring.small} onClick={() => set(false)} disabled={pending}>
            {t('typosOff')}
          </Button>
        )}
        {tolerant < typed.length && (
          <Button variant="secondary" className={authoring.small} onClick={() => set(true)} disabled={pending}>
            {t('typosOn')}
          </Button>
        )}
      </div>
      <FormAlert message={error} />
    </div>
  );
}
