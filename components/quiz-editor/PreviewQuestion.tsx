'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { checkPreviewAnswerAction } from '@/app/(app)/quizzes/actions';
import authoring from '@/components/authoring/authoring.module.css';
import { FormAlert } from '@/components/forms/FormAlert';
import { SelectField } from '@/components/forms/SelectField';
import { TextField } from '@/components/forms/TextField';
import { useErrorText } from '@/components/forms/useErrorText';
import formStyles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import type { StudentQuestion } from '@/lib/data/quiz-preview';
import styles from './quiz-editor.module.css';

interface Checked {
  outcome: 'correct' | 'partial' | 'wrong' | 'unanswered';
  score: number;
  maxScore: number;
  feedback: string;
  choiceFeedback: { choice: number; text: string }[];
}

/** A response as the student's screen would send it, before the student has touched anything. */
function emptyResponse(question: StudentQuestion): Record<string, unknown> {
  switch (question.type) {
    case 'single':
      return {};
    case 'multiple':
      return { choices: [] };
    case 'truefalse':
      return {};
    case 'short':
      return { text: '' };
    case 'cloze':
      return { blanks: Array.from({ length: question.blanks }, () => '') };
    case 'matching':
      return { matches: question.left.map(() => null) };
    case 'ordering':
      return { order: question.items.map((_, index) => index) };
    case 'numeric':
      return { value: '' };
  }
}

/**
 * One question as a student sees it, from what a student receives (no key). "Check" asks the server to grade
 * the answer; only its verdict and the feedback come back.
 */
export function PreviewQuestion({ question, number }: { question: StudentQuestion; number: number }) {
  const t = useTranslations('QuizEditor');
  const errorText = useErrorText();
  const [response, setResponse] = useState(() => emptyResponse(question));
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const update = (next: Record<string, unknown>) => {
    setChecked(null);
    setResponse(next);
  };
  const check = () => {
    setError(undefined);
    startTransition(async () => {
      const result = await checkPreviewAnswerAction({ questionId: question.id, response }).catch(() => null);
      if (!result || !result.ok) return setError(errorText(result?.formError ?? result?.fieldErrors.response ?? 'unexpected'));
      setChecked(result.value);
    });
  };
  return (
    <li className={authoring.item} data-testid="preview-question">
      <p className={authoring.itemKind}>
        {`${t('questionNumber', { number })} · ${t('points', { points: question.points })}`}
      </p>
      <p className={authoring.prompt}>{question.prompt}</p>
      <ResponseInput question={question} response={response} update={update} />
      <div>
        <Button variant="secondary" className={authoring.small} onClick={check} disabled={pending}>
          {t('check')}
        </Button>
      </div>
      <FormAlert message={error} />
      <div role="status" className={styles.checkResult}>
        {checked && (
          <>
            <p>
              <strong>{t(`outcome.${checked.outcome}`)}</strong> · {t('scoreOf', { score: checked.score, maxScore: checked.maxScore })}
            </p>
            {checked.choiceFeedback.map((entry) => (
              <p key={entry.choice}>{entry.text}</p>
            ))}
            {checked.feedback && <p>{checked.feedback}</p>}
          </>
        )}
      </div>
    </li>
  );
}

interface InputProps {
  question: StudentQuestion;
  response: Record<string, unknown>;
  update: (next: Record<string, unknown>) => void;
}

function ResponseInput({ question, response, update }: InputProps) {
  const t = useTranslations('QuizEditor');
  const tr = useTranslations('Review');
  const group = useId();
  switch (question.type) {
    case 'single':
    case 'truefalse': {
      const options = question.type === 'single' ? question.choices : [tr('trueLabel'), tr('falseLabel')];
      const selected = question.type === 'single' ? response.choice : response.answer === undefined ? undefined : response.answer ? 0 : 1;
      return (
        <fieldset className={formStyles.fieldset}>
          <legend className="visually-hidden">{t('yourAnswer')}</legend>
          <div className={styles.options}>
            {options.map((text, index) => (
              <label key={index} className={formStyles.choice}>
                <input
                  type="radio"
                  name={group}
                  checked={selected === index}
                  onChange={() => update(question.type === 'single' ? { choice: index } : { answer: index === 0 })}
                />
                {text}
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
    case 'multiple': {
      const ticked = response.choices as number[];
      return (
        <fieldset className={formStyles.fieldset}>
          <legend className="visually-hidden">{t('yourAnswer')}</legend>
          <div className={styles.options}>
            {question.choices.map((text, index) => (
              <label key={index} className={formStyles.choice}>
                <input
                  type="checkbox"
                  checked={ticked.includes(index)}
                  onChange={(event) => update({ choices: event.target.checked ? [...ticked, index] : ticked.filter((other) => other !== index) })}
                />
                {text}
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
    case 'short':
      return <TextField label={t('yourAnswer')} value={response.text as string} onChange={(event) => update({ text: event.target.value })} />;
    case 'numeric':
      return (
        <TextField
          label={question.unit ? t('yourNumberWithUnit', { unit: question.unit }) : t('yourAnswer')}
          inputMode="decimal"
          value={response.value as string}
          onChange={(event) => update({ value: event.target.value })}
        />
      );
    case 'cloze': {
      const blanks = response.blanks as string[];
      return (
        <>
          {blanks.map((text, index) => (
            <TextField
              key={index}
              label={t('blankLabel', { number: index + 1 })}
              value={text}
              onChange={(event) => update({ blanks: blanks.map((other, at) => (at === index ? event.target.value : other)) })}
            />
          ))}
        </>
      );
    }
    case 'matching': {
      const matches = response.matches as (number | null)[];
      return (
        <>
          {question.left.map((left, index) => (
            <SelectField
              key={index}
              label={left}
              value={matches[index] === null ? '' : String(matches[index])}
              onChange={(event) => update({ matches: matches.map((other, at) => (at === index ? (event.target.value === '' ? null : Number(event.target.value)) : other)) })}
            >
              <option value="">{t('chooseMatch')}</option>
              {question.right.map((right, rightIndex) => (
                <option key={rightIndex} value={rightIndex}>
                  {right}
                </option>
              ))}
            </SelectField>
          ))}
        </>
      );
    }
    case 'ordering': {
      const order = response.order as number[];
      const move = (at: number, by: -1 | 1) => {
        const next = [...order];
        [next[at], next[at + by]] = [next[at + by]!, next[at]!];
        update({ order: next });
      };
      return (
        <ol className={styles.orderList}>
          {order.map((item, at) => (
            <li key={item} className={styles.orderItem}>
              <span>{question.items[item]}</span>
              <Button variant="secondary" className={authoring.small} onClick={() => move(at, -1)} disabled={at === 0} aria-label={t('moveUpLabel', { item: question.items[item]! })}>
                ↑
              </Button>
              <Button variant="secondary" className={authoring.small} onClick={() => move(at, 1)} disabled={at === order.length - 1} aria-label={t('moveDownLabel', { item: question.items[item]! })}>
                ↓
              </Button>
            </li>
          ))}
        </ol>
      );
    }
  }
}
