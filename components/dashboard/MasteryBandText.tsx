import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { masteryBand, recallPercent, type MasteryBand } from '@/lib/stats/mastery';
import styles from './dashboard.module.css';

/** A symbol per band, beside the percent, so the grid reads without colour. */
export const BAND_SYMBOL: Record<MasteryBand, string> = { strong: '●', fading: '◐', weak: '○', notStarted: '–' };

export const bandClass = (recall: number | null) => styles[masteryBand(recall)];

/**
 * Renders a recall as "87 % ●" with the band's name for screen readers ("–", "not started" when nothing was
 * studied). Made once per page: a grid has thousands of cells, and each must not load the messages again.
 */
export async function masteryTextMaker(): Promise<(recall: number | null) => ReactNode> {
  const [t, format] = await Promise.all([getTranslations('ClassDashboard.bands'), getFormatter()]);
  const names = { strong: t('strong'), fading: t('fading'), weak: t('weak'), notStarted: t('notStarted') };
  return function MasteryText(recall) {
    const band = masteryBand(recall);
    return (
      <>
        {recall !== null && `${format.number(recallPercent(recall) / 100, { style: 'percent' })} `}
        <span aria-hidden="true">{BAND_SYMBOL[band]}</span>
        <span className="visually-hidden"> {names[band]}</span>
      </>
    );
  };
}

/** The bands' symbols and names, under the grid. */
export async function MasteryLegend() {
  const t = await getTranslations('ClassDashboard.bands');
  const bands: MasteryBand[] = ['strong', 'fading', 'weak', 'notStarted'];
  return (
    <ul className={styles.legend} aria-label={t('legend')}>
      {bands.map((band) => (
        <li key={band} className={styles[band]}>
          <span aria-hidden="true">{BAND_SYMBOL[band]}</span> {t(`${band}Range`)}
        </li>
      ))}
    </ul>
  );
}
