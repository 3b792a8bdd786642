'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { addCardAction, addQuestionAction } from '@/app/(app)/decks/actions';
import { SelectField } from '@/components/forms/SelectField';
import { Button } from '@/components/ui/Button';
import { blankQuestion, QUESTION_TYPES, type QuestionType } from '@/lib/validation/questions';
import { CardForm } from './CardForm';
import { QuestionForm } from './QuestionForm';
import { useReview } from './ReviewContext';
import styles from './authoring.module.css';

/** "Add card" and "Add question" for one concept (or for items about no concept). */
export function AddItems({ conceptId, conceptName }: { conceptId: string | null; conceptName: string }) {
  const t = useTranslations('Review');
  const router = useRouter();
  const { deckId, announce } = useReview();
  const [adding, setAdding] = useState<'card' | 'question' | null>(null);
  const [type, setType] = useState<QuestionType>('single');
  const done = (message: string) => {
    setAdding(null);
    announce(message);
    router.refresh();
  };

  if (adding === 'card') {
    return (
      <div className={styles.addPanel}>
        <h4 className={styles.addTitle}>{t('addCardTitle')}</h4>
        <CardForm
          initial={{ kind: 'basic', front: '', back: '' }}
          label={t('addCardLabel', { concept: conceptName })}
          submitLabel={t('add')}
          save={(card) => addCardAction({ deckId, conceptId, card })}
          onSaved={() => done(t('cardAdded'))}
          onCancel={() => setAdding(null)}
        />
      </div>
    );
  }
  if (adding === 'question') {
    return (
      <div className={styles.addPanel}>
        <h4 className={styles.addTitle}>{t('addQuestionTitle')}</h4>
        <SelectField label={t('typeLabel')} value={type} onChange={(event) => setType(event.target.value as QuestionType)}>
          {QUESTION_TYPES.map((option) => (
            <option key={option} value={option}>
              {t(`questionType.${option}`)}
            </option>
          ))}
        </SelectField>
        <QuestionForm
          key={type}
          initial={blankQuestion(type)}
          label={t('addQuestionLabel', { concept: conceptName })}
          submitLabel={t('add')}
          save={(question) => addQuestionAction({ deckId, conceptId, question })}
          onSaved={() => done(t('questionAdded'))}
          onCancel={() => setAdding(null)}
        />
      </div>
    );
  }
  return (
    <div className={styles.actions}>
      <Button variant="secondary" className={styles.small} onClick={() => setAdding('card')} aria-label={t('addCardLabel', { concept: conceptName })}>
        + {t('addCard')}
      </Button>
      <Button variant="secondary" className={styles.small} onClick={() => setAdding('question')} aria-label={t('addQuestionLabel', { concept: conceptName })}>
        + {t('addQuestion')}
      </Button>
    </div>
  );
}
