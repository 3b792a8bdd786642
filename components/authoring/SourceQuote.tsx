'use client';

import { useTranslations } from 'next-intl';
import { useReview } from './ReviewContext';
import styles from './authoring.module.css';

/** The sentence an item cites, shown with the item. */
export function SourceQuote({ sentenceId }: { sentenceId: string | null }) {
  const t = useTranslations('Review');
  const { sentenceText } = useReview();
  const text = sentenceText(sentenceId);
  return (
    <figure className={styles.quote}>
      <figcaption className={styles.quoteCaption}>{t('source')}</figcaption>
      <blockquote className={styles.quoteText}>{text ?? t('noSource')}</blockquote>
    </figure>
  );
}
