import { getFormatter, getTranslations } from 'next-intl/server';
import styles from '@/components/classes/classes.module.css';
import type { ClassReviewAssignment } from '@/lib/data/review-assignments';
import { reviewTitle } from './review-title';

/** A class's review assignments for its teacher: what, when due (the class's clock), how many students are done. */
export async function ReviewAssignmentList({ reviews, timeZone, labelledBy }: { reviews: ClassReviewAssignment[]; timeZone: string; labelledBy: string }) {
  const [t, format] = await Promise.all([getTranslations('ConceptReview'), getFormatter()]);
  if (reviews.length === 0) return <p className={styles.empty}>{t('listEmpty')}</p>;
  const titles = await Promise.all(reviews.map((review) => reviewTitle(review.concepts.map((concept) => concept.term))));
  return (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      {reviews.map((review, index) => (
        <li key={review.id} className={styles.item} data-testid="review-assignment">
          <div>
            <strong>{titles[index]}</strong>
            <div className={styles.meta}>
              {t('due', { date: format.dateTime(review.dueAt, { dateStyle: 'medium', timeStyle: 'short', timeZone }) })} ·{' '}
              {t('completion', { completed: review.completed, students: review.students, cards: review.cards })}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
