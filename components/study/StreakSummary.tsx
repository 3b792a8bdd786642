import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { StreakSummary as Streak } from '@/lib/srs/streaks';
import { FORMAT_AS_CALENDAR_DAY, dateOfCalendarDay } from './calendar-date';
import styles from './streaks.module.css';

/**
 * The student's current and longest streak, with one line that says what to do today (addressed to the student:
 * `advice={false}` leaves it out where someone else is reading, as a teacher does).
 */
export async function StreakSummary({ summary, advice = true }: { summary: Streak; advice?: boolean }) {
  const [t, format] = await Promise.all([getTranslations('Streaks'), getFormatter()]);
  const number = (chunks: ReactNode) => <span className={styles.number}>{chunks}</span>;
  const days = (count: number) => t.rich('days', { count, number });

  let line: string;
  if (summary.lastStudied === null) line = t('none');
  else if (summary.studiedToday) line = t('studiedToday');
  else if (summary.current > 0) line = t('keepStreak', { count: summary.current });
  else line = t('startAgain', { date: format.dateTime(dateOfCalendarDay(summary.lastStudied), { ...FORMAT_AS_CALENDAR_DAY, dateStyle: 'long' }) });

  return (
    <div className={styles.summary}>
      {advice && (
        <p className={`${styles.line} ${summary.studiedToday ? styles.lineDone : ''}`} data-testid="streak-line">
          {line}
        </p>
      )}
      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt>{t('current')}</dt>
          <dd>{days(summary.current)}</dd>
        </div>
        <div className={styles.stat}>
          <dt>{t('longest')}</dt>
          <dd>{days(summary.longest)}</dd>
        </div>
        <div className={styles.stat}>
          <dt>{t('totalDays')}</dt>
          <dd>{days(summary.totalDays)}</dd>
        </div>
      </dl>
    </div>
  );
}
