'use client';
// One question of the taking screen, with the input its type needs. Every change goes to `onAnswer` at once; typed
// text says so (`typing`), so the screen can wait for a pause before sending it. Indexes are shown positions.
import { useTranslations } from 'next-intl';
import type { TakingQuestion } from '@/lib/data/attempts';
import { clozeParts, moveItem } from '@/lib/taking/question-inputs';
import styles from './quiz.module.css';

type Answer = (response: unknown, options?: { typing?: boolean }) => void;

interface Props {
  question: TakingQuestion;
  number: number;
  total: number;
  response: unknown;
  onAnswer: Answer;
}

export function QuestionInput({ question, number, total, response, onAnswer }: Props) {
  const t = useTranslations('QuizTaking.question');
  const id = `q-${question.questionId}`;
  const heading = (
    <span className={styles.questionNumber}>
      {t('number', { number, total })} · {t('points', { count: question.points })}
    </span>
  );
  if (question.type === 'cloze') {
    const blanks = ((response as { blanks?: string[] } | null)?.blanks ?? []).slice();
    const parts = clozeParts(question.prompt);
    const setBlank = (index: number, text: string) => {
      const next = Array.from({ length: question.blanks }, (_, i) => blanks[i] ?? '');
      next[index] = text;
      onAnswer({ blanks: next }, { typing: true });
    };
    return (
      <fieldset className={styles.question} data-testid="question">
        <legend>
          {heading}
          <span className="visually-hidden">{t('clozeLegend')}</span>
        </legend>
        <p className={styles.clozeText}>
          {parts.map((part, index) => (
            <span key={index}>
              {part}
              {index < parts.length - 1 && (
                <input
                  className={styles.blank}
                  type="text"
                  aria-label={t('blank', { number: index + 1 })}
                  autoComplete="off"
                  autoCapitalize="off"
                  spellCheck={false}
                  value={blanks[index] ?? ''}
                  onChange={(event) => setBlank(index, event.target.value)}
                />
              )}
            </span>
          ))}
        </p>
      </fieldset>
    );
  }
  return (
    <fieldset className={styles.question} data-testid="question">
      <legend>
        {heading}
        <span className={styles.prompt}>{question.prompt}</span>
      </legend>
      <Body question={question} id={id} response={response} onAnswer={onAnswer} />
    </fieldset>
  );
}

function Body({ question, id, response, onAnswer }: { question: TakingQuestion; id: string; response: unknown; onAnswer: Answer }) {
  const t = useTranslations('QuizTaking.question');
  switch (question.type) {
    case 'single': {
      const chosen = (response as { choice?: number } | null)?.choice;
      return (
        <div className={styles.options}>
          {question.choices.map((choice, index) => (
            <label key={index} className={styles.option}>
              <input type="radio" name={id} checked={chosen === index} onChange={() => onAnswer({ choice: index })} />
              <span>{choice}</span>
            </label>
          ))}
        </div>
      );
    }
    case 'multiple': {
      const chosen = (response as { choices?: number[] } | null)?.choices ?? [];
      const toggle = (index: number) =>
        onAnswer({ choices: (chosen.includes(index) ? chosen.filter((c) => c !== index) : [...chosen, index]).sort((a, b) => a - b) });
      return (
        <div className={styles.options}>
          <p className={styles.hint}>{t('tickAll')}</p>
          {question.choices.map((choice, index) => (
            <label key={index} className={styles.option}>
              <input type="checkbox" checked={chosen.includes(index)} onChange={() => toggle(index)} />
              <span>{choice}</span>
            </label>
          ))}
        </div>
      );
    }
    case 'truefalse': {
      const answer = (response as { answer?: boolean } | null)?.answer;
      return (
        <div className={styles.options}>
          {[true, false].map((value) => (
            <label key={String(value)} className={styles.option}>
              <input type="radio" name={id} checked={answer === value} onChange={() => onAnswer({ answer: value })} />
              <span>{value ? t('true') : t('false')}</span>
            </label>
          ))}
        </div>
      );
    }
    case 'short':
      return (
        <label className={styles.field}>
          <span>{t('yourAnswer')}</span>
          <input
            type="text"
            autoComplete="off"
            value={(response as { text?: string } | null)?.text ?? ''}
            onChange={(event) => onAnswer({ text: event.target.value }, { typing: true })}
          />
        </label>
      );
    case 'numeric':
      return (
        <label className={styles.field}>
          <span>{t('yourNumber')}</span>
          <span className={styles.numberRow}>
            <input
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={(response as { value?: string } | null)?.value ?? ''}
              onChange={(event) => onAnswer({ value: event.target.value }, { typing: true })}
            />
            {question.unit && <span className={styles.unit}>{question.unit}</span>}
          </span>
        </label>
      );
    case 'matching': {
      const matches = (response as { matches?: (number | null)[] } | null)?.matches ?? [];
      const choose = (left: number, value: string) => {
        const next = question.left.map((_, i) => matches[i] ?? null);
        next[left] = value === '' ? null : Number(value);
        onAnswer({ matches: next });
      };
      return (
        <div className={styles.options}>
          {question.left.map((left, index) => {
            const chosen = matches[index];
            const chosenText = chosen === null || chosen === undefined ? undefined : question.right[chosen];
            return (
              <div key={index} className={styles.field}>
                <label htmlFor={`${id}-match-${index}`} className={styles.matchTerm}>
                  {left}
                </label>
                {/* A select is as wide as its longest option and cuts its text off: the select stays the control
                    (its label, keyboard and the phone's own picker) but is laid transparent over a face that shows
                    the chosen match whole, wrapped to the screen. */}
                <span className={styles.matchPicker}>
                  <select
                    id={`${id}-match-${index}`}
                    className={styles.matchSelect}
                    value={chosen ?? ''}
                    onChange={(event) => choose(index, event.target.value)}
                  >
                    <option value="">{t('choose')}</option>
                    {question.right.map((right, position) => (
                      <option key={position} value={position}>
                        {right}
                      </option>
                    ))}
                  </select>
                  <span className={`${styles.matchFace} ${chosenText === undefined ? '' : styles.matchChosen}`} aria-hidden="true">
                    {chosenText ?? t('choose')}
                  </span>
                </span>
              </div>
            );
          })}
        </div>
      );
    }
    case 'ordering': {
      const order = (response as { order?: number[] } | null)?.order ?? question.items.map((_, index) => index);
      const move = (index: number, delta: -1 | 1) => {
        const next = moveItem(order, index, delta);
        onAnswer({ order: next });
        // Keep the keyboard on the item that moved.
        const target = index + delta;
        requestAnimationFrame(() => document.getElementById(`${id}-move-${next[target] ?? order[index]}-${delta}`)?.focus());
      };
      return (
        <ol className={styles.ordering}>
          {order.map((item, index) => (
            <li key={item} className={styles.orderItem}>
              <span>{question.items[item]}</span>
              <span className={styles.moveButtons}>
                <button
                  type="button"
                  id={`${id}-move-${item}--1`}
                  className={styles.moveButton}
                  disabled={index === 0}
                  aria-label={t('moveUp', { item: question.items[item]! })}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  id={`${id}-move-${item}-1`}
                  className={styles.moveButton}
                  disabled={index === order.length - 1}
                  aria-label={t('moveDown', { item: question.items[item]! })}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
      );
    }
  }
}
