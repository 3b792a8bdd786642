'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { archiveQuizQuestionAction, moveQuizQuestionAction, moveQuizQuestionsAction, removeQuizQuestionsAction, updateQuizQuestionAction } from '@/app/(app)/quizzes/actions';
import { shortName, useEditing } from '@/components/authoring/ItemActions';
import { QuestionForm } from '@/components/authoring/QuestionForm';
import { QuestionAnswer } from '@/components/authoring/QuestionItem';
import authoring from '@/components/authoring/authoring.module.css';
import { FormAlert } from '@/components/forms/FormAlert';
import { useErrorText } from '@/components/forms/useErrorText';
import { Button } from '@/components/ui/Button';
import { moveItems, type BlockDirection } from '@/lib/authoring/question-order';
import type { EditorQuestion } from '@/lib/data/quizzes';
import type { ActionResult } from '@/lib/validation/result';
import styles from './quiz-editor.module.css';

type Direction = 'up' | 'down';

/**
 * The quiz's questions in order, each with Move up / Move down, Edit and Remove, and a tick box: the ticked
 * ones move or go together from the bar above the list (one confirmation, one transaction).
 */
export function QuizQuestionList({ quizId, questions }: { quizId: string; questions: EditorQuestion[] }) {
  const t = useTranslations('QuizEditor');
  const [message, setMessage] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
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
  // Questions removed meanwhile (here or in another tab) are no longer ticked.
  const chosen = questions.filter((item) => ticked.has(item.id)).map((item) => item.id);
  const tick = (id: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <>
      <ChosenBar
        quizId={quizId}
        ids={questions.map((item) => item.id)}
        chosen={chosen}
        setChosen={(ids) => setTicked(new Set(ids))}
        announce={setMessage}
      />
      <ol className={styles.questionList} aria-label={t('questionsTitle')}>
        {questions.map((item, index) => (
          <QuizQuestionItem
            key={item.id}
            item={item}
            number={index + 1}
            first={index === 0}
            last={index === questions.length - 1}
            ticked={ticked.has(item.id)}
            onTick={(on) => tick(item.id, on)}
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

const BLOCK_MOVES: BlockDirection[] = ['top', 'up', 'down', 'bottom'];

/** Runs an action on the list in a transition: a refusal is shown as an error; after it worked, the page is refreshed. */
function useListAction() {
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>, done: () => void) => {
    setError(undefined);
    startTransition(async () => {
      const result = await action().catch(() => null);
      if (!result || !result.ok) return setError(errorText(result?.formError ?? 'unexpected'));
      done();
      router.refresh();
    });
  };
  return { run, pending, error };
}

/** Tick all, and what to do with the ticked questions: move them together, or remove them after one question. */
function ChosenBar({
  quizId,
  ids,
  chosen,
  setChosen,
  announce,
}: {
  quizId: string;
  ids: string[];
  chosen: string[];
  setChosen: (ids: string[]) => void;
  announce: (message: string) => void;
}) {
  const t = useTranslations('QuizEditor');
  const { run, pending, error } = useListAction();
  const all = chosen.length === ids.length;
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = chosen.length > 0 && !all;
  }, [chosen.length, all]);

  const move = (direction: BlockDirection) =>
    run(
      () => moveQuizQuestionsAction({ quizId, questionIds: chosen, direction }),
      () => announce(t('chosenMoved', { count: chosen.length })),
    );
  const remove = () => {
    if (!window.confirm(t('removeChosenConfirm', { count: chosen.length }))) return;
    const count = chosen.length;
    run(
      () => removeQuizQuestionsAction({ quizId, questionIds: chosen }),
      () => {
        setChosen([]);
        announce(t('chosenRemoved', { count }));
      },
    );
  };

  return (
    <div className={chosen.length > 0 ? `${styles.chosenBar} ${styles.chosenBarActive}` : styles.chosenBar} role="group" aria-label={t('chosenBarLabel')}>
      <label className={styles.tickAll}>
        <input ref={selectAll} type="checkbox" checked={all} onChange={(event) => setChosen(event.target.checked ? ids : [])} />
        {t('tickAll')}
      </label>
      <span className={styles.chosenCount}>{t('chosenCount', { count: chosen.length })}</span>
      <div className={styles.chosenActions}>
        {BLOCK_MOVES.map((direction) => (
          <Button
            key={direction}
            variant="secondary"
            className={authoring.small}
            onClick={() => move(direction)}
            disabled={pending || moveItems(ids, chosen, direction) === null}
            aria-label={t(`moveChosenLabel.${direction}`)}
          >
            {t(`moveChosen.${direction}`)}
          </Button>
        ))}
        <Button variant="secondary" className={`${authoring.small} ${authoring.danger}`} onClick={remove} disabled={pending || chosen.length === 0}>
          {t('removeChosen', { count: chosen.length })}
        </Button>
      </div>
      <FormAlert message={error} />
    </div>
  );
}

interface ItemProps {
  item: EditorQuestion;
  number: number;
  first: boolean;
  last: boolean;
  ticked: boolean;
  onTick: (on: boolean) => void;
  registerMoveButtons: (buttons: { up: HTMLButtonElement | null; down: HTMLButtonElement | null }) => void;
  onMoved: (direction: Direction) => void;
  announce: (message: string) => void;
}

function QuizQuestionItem({ item, number, first, last, ticked, onTick, registerMoveButtons, onMoved, announce }: ItemProps) {
  const t = useTranslations('QuizEditor');
  const tr = useTranslations('Review');
  const router = useRouter();
  const { editing, editButton, startEditing, stopEditing } = useEditing();
  const { run, pending, error } = useListAction();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    registerMoveButtons({ up: up.current, down: down.current });
  });
  const name = shortName(item.question.prompt);

  const move = (direction: Direction) => run(() => moveQuizQuestionAction({ questionId: item.id, direction }), () => onMoved(direction));
  const remove = () => {
    if (!window.confirm(t('removeConfirm'))) return;
    run(() => archiveQuizQuestionAction({ questionId: item.id }), () => announce(t('removed')));
  };

  return (
    <li className={authoring.item} data-testid="quiz-question">
      <p className={authoring.itemKind}>
        <label className={styles.tick}>
          <input type="checkbox" checked={ticked} onChange={(event) => onTick(event.target.checked)} aria-label={t('tickLabel', { number, item: name })} />
          <span>{[t('questionNumber', { number }), tr(`questionType.${item.question.type}`), t('points', { points: item.points })].join(' · ')}</span>
        </label>
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
          <p className={authoring.prompt} data-testid="question-prompt">
            {item.question.prompt}
          </p>
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
