import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import styles from '@/components/classes/classes.module.css';
import type { DueItem } from '@/lib/data/assignments';
import { reviewTitle } from './review-title';
import own from './reviews.module.css';

/**
 * A review of concepts on the student's home: a link to study its cards, or, once every card is reviewed, "Done"
 * (it stays until it is due, so the student sees it counted rather than gone).
 */
export async function ReviewDueItem({ item, review }: { item: DueItem; review: NonNullable<DueItem['review']> }) {
  const [t, format, title] = await Promise.all([getTranslations('ConceptReview'), getFormatter(), reviewTitle(review.terms)]);
  const done = review.cardsLeft === 0;
  const due = item.dueAt ? ` · ${format.dateTime(item.dueAt, { dateStyle: 'medium', timeStyle: 'short' })}` : '';
  return (
    <li className={done ? styles.item : `${styles.item} ${styles.linkItem}`} data-testid="review-item">
      <div>
        {done ? (
          <strong>{title}</strong>
        ) : (
          <Link className={styles.itemLink} href={`/study?review=${item.id}`}>
            {title}
          </Link>
        )}
        <div className={styles.meta}>
          {item.className}
          {due}
          {!done && ` · ${t('cardsLeft', { count: review.cardsLeft })}`}
        </div>
      </div>
      {done ? (
        <span className={`${styles.badge} ${own.doneBadge}`}>{t('done')}</span>
      ) : (
        <span className={styles.badge} aria-hidden="true">
          {t('badge')}
        </span>
      )}
    </li>
  );
}
