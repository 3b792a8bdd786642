import { getFormatter, getTranslations } from 'next-intl/server';
import type { ForgettingConcept } from '@/lib/data/dashboards/class-dashboard';
import { bandClass, masteryTextMaker } from './MasteryBandText';
import styles from './dashboard.module.css';

/** The concepts the class is least likely to remember on the date, weakest first. */
export async function ForgettingList({ concepts, on, timeZone }: { concepts: ForgettingConcept[]; on: Date; timeZone: string }) {
  const [t, format, masteryText] = await Promise.all([getTranslations('ClassDashboard.forgetting'), getFormatter(), masteryTextMaker()]);
  if (concepts.length === 0) return <p className={styles.meta}>{t('none')}</p>;
  const date = format.dateTime(on, { dateStyle: 'long', timeZone });
  return (
    <ol className={styles.list} aria-label={t('listLabel', { date })}>
      {concepts.map((concept) => (
        <li key={concept.id} className={styles.item}>
          <div className={styles.itemHead}>
            <strong>{concept.term}</strong>
            <span className={`${styles.cell} ${bandClass(concept.recall)}`}>{masteryText(concept.recall)}</span>
          </div>
          <p className={styles.meta}>{t('below', { below: concept.below, studied: concept.studied })}</p>
        </li>
      ))}
    </ol>
  );
}
