'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteQuestionAction, updateQuestionAction } from '@/app/(app)/decks/actions';
import type { ReviewQuestion } from '@/lib/data/decks';
import type { QuestionInput } from '@/lib/validation/questions';
import { ItemActions, ItemSelect, shortName, useEditing } from './ItemActions';
import { QuestionForm } from './QuestionForm';
import { itemKey, useReview } from './ReviewContext';
import { SourceQuote } from './SourceQuote';
import styles from './authoring.module.css';

export function QuestionItem({ item }: { item: ReviewQuestion }) {
  const t = useTranslations('Review');
  const router = useRouter();
  const { announce } = useReview();
  const { editing, editButton, startEditing, stopEditing } = useEditing();
  const [saved, setSaved] = useState(false);
  const name = shortName(item.question.prompt);
  return (
    <li className={styles.item} data-testid="question-item">
      <p className={styles.itemKind}>
        {t(`questionType.${item.question.type}`)}
        {!item.generated && <span className={styles.badge}>{t('addedBadge')}</span>}
        {item.generated && item.edited && <span className={styles.badge}>{t('editedBadge')}</span>}
        {item.accepted && <span className={styles.badge}>✓ {t('acceptedBadge')}</span>}
        <ItemSelect itemKey={itemKey('question', item.id)} name={name} />
      </p>
      {editing ? (
        <QuestionForm
          initial={item.question}
          label={t('editLabel', { item: name })}
          submitLabel={t('save')}
          save={(question) => updateQuestionAction({ questionId: item.id, question })}
          onSaved={() => {
            stopEditing();
            setSaved(true);
            announce(t('questionSaved'));
            router.refresh();
          }}
          onCancel={stopEditing}
        />
      ) : (
        <>
          <p className={styles.prompt}>{item.question.prompt}</p>
          <QuestionAnswer question={item.question} />
          <SourceQuote sentenceId={item.sentenceId} />
          <ItemActions
            name={name}
            sentenceId={item.sentenceId}
            onEdit={() => {
              setSaved(false);
              startEditing();
            }}
            editRef={editButton}
            confirmDelete={t('deleteQuestionConfirm')}
            remove={() => deleteQuestionAction({ questionId: item.id })}
            onRemoved={() => {
              announce(t('questionDeleted'));
              router.refresh();
            }}
          />
          {saved && <p className={styles.saved}>✓ {t('saved')}</p>}
        </>
      )}
    </li>
  );
}

/** What the teacher checks at a glance: the choices with the correct ones marked, or the answer, or the pairs. */
export function QuestionAnswer({ question }: { question: QuestionInput }) {
  const t = useTranslations('Review');
  switch (question.type) {
    case 'single':
    case 'multiple':
      return (
        <ul className={styles.choiceList}>
          {question.choices.map((choice, index) => (
            <li key={index} className={choice.correct ? styles.correct : undefined}>
              <span aria-hidden="true" className={styles.choiceMark}>
                {choice.correct ? '✓' : '·'}
              </span>
              {choice.text}
              {choice.correct && <span className="visually-hidden"> ({t('correctChoice')})</span>}
            </li>
          ))}
        </ul>
      );
    case 'truefalse':
      return (
        <p className={styles.answer}>
          {t('answer')}: <strong>{question.answer === 'true' ? t('trueLabel') : t('falseLabel')}</strong>
        </p>
      );
    case 'short':
      return <AcceptedAnswers answer={question.answer} accepted={question.accepted} />;
    case 'cloze':
      return (
        <ol className={styles.answer}>
          {question.blanks.map((blank, index) => (
            <li key={index}>
              <AcceptedAnswers answer={blank.answer} accepted={blank.accepted} />
            </li>
          ))}
        </ol>
      );
    case 'matching':
      return (
        <ul className={styles.pairList}>
          {question.pairs.map((pair, index) => (
            <li key={index}>
              <strong>{pair.left}</strong> → {pair.right}
            </li>
          ))}
        </ul>
      );
    case 'ordering':
      return (
        <ol className={styles.answer}>
          {question.items.map((item, index) => (
            <li key={index}>{item.text}</li>
          ))}
        </ol>
      );
    case 'numeric':
      return (
        <p className={styles.answer}>
          {t('answer')}: <strong>{question.tolerance > 0 ? t('numericAnswer', { value: question.answer, tolerance: question.tolerance }) : question.answer}</strong>
          {question.unit && ` ${question.unit}`}
        </p>
      );
  }
}

function AcceptedAnswers({ answer, accepted }: { answer: string; accepted: { text: string }[] }) {
  const t = useTranslations('Review');
  return (
    <div className={styles.answer}>
      <p>
        {t('answer')}: <strong>{answer}</strong>
      </p>
      {accepted.length > 0 && <p className={styles.muted}>{t('alsoAccepted', { answers: accepted.map((row) => row.text).join(', ') })}</p>}
    </div>
  );
}
