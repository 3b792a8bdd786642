'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { archiveQuizQuestionAction, moveQuizQuestionAction, updateQuizQuestionAction } from '@/app/(app)/quizzes/actions';
import { shortName, useEditing } from '@/components/authoring/ItemActions';
import { QuestionForm } from '@/components/authoring/QuestionForm';
import { QuestionAnswer } from '@/components/authoring/QuestionItem';
import authoring from '@/components/authoring/authoring.module.css';
import { FormAlert } from '@/components/forms/FormAlert';
import { useErrorText } from '@/components/forms/useErrorText';
import { Button } from '@/components/ui/Button';
import type { EditorQuestion } from '@/lib/data/quizzes';
import type { ActionResult } from '@/lib/validation/result';
import styles from './quiz-editor.module.css';

type Direction = 'up' | 'down';

/** The quiz's questions in order, each with Move up / Move down, Edit and Remove. */
export function QuizQuestionList({ questions }: { questions: EditorQuestion[] }) {
  const t = useTranslations('QuizEditor');
  const [message, setMessage] = useState('');
  // After a move the list is drawn again; the moved question's button keeps the focus.
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: Direction } | null>(null);
  const moveButtons = useRef(new Map<string, { up: HTMLButtonElement | null; down: HTMLButtonElement | null }>());
  useEffect(() => {
    if (!focusAfterMove) return;
    const buttons = moveButtons.current.get(focusAfterMove.id);
    const wanted = buttons?.[focusAfterMove.direction];
    (wanted && !wanted.disabled ? wanted : buttons?.[focusAfterMove.direction === 'up' ? 'down' : 'up'])?.focus();
  }, [questions, focusAfterMove]);

  if (questions.length === 0) return <p className={styles.empty}>{t('noQuestions')}</p>;
  return (
    <>
      <ol className={styles.questionList} aria-label={t('questionsTitle')}>
        {questions.map((item, index) => (
          <QuizQuestionItem
            key={item.id}
            item={item}
            number={index + 1}
            first={index === 0}
            last={index === questions.length - 1}
            registerMoveButtons={(buttons) => moveButtons.current.set(item.id, buttons)}
            onMoved={(direction) => {
              setFocusAfterMove({ id: item.id, direction });
              setMessage(t('moved', { number: direction === 'up' ? index : index + 2 }));
            }}
            announce={setMessage}
          />
        ))}
      </ol>
      <p role="status" className={styles.status}>
        {message}
      </p>
    </>
  );
}

interface ItemProps {
  item: EditorQuestion;
  number: number;
  first: boolean;
  last: boolean;
  registerMoveButtons: (buttons: { up: HTMLButtonElement | null; down: HTMLButtonElement | null }) => void;
  onMoved: (direction: Direction) => void;
  announce: (message: string) => void;
}

function QuizQuestionItem({ item, number, first, last, registerMoveButtons, onMoved, announce }: ItemProps) {
  const t = useTranslations('QuizEditor');
  const tr = useTranslations('Review');
  const errorText = useErrorText();
  const router = useRouter();
  const { editing, editButton, startEditing, stopEditing } = useEditing();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    registerMoveButtons({ up: up.current, down: down.current });
  });
  const name = shortName(item.question.prompt);

  const run = (action: () => Promise<ActionResult<unknown>>, done: () => void) => {
    setError(undefined);
    startTransition(async () => {
      const result = await action().catch(() => null);
      if (!result || !result.ok) return setError(errorText(result?.formError ?? 'unexpected'));
      done();
      router.refresh();
    });
  };
  const move = (direction: Direction) => run(() => moveQuizQuestionAction({ questionId: item.id, direction }), () => onMoved(direction));
  const remove = () => {
    if (!window.confirm(t('removeConfirm'))) return;
    run(() => archiveQuizQuestionAction({ questionId: item.id }), () => announce(t('removed')));
  };

  return (
    <li className={authoring.item} data-testid="quiz-question">
      <p className={authoring.itemKind}>
        <span>{[t('questionNumber', { number }), tr(`questionType.${item.question.type}`), t('points', { points: item.points })].join(' · ')}</span>
        {item.edited && <span className={authoring.badge}>{tr('editedBadge')}</span>}
      </p>
      {editing ? (
        <>
          {item.answered && <p className={styles.warning}>{t('answeredWarning')}</p>}
          <QuestionForm
            initial={item.question}
            scoring={{ points: String(item.points), feedback: item.feedback }}
            label={tr('editLabel', { item: name })}
            submitLabel={tr('save')}
            save={(question, scoring) => updateQuizQuestionAction({ questionId: item.id, question, ...scoring })}
            onSaved={() => {
              stopEditing();
              announce(t('questionSaved'));
              router.refresh();
            }}
            onCancel={stopEditing}
          />
        </>
      ) : (
        <>
          <p className={authoring.prompt}>{item.question.prompt}</p>
          <QuestionAnswer question={item.question} />
          {item.feedback.general && <p className={authoring.muted}>{t('feedbackShown', { feedback: item.feedback.general })}</p>}
          {item.source && (
            <figure className={authoring.quote}>
              <figcaption className={authoring.quoteCaption}>{tr('source')}</figcaption>
              <blockquote className={authoring.quoteText}>{item.source}</blockquote>
            </figure>
          )}
          <div className={authoring.actions}>
            <Button ref={up} variant="secondary" className={authoring.small} onClick={() => move('up')} disabled={first || pending} aria-label={t('moveUpLabel', { item: name })}>
              ↑ {t('moveUp')}
            </Button>
            <Button ref={down} variant="secondary" className={authoring.small} onClick={() => move('down')} disabled={last || pending} aria-label={t('moveDownLabel', { item: name })}>
              ↓ {t('moveDown')}
            </Button>
            <Button ref={editButton} variant="secondary" className={authoring.small} onClick={startEditing} disabled={pending} aria-label={tr('editLabel', { item: name })}>
              {tr('edit')}
            </Button>
            <Button variant="secondary" className={`${authoring.small} ${authoring.danger}`} onClick={remove} disabled={pending} aria-label={t('removeLabel', { item: name })}>
              {t('remove')}
            </Button>
          </div>
          <FormAlert message={error} />
        </>
      )}
    </li>
  );
}
