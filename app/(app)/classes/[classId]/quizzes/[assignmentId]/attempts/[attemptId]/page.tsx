// One student's attempt, for the class's teacher: each question as the student's results show it (answer, score,
// correct answer, any override with who made it and when), the automatic score, a form to override the score of
// each question (answered or not), and a button to regrade every attempt at a question after its key was edited.
// Anyone else gets a 404.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { RegradeQuestionButton } from '@/components/grading/RegradeQuestionButton';
import { ScoreOverrideForm } from '@/components/grading/ScoreOverrideForm';
import styles from '@/components/grading/gradebook.module.css';
import { ResultQuestionView } from '@/components/quiz/ResultQuestionView';
import { idsOrNotFound, orNotFound, teacherForPage } from '@/lib/access/page-guards';
import { attemptForTeacher } from '@/lib/data/gradebook';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('Gradebook.attempt');
  return { title: t('metaTitle') };
}

export default async function TeacherAttemptPage({ params }: { params: Promise<{ classId: string; assignmentId: string; attemptId: string }> }) {
  const { classId, assignmentId, attemptId } = idsOrNotFound(await params);
  const gradebook = `/classes/${classId}/quizzes/${assignmentId}`;
  const actor = await teacherForPage(`${gradebook}/attempts/${attemptId}`);
  const attempt = await orNotFound(attemptForTeacher(await getDb(), actor, { classId, assignmentId, attemptId }, new Date()));
  const [t, tp, format] = await Promise.all([getTranslations('Gradebook.attempt'), getTranslations('Gradebook.page'), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone: attempt.timeZone });
  const points = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const labels = { answer: t('studentAnswer'), override: t('overrideComment') };
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.section}>
        <Link href={gradebook}>← {t('backToGradebook')}</Link>
        <h1>{t('title', { name: attempt.student.name, number: attempt.number })}</h1>
        <p className={styles.meta}>
          {attempt.quizTitle} · {attempt.className} · {t('startedAt', { time: when(attempt.startedAt) })}
          {attempt.submittedAt && ` · ${tp(attempt.autoSubmitted ? 'autoSubmittedAt' : 'submittedAt', { time: when(attempt.submittedAt) })}`}
        </p>
        {attempt.score !== null && attempt.maxScore !== null && (
          <p className={styles.counting} data-testid="attempt-score">
            {t('score', { score: points(attempt.score), max: points(attempt.maxScore) })}
          </p>
        )}
      </header>

      {attempt.status !== 'SUBMITTED' ? (
        <p className={styles.meta} role="status">
          {t('inProgress')}
        </p>
      ) : (
        attempt.questions.map((question, index) => {
          const number = index + 1;
          return (
            <section key={question.questionId} className={styles.graded} aria-label={tp('questionNumber', { number })} data-testid="graded-question">
              <ResultQuestionView question={question} number={number} timeZone={attempt.timeZone} labels={labels} />
              <div className={styles.tools}>
                <p className={styles.meta}>{t('autoScore', { score: points(question.autoScore), max: points(question.maxScore) })}</p>
                <h3>{t('overrideTitle', { number })}</h3>
                <ScoreOverrideForm
                  classId={classId}
                  assignmentId={assignmentId}
                  attemptId={attempt.attemptId}
                  questionId={question.questionId}
                  questionNumber={number}
                  maxScore={question.maxScore}
                  current={question.storedOverride}
                />
                <RegradeQuestionButton classId={classId} assignmentId={assignmentId} questionId={question.questionId} questionNumber={number} />
              </div>
            </section>
          );
        })
      )}
    </div>
  );
}
