import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import styles from '@/components/classes/classes.module.css';
import { QuizDetailsForm } from '@/components/quiz-editor/QuizDetailsForm';
import { teacherForPage } from '@/lib/access/page-guards';
import { listQuizzesForTeacher } from '@/lib/data/quizzes';
import { getDb } from '@/lib/db/client';

export default async function QuizzesPage() {
  const actor = await teacherForPage('/quizzes');
  const [quizzes, t] = await Promise.all([listQuizzesForTeacher(await getDb(), actor), getTranslations('QuizEditor')]);
  return (
    <div className={`container ${styles.page}`}>
      <section className={styles.section} aria-labelledby="quizzes-title">
        <h1 id="quizzes-title">{t('listTitle')}</h1>
        <p className={styles.meta}>{t('listLead')}</p>
        {quizzes.length === 0 ? (
          <p className={styles.empty}>{t('listEmpty')}</p>
        ) : (
          <ul className={styles.list} aria-label={t('listTitle')}>
            {quizzes.map((quiz) => (
              <li key={quiz.id} className={`${styles.item} ${styles.linkItem}`}>
                <div>
                  <Link className={styles.itemLink} href={`/quizzes/${quiz.id}`}>
                    {quiz.title}
                  </Link>
                  <div className={styles.meta}>
                    {/* In the line rather than beside the title, which a phone has no width to spare for. */}
                    {quiz.fromDeck && <span className={styles.badge}>{t('fromDeckBadge')}</span>} {t('questionCount', { count: quiz.questionCount })} ·{' '}
                    {t('createdOn', { date: quiz.createdAt })}
                  </div>
                  <div className={styles.meta}>
                    {quiz.classes.length > 0 ? t('assignedTo', { classes: quiz.classes.map((klass) => klass.name).join(', ') }) : t('notAssigned')}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="new-quiz-title">
        <h2 id="new-quiz-title">{t('newQuizTitle')}</h2>
        <QuizDetailsForm />
      </section>
    </div>
  );
}
