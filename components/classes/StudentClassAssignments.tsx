// What a class assigns, as its student sees it on the class page: each deck with its cards due today, new and
// studied (a link to study that deck), each quiz with where the student is in it and the score when they may see
// it (a link to take or open it), and each review of concepts with the cards left.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { reviewTitle } from '@/components/dashboard/review-title';
import type { StudentClassAssignments as Assignments } from '@/lib/data/assignments';
import styles from './classes.module.css';

export async function StudentClassAssignments({ assignments }: { assignments: Assignments }) {
  const [t, format] = await Promise.all([getTranslations('Classes.student'), getFormatter()]);
  const { decks, quizzes, reviews } = assignments;
  if (decks.length + quizzes.length + reviews.length === 0) return <p className={styles.empty}>{t('nothingYet')}</p>;
  const due = (date: Date | null) => (date ? t('due', { date: format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' }) }) : t('noDue'));
  const reviewTitles = await Promise.all(reviews.map((review) => reviewTitle(review.terms)));
  return (
    <>
      {decks.length > 0 && (
        <section className={styles.section} aria-labelledby="student-decks-title">
          <h2 id="student-decks-title">{t('decksTitle')}</h2>
          <ul className={styles.list} aria-labelledby="student-decks-title" data-testid="class-decks">
            {decks.map((deck) => (
              <li key={deck.assignmentId} className={`${styles.item} ${styles.linkItem}`}>
                <div>
                  <Link className={styles.itemLink} href={`/study?deck=${deck.deckId}`} aria-label={t('studyDeck', { title: deck.title })}>
                    {deck.title}
                  </Link>
                  <div className={styles.meta}>{t('deckCounts', { due: deck.due, fresh: deck.fresh, studied: deck.studied, cards: deck.cards })}</div>
                </div>
                <span className={styles.badge} aria-hidden="true">
                  {t('studyBadge')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {quizzes.length > 0 && (
        <section className={styles.section} aria-labelledby="student-quizzes-title">
          <h2 id="student-quizzes-title">{t('quizzesTitle')}</h2>
          <ul className={styles.list} aria-labelledby="student-quizzes-title" data-testid="class-quizzes">
            {quizzes.map((quiz) => (
              <li key={quiz.assignmentId} className={`${styles.item} ${styles.linkItem}`}>
                <div>
                  <Link className={styles.itemLink} href={`/assignments/${quiz.assignmentId}`}>
                    {quiz.title}
                    <span className="visually-hidden"> · {t(`quizState.${quiz.state}`)}</span>
                  </Link>
                  <div className={styles.meta}>
                    {due(quiz.dueAt)}
                    {quiz.score && ` · ${t('score', { score: format.number(quiz.score.score), maxScore: format.number(quiz.score.maxScore) })}`}
                  </div>
                </div>
                <span className={styles.badge} aria-hidden="true" data-testid="quiz-state">
                  {t(`quizState.${quiz.state}`)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {reviews.length > 0 && (
        <section className={styles.section} aria-labelledby="student-reviews-title">
          <h2 id="student-reviews-title">{t('reviewsTitle')}</h2>
          <ul className={styles.list} aria-labelledby="student-reviews-title" data-testid="class-reviews">
            {reviews.map((review, index) => {
              const done = review.cardsLeft === 0;
              return (
                <li key={review.assignmentId} className={done ? styles.item : `${styles.item} ${styles.linkItem}`}>
                  <div>
                    {done ? (
                      <strong>{reviewTitles[index]}</strong>
                    ) : (
                      <Link className={styles.itemLink} href={`/study?review=${review.assignmentId}`}>
                        {reviewTitles[index]}
                      </Link>
                    )}
                    <div className={styles.meta}>
                      {due(review.dueAt)} · {t('reviewProgress', { done: review.cards - review.cardsLeft, cards: review.cards })}
                    </div>
                  </div>
                  <span className={styles.badge} aria-hidden="true">
                    {done ? t('reviewDone') : t('reviewBadge')}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
