// A quiz assignment for its student: what it is, its time limit and due time (in the class's time zone), the
// attempts used and allowed, links to earlier results, and Start or Resume.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { StartAttemptButton } from '@/components/quiz/StartAttemptButton';
import styles from '@/components/quiz/quiz.module.css';
import { actorForPage, idsOrNotFound, orNotFound } from '@/lib/access/page-guards';
import { quizOverviewForStudent } from '@/lib/data/attempts';
import { getDb } from '@/lib/db/client';

export async function generateMetadata() {
  const t = await getTranslations('QuizTaking.overview');
  return { title: t('metaTitle') };
}

export default async function AssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = idsOrNotFound(await params);
  const actor = await actorForPage(`/assignments/${assignmentId}`);
  const [t, tq, format, overview] = await Promise.all([
    getTranslations('QuizTaking.overview'),
    getTranslations('Quiz.errors'),
    getFormatter(),
    orNotFound(quizOverviewForStudent(await getDb(), actor, assignmentId, new Date())),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone: overview.timeZone });
  const used = overview.attempts.length;
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <h1>{overview.quizTitle}</h1>
        <p className={styles.meta}>{overview.className}</p>
      </header>
      <dl className={styles.facts}>
        <div>
          <dt>{t('questions')}</dt>
          <dd>{format.number(overview.questionCount)}</dd>
        </div>
        <div>
          <dt>{t('due')}</dt>
          <dd>{overview.dueAt ? when(overview.dueAt) : t('noDue')}</dd>
        </div>
        <div>
          <dt>{t('timeLimit')}</dt>
          <dd>{overview.timeLimitSeconds === null ? t('noTimeLimit') : t('minutes', { count: Math.ceil(overview.timeLimitSeconds / 60) })}</dd>
        </div>
        <div>
          <dt>{t('attempts')}</dt>
          <dd>{overview.maxAttempts === null ? t('attemptsUnlimited', { used }) : t('attemptsUsed', { used, allowed: overview.maxAttempts })}</dd>
        </div>
      </dl>
      {overview.refusal ? (
        <p className={styles.notice} role="status">
          {tq(overview.refusal.slice('attempt.'.length) as 'notOpen')}
          {overview.refusal === 'attempt.notOpen' && ` ${t('opensAt', { time: when(overview.opensAt) })}`}
        </p>
      ) : (
        <>
          {overview.timeLimitSeconds !== null && !overview.openAttemptId && <p className={styles.meta}>{t('timerWarning')}</p>}
          <StartAttemptButton assignmentId={overview.assignmentId} resume={overview.openAttemptId !== null} />
        </>
      )}
      {overview.attempts.length > 0 && (
        <section aria-labelledby="attempts-title" className={styles.section}>
          <h2 id="attempts-title">{t('earlier')}</h2>
          <ul className={styles.list}>
            {overview.attempts.map((attempt) => (
              <li key={attempt.attemptId} className={styles.item}>
                {attempt.status === 'SUBMITTED' && attempt.submittedAt ? (
                  <Link href={`/attempts/${attempt.attemptId}/results`}>{t('attemptResults', { number: attempt.number })}</Link>
                ) : (
                  <Link href={`/attempts/${attempt.attemptId}`}>{t('attemptOpen', { number: attempt.number })}</Link>
                )}
                <span className={styles.meta}>
                  {attempt.submittedAt
                    ? t(attempt.autoSubmitted ? 'submittedAuto' : 'submittedAt', { time: when(attempt.submittedAt) })
                    : t('startedAt', { time: when(attempt.startedAt) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link href="/home">{t('back')}</Link>
      </p>
    </div>
  );
}
