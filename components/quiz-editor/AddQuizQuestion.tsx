'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { addQuizQuestionAction } from '@/app/(app)/quizzes/actions';
import { QuestionForm, type ScoringValues } from '@/components/authoring/QuestionForm';
import authoring from '@/components/authoring/authoring.module.css';
import { SelectField } from '@/components/forms/SelectField';
import { Button } from '@/components/ui/Button';
import { blankQuestion, QUESTION_TYPES, type QuestionType } from '@/lib/validation/questions';

function blankScoring(type: QuestionType): ScoringValues {
  const question = blankQuestion(type);
  const choices = 'choices' in question ? question.choices.map(() => ({ text: '' })) : [];
  return { points: '1', feedback: { general: '', choices } };
}

/** "Add a question": pick the type, then fill in the form for it. */
export function AddQuizQuestion({ quizId }: { quizId: string }) {
  const t = useTranslations('QuizEditor');
  const tr = useTranslations('Review');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<QuestionType>('single');
  const [message, setMessage] = useState('');
  if (!open) {
    return (
      <div>
        <Button onClick={() => (setOpen(true), setMessage(''))}>+ {t('addQuestion')}</Button>
        <p role="status" className={authoring.saved}>
          {message}
        </p>
      </div>
    );
  }
  return (
    <div className={authoring.addPanel}>
      <SelectField label={tr('typeLabel')} value={type} onChange={(event) => setType(event.target.value as QuestionType)}>
        {QUESTION_TYPES.map((option) => (
          <option key={option} value={option}>
            {tr(`questionType.${option}`)}
          </option>
        ))}
      </SelectField>
      <QuestionForm
        key={type}
        initial={blankQuestion(type)}
        scoring={blankScoring(type)}
        label={t('addQuestion')}
        submitLabel={tr('add')}
        save={(question, scoring) => addQuizQuestionAction({ quizId, question, ...scoring })}
        onSaved={() => {
          setOpen(false);
          setMessage(t('questionAdded'));
          router.refresh();
        }}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
