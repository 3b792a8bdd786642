// One question of a student's full results: their answer (for choice questions each ticked choice, marked right
// or wrong, with the teacher's note on it), how it went, the points, the correct answer, the teacher's feedback,
// the cited sentence and an override's comment, by whom and when. Rendered on the server only.
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ResultQuestion } from '@/lib/data/attempts';
import styles from './quiz.module.css';

type Translate = Awaited<ReturnType<typeof getTranslations<'QuizTaking.results'>>>;

function answerText(question: ResultQuestion, response: unknown, t: Translate): string {
  if (response === null || response === undefined) return t('noAnswer');
  const value = response as Record<string, unknown>;
  switch (question.type) {
    case 'single':
      return question.choices[value.choice as number] ?? '';
    case 'multiple':
      return (value.choices as number[]).map((choice) => question.choices[choice]).join('; ') || t('noAnswer');
    case 'truefalse':
      return value.answer ? t('true') : t('false');
    case 'short':
      return (value.text as string) || t('noAnswer');
    case 'cloze':
      return (value.blanks as string[]).map((blank) => blank || '—').join(' · ');
    case 'matching':
      return question.left.map((left, index) => `${left} → ${question.right[(value.matches as (number | null)[])[index] ?? -1] ?? '—'}`).join('; ');
    case 'ordering':
      return (value.order as number[]).map((item) => question.items[item]).join(' → ');
    case 'numeric':
      return `${value.value as string}${question.unit ? ` ${question.unit}` : ''}`;
  }
}

function correctText(question: ResultQuestion, t: Translate): string {
  const correct = question.correctAnswer;
  switch (correct.type) {
    case 'single':
      return answerText(question, { choice: correct.choice }, t);
    case 'multiple':
      return answerText(question, { choices: correct.choices }, t);
    case 'truefalse':
      return answerText(question, { answer: correct.answer }, t);
    case 'short':
      return correct.accepted.join(' / ');
    case 'cloze':
      return correct.blanks.map((accepted) => accepted.join(' / ')).join(' · ');
    case 'matching':
      return answerText(question, { matches: correct.matches }, t);
    case 'ordering':
      return answerText(question, { order: correct.order }, t);
    case 'numeric':
      return `${correct.value}${correct.tolerance ? ` ± ${correct.tolerance}` : ''}${question.type === 'numeric' && question.unit ? ` ${question.unit}` : ''}`;
  }
}

/** The shown positions the student ticked on a choice question, in the order they were shown. */
function tickedPositions(response: unknown): number[] {
  if (response === null || response === undefined) return [];
  const value = response as { choice?: number; choices?: number[] };
  return [...(value.choices ?? (value.choice === undefined ? [] : [value.choice]))].sort((a, b) => a - b);
}

/** The correct shown positions of a choice question. */
function correctPositions(correct: ResultQuestion['correctAnswer']): Set<number> {
  if (correct.type === 'single') return new Set([correct.choice]);
  if (correct.type === 'multiple') return new Set(correct.choices);
  return new Set();
}

/** A choice question's answer: each ticked choice, marked right or wrong, with the teacher's note on it. */
function TickedChoices({ question, choices, t }: { question: ResultQuestion; choices: string[]; t: Translate }) {
  const ticked = tickedPositions(question.response);
  if (ticked.length === 0) return <dd>{t('noAnswer')}</dd>;
  const correct = correctPositions(question.correctAnswer);
  return (
    <dd>
      <ul className={styles.tickedChoices}>
        {ticked.map((position) => {
          const right = correct.has(position);
          const note = question.feedback.choices.find((entry) => entry.position === position)?.text;
          return (
            <li key={position}>
              <span>{choices[position]}</span>{' '}
              <span className={right ? styles.choiceRight : styles.choiceWrong}>
                <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
                {t(right ? 'choiceRight' : 'choiceWrong')}
              </span>
              {note && (
                <p className={styles.choiceNote}>
                  <span className="visually-hidden">{t('choiceFeedback')} </span>
                  {note}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </dd>
  );
}

/**
 * `labels` word the answer and the override comment for someone other than the student (their teacher);
 * `timeZone` is the class's, which dates are shown in.
 */
export async function ResultQuestionView({
  question,
  number,
  timeZone,
  labels,
}: {
  question: ResultQuestion;
  number: number;
  timeZone: string;
  labels?: { answer: string; override: string };
}) {
  const [t, format] = await Promise.all([getTranslations('QuizTaking.results'), getFormatter()]);
  const general = question.feedback.general;
  const override = question.override;
  return (
    <article className={`${styles.result} ${styles[`outcome_${question.outcome}`] ?? ''}`} aria-labelledby={`result-${number}`}>
      <h2 id={`result-${number}`} className={styles.resultTitle}>
        <span>{t('questionNumber', { number })}</span>
        <span className={styles.outcome}>{t(`outcome.${question.outcome}`)}</span>
      </h2>
      <p className={styles.prompt}>{question.prompt}</p>
      <dl className={styles.resultFacts}>
        <dt>{labels?.answer ?? t('yourAnswer')}</dt>
        {question.type === 'single' || question.type === 'multiple' ? (
          <TickedChoices question={question} choices={question.choices} t={t} />
        ) : (
          <dd>{answerText(question, question.response, t)}</dd>
        )}
        {question.outcome !== 'correct' || question.withTypo ? (
          <>
            <dt>{t('correctAnswer')}</dt>
            <dd>{correctText(question, t)}</dd>
          </>
        ) : null}
        <dt>{t('points')}</dt>
        <dd>{t('pointsOf', { score: question.score, max: question.maxScore })}</dd>
        {override && (
          <>
            <dt>{labels?.override ?? t('override')}</dt>
            <dd>{override.comment}</dd>
            <dd className={styles.overriddenBy}>
              {t(override.byName ? 'overriddenBy' : 'overriddenByUnknown', {
                name: override.byName ?? '',
                date: format.dateTime(override.at, { dateStyle: 'medium', timeZone }),
              })}
            </dd>
          </>
        )}
        {general && (
          <>
            <dt>{t('feedback')}</dt>
            <dd>{general}</dd>
          </>
        )}
        {question.sourceSentence && (
          <>
            <dt>{t('source')}</dt>
            <dd>
              <blockquote className={styles.source}>{question.sourceSentence}</blockquote>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
