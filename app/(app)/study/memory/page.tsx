import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import styles from '@/components/study/memory.module.css';
import { actorForPage, orNotFound } from '@/lib/access/page-guards';
import { memoryOverviewForStudent, MIN_REVIEWS_FOR_OPTIMIZER } from '@/lib/data/fsrs-parameters';
import { getDb } from '@/lib/db/client';

// "How Parta schedules your cards": the FSRS parameters a student's cards are scheduled with, how far they are
// from parameters of their own, and what each of their classes asks for. Students only: others get a 404. Said in
// plain words, without "FSRS" or "parameters" (teachers read those on the class's study settings).
export default async function MemoryPage() {
  const actor = await actorForPage('/study/memory');
  const overview = await orNotFound(memoryOverviewForStudent(await getDb(), actor));
  const [t, format] = await Promise.all([getTranslations('Scheduling.memory'), getFormatter()]);
  const { parameters, reviewCount, nextFitAt, classes } = overview;
  const personal = parameters.source === 'personal';
  const progress = Math.min(reviewCount, MIN_REVIEWS_FOR_OPTIMIZER);
  return (
    <div className={`container ${styles.page}`}>
      <div className={styles.section}>
        <Link href="/home">← {t('backHome')}</Link>
        <h1>{t('title')}</h1>
        <p className={styles.lead}>{t('intro')}</p>
      </div>

      <section className={styles.section} aria-labelledby="model-title">
        <h2 id="model-title">{t('modelTitle')}</h2>
        <div className={styles.card}>
          <p className={styles.source} data-testid="parameters-source">
            <span className={personal ? styles.badgePersonal : styles.badge}>{personal ? t('personalBadge') : t('defaultBadge')}</span>{' '}
            {personal && parameters.fittedAt
              ? t('personalSource', { count: parameters.reviewCount, date: parameters.fittedAt })
              : t('defaultSource')}
          </p>
          {personal ? (
            <p className={styles.help}>{t('refitHelp', { next: nextFitAt, count: reviewCount })}</p>
          ) : (
            <div className={styles.progress}>
              <div className={styles.progressRow}>
                <label htmlFor="review-progress">{t('progressLabel')}</label>
                <span className={styles.progressValue}>{t('progressValue', { count: progress, needed: MIN_REVIEWS_FOR_OPTIMIZER })}</span>
              </div>
              <progress id="review-progress" className={styles.bar} max={MIN_REVIEWS_FOR_OPTIMIZER} value={progress} />
              <p className={styles.help}>{t('progressHelp', { needed: MIN_REVIEWS_FOR_OPTIMIZER })}</p>
            </div>
          )}
          <details className={styles.weights}>
            <summary>{t('weightsSummary')}</summary>
            <p className={styles.help}>{t('weightsHelp')}</p>
            <ol className={styles.weightList}>
              {parameters.weights.map((weight, index) => (
                <li key={index}>
                  <span className={styles.weightName}>{t('weightLabel', { index })}</span>
                  <span>{format.number(weight, { maximumFractionDigits: 4 })}</span>
                </li>
              ))}
            </ol>
          </details>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="classes-title">
        <h2 id="classes-title">{t('classesTitle')}</h2>
        <p className={styles.help}>{t('classesIntro')}</p>
        {classes.length === 0 ? (
          <p className={styles.help}>{t('noClasses')}</p>
        ) : (
          <ul className={styles.classList}>
            {classes.map((klass) => (
              <li key={klass.id} className={styles.card}>
                <Link className={styles.className} href={`/classes/${klass.id}`}>
                  {klass.name}
                </Link>
                <dl className={styles.settings}>
                  <div>
                    <dt>{t('retention')}</dt>
                    <dd>{format.number(klass.desiredRetention, { style: 'percent', maximumFractionDigits: 1 })}</dd>
                  </div>
                  <div>
                    <dt>{t('newCards')}</dt>
                    <dd>{format.number(klass.newCardsPerDay)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
