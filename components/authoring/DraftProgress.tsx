'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import styles from './authoring.module.css';

export type ProgressStage = 'reading' | 'extracting' | 'sentences' | 'concepts' | 'cards' | 'questions' | 'saving';

const ALL_STAGES: ProgressStage[] = ['reading', 'extracting', 'sentences', 'concepts', 'cards', 'questions', 'saving'];

/** The steps of making a draft as the server reports them: done ones ticked, the current one announced. */
export function DraftProgress({ seen, fromFile, opening }: { seen: ProgressStage[]; fromFile: boolean; opening: boolean }) {
  const t = useTranslations('NewDraft');
  const steps = ALL_STAGES.filter((stage) => fromFile || stage !== 'extracting');
  const currentIndex = opening ? steps.length : Math.max(...seen.map((stage) => steps.indexOf(stage)), 0);
  const current = steps[currentIndex];
  const section = useRef<HTMLElement>(null);
  // On a phone the steps appear below the fold: bring them into view once.
  useEffect(() => {
    section.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <section ref={section} className={styles.progress} aria-labelledby="progress-title">
      <h2 id="progress-title" className={styles.progressTitle}>
        {t('progressTitle')}
      </h2>
      <progress className={styles.progressBar} max={steps.length} value={currentIndex} aria-label={t('progressLabel')} />
      <ol className={styles.steps}>
        {steps.map((stage, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'pending';
          return (
            <li key={stage} className={styles[state]} aria-current={state === 'current' ? 'step' : undefined}>
              <span aria-hidden="true" className={styles.stepMark}>
                {state === 'done' ? '✓' : state === 'current' ? '●' : '○'}
              </span>
              {state === 'done' ? t('stepDone', { step: t(`stages.${stage}`) }) : state === 'current' ? t('stepCurrent', { step: t(`stages.${stage}`) }) : t(`stages.${stage}`)}
            </li>
          );
        })}
      </ol>
      <p role="status" className={styles.progressStatus}>
        {opening ? t('opening') : current ? `${t(`stages.${current}`)}…` : ''}
      </p>
    </section>
  );
}
