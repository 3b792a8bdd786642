// A student's results of a submitted attempt, as the results policy allows: when they will show, the score only,
// or everything per question. An open attempt goes back to the taking screen.
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ResultQuestionView } from '@/components/quiz/ResultQuestionView';
import styles from '@/components/quiz/quiz.module.css';
import { actorForPage, idsOrNotFound, orNotFound } from '@/lib/access/page-guards';
import { AttemptRefused, quizOverviewForStudent, resultsForStudent } from '@/lib/data/attempts';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('QuizTaking.results');
  return { title: t('metaTitle') };
}

export default async function ResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = idsOrNotFound(await params);
  const actor = await actorForPage(`/attempts/${attemptId}/results`);
  const db = await getDb();
  const now = new Date();
  const results = await orNotFound(resultsForStudent(db, actor, attemptId, now)).catch((error: unknown) => {
    if (error instanceof AttemptRefused && error.code === 'attempt.notSubmitted') redirect(`/attempts/${attemptId}`);
    throw error;
  });
  const [t, format, overview] = await Promise.all([
    getTranslations('QuizTaking.results'),
    getFormatter(),
    orNotFound(quizOverviewForStudent(db, actor, results.assignmentId, now)),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone: overview.timeZone });
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <h1>{results.quizTitle}</h1>
        <p className={styles.meta}>
          {t('attempt', { number: results.number })} · {t(results.autoSubmitted ? 'submittedAuto' : 'submittedAt', { time: when(results.submittedAt) })}
        </p>
      </header>
      {results.access === 'pending' ? (
        <p className={styles.notice} role="status">
          {results.availableAt ? t('pending', { time: when(results.availableAt) }) : t('pendingNoDate')}
        </p>
      ) : (
        <p className={styles.score} data-testid="score">
          {t('score', { score: format.number(results.score), max: format.number(results.maxScore) })}
        </p>
      )}
      {results.access === 'scoreOnly' && <p className={styles.meta}>{t('scoreOnly')}</p>}
      {results.access === 'full' && (
        <div className={styles.results}>
          {results.questions.map((question, index) => (
            <ResultQuestionView key={question.questionId} question={question} number={index + 1} timeZone={overview.timeZone} />
          ))}
        </div>
      )}
      <p className={styles.row}>
        <Link href={`/assignments/${results.assignmentId}`}>{t('backToQuiz')}</Link>
        <Link href="/home">{t('home')}</Link>
      </p>
    </div>
  );
}
