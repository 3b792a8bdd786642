import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import styles from '@/components/classes/classes.module.css';
import { AddQuizQuestion } from '@/components/quiz-editor/AddQuizQuestion';
import { AssignQuizForm } from '@/components/quiz-editor/AssignQuizForm';
import { BankPicker } from '@/components/quiz-editor/BankPicker';
import { QuizDetailsForm } from '@/components/quiz-editor/QuizDetailsForm';
import { QuizQuestionList } from '@/components/quiz-editor/QuizQuestionList';
import { QuizTypoTolerance } from '@/components/quiz-editor/QuizTypoTolerance';
import editor from '@/components/quiz-editor/quiz-editor.module.css';
import { idsOrNotFound, orNotFound, teacherForPage } from '@/lib/access/page-guards';
import { listClassesToAssign, listQuizAssignments } from '@/lib/data/quiz-assignments';
import { listQuestionBanks, loadQuizEditor } from '@/lib/data/quizzes';
import { getDb } from '@/lib/db/client';
import { DEFAULT_TIME_ZONE } from '@/lib/i18n/locales';
import { dateTomorrow } from '@/lib/i18n/zoned-time';
import { defaultAssignmentSettings } from '@/lib/validation/quizzes';

export default async function QuizEditorPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = idsOrNotFound(await params);
  const actor = await teacherForPage(`/quizzes/${quizId}`);
  const db = await getDb();
  const model = await orNotFound(loadQuizEditor(db, actor, quizId));
  const [t, assignments, banks, classes] = await Promise.all([
    getTranslations('QuizEditor'),
    listQuizAssignments(db, actor, quizId),
    listQuestionBanks(db, actor),
    listClassesToAssign(db, actor),
  ]);
  // The form starts at tomorrow in the first class's zone.
  const tomorrow = dateTomorrow(new Date(), classes[0]?.timeZone ?? DEFAULT_TIME_ZONE);
  const { quiz, questions } = model;
  return (
    <div className={`container ${styles.page}`}>
      <div className={styles.section}>
        <Link href="/quizzes">← {t('backToQuizzes')}</Link>
        <h1>{quiz.title}</h1>
        <p className={styles.meta}>
          {t('questionCount', { count: questions.length })}
          {quiz.deckId && (
            <>
              {' · '}
              <Link href={`/decks/${quiz.deckId}`}>{t('openDeck')}</Link>
            </>
          )}
          {' · '}
          <Link href={`/quizzes/${quiz.id}/preview`}>{t('preview')}</Link>
          {' · '}
          <a href="#assign">{t('goToAssign')}</a>
        </p>
      </div>

      <section className={styles.section} aria-labelledby="details-title">
        <h2 id="details-title">{t('detailsTitle')}</h2>
        <QuizDetailsForm quizId={quiz.id} initial={{ title: quiz.title, description: quiz.description }} />
      </section>

      <section className={styles.section} aria-labelledby="questions-title">
        <h2 id="questions-title">{t('questionsTitle')}</h2>
        <QuizTypoTolerance quizId={quiz.id} questions={questions} />
        <QuizQuestionList quizId={quiz.id} questions={questions} />
        <AddQuizQuestion quizId={quiz.id} />
      </section>

      <section className={styles.section} aria-labelledby="bank-title">
        <h2 id="bank-title">{t('bankTitle')}</h2>
        <p className={styles.meta}>{t('bankLead')}</p>
        <BankPicker quizId={quiz.id} banks={banks} />
      </section>

      <section id="assign" className={styles.section} aria-labelledby="assign-title">
        <h2 id="assign-title">{t('assignTitle')}</h2>
        {assignments.length > 0 && (
          <ul className={editor.assignments} aria-label={t('assignmentsLabel')}>
            {assignments.map((assignment) => (
              <li key={assignment.id} className={editor.assignment} data-testid="quiz-assignment">
                <h3>{assignment.className}</h3>
                <p className={styles.meta}>{t('attemptsStarted', { count: assignment.attemptCount })}</p>
                <AssignQuizForm
                  mode="edit"
                  assignmentId={assignment.id}
                  timeZone={assignment.timeZone}
                  initial={assignment.settings}
                  started={assignment.attemptCount > 0}
                />
              </li>
            ))}
          </ul>
        )}
        {questions.length === 0 ? (
          <p className={styles.meta}>{t('assignNeedsQuestions')}</p>
        ) : classes.length === 0 ? (
          <p className={styles.meta}>{t('assignNeedsClass')}</p>
        ) : (
          <>
            {assignments.length > 0 && <h3>{t('assignAnother')}</h3>}
            <AssignQuizForm
              mode="new"
              quizId={quiz.id}
              classes={classes}
              initial={defaultAssignmentSettings(tomorrow)}
            />
          </>
        )}
      </section>
    </div>
  );
}
