'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { copyFromBankAction } from '@/app/(app)/quizzes/actions';
import authoring from '@/components/authoring/authoring.module.css';
import { FormAlert } from '@/components/forms/FormAlert';
import { useErrorText } from '@/components/forms/useErrorText';
import formStyles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import type { BankDeck } from '@/lib/data/quizzes';
import styles from './quiz-editor.module.css';

/** The generated questions of the teacher's decks, to tick and copy into the quiz. */
export function BankPicker({ quizId, banks }: { quizId: string; banks: BankDeck[] }) {
  const t = useTranslations('QuizEditor');
  const tr = useTranslations('Review');
  const errorText = useErrorText();
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState('');
  const [pending, startTransition] = useTransition();
  if (banks.length === 0) return <p className={styles.empty}>{t('bankEmpty')}</p>;
  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
  const add = () => {
    setError(undefined);
    startTransition(async () => {
      const result = await copyFromBankAction({ quizId, questionIds: chosen }).catch(() => null);
      if (!result || !result.ok) return setError(errorText(result?.formError ?? result?.fieldErrors.questionIds ?? 'unexpected'));
      setMessage(t('bankAdded', { count: chosen.length }));
      setChosen([]);
      router.refresh();
    });
  };
  return (
    <div className={styles.bank}>
      {banks.map((deck) => (
        <fieldset key={deck.deckId} className={formStyles.fieldset}>
          <legend>{deck.title}</legend>
          <ul className={styles.bankList}>
            {deck.questions.map((question) => (
              <li key={question.id}>
                <label className={styles.bankItem}>
                  <input type="checkbox" checked={chosen.includes(question.id)} onChange={(event) => toggle(question.id, event.target.checked)} />
                  <span>
                    <span className={authoring.muted}>{tr(`questionType.${question.type}`)}: </span>
                    {question.prompt}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <FormAlert message={error} />
      <div>
        <Button variant="secondary" onClick={add} disabled={pending || chosen.length === 0}>
          {t('bankAdd', { count: chosen.length })}
        </Button>
      </div>
      <p role="status" className={authoring.saved}>
        {message}
      </p>
    </div>
  );
}
