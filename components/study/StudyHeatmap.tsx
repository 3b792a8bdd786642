import type { DateTimeFormatOptions } from 'next-intl';
import { getFormatter, getTranslations } from 'next-intl/server';
import { HEATMAP_WEEKS, LEVEL_MINIMUMS, type HeatCell, type Heatmap } from '@/lib/srs/streaks';
import { FORMAT_AS_CALENDAR_DAY, dateOfCalendarDay } from './calendar-date';
import styles from './streaks.module.css';

/**
 * Reviews per day over the last weeks as a table: a row per weekday, a column per week. Every cell says its date
 * and count in words (read by screen readers, and shown on hover), and the legend gives each shade's range, so
 * nothing depends on telling colours apart.
 */
export async function StudyHeatmap({ heatmap, today }: { heatmap: Heatmap; today: string }) {
  const [t, format] = await Promise.all([getTranslations('Streaks'), getFormatter()]);
  const formatDay = (date: string, options: DateTimeFormatOptions) =>
    format.dateTime(dateOfCalendarDay(date), { ...FORMAT_AS_CALENDAR_DAY, ...options });
  const weeks = heatmap.weeks;
  const firstWeek = weeks[0] ?? [];

  const cellLabel = (cell: HeatCell) => {
    const label = t('cell', { date: formatDay(cell.date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }), count: cell.reviews });
    return cell.date === today ? t('todayCell', { label }) : label;
  };
  // A month's name heads the week that holds its first day.
  const monthStarting = (week: (HeatCell | null)[]) => week.find((cell) => cell?.date.endsWith('-01'));

  return (
    <div className={styles.heatmap}>
      <h3 className={styles.heatmapTitle}>{t('heatmapTitle', { weeks: HEATMAP_WEEKS })}</h3>
      <p className={styles.heatmapSummary}>
        {heatmap.daysStudied === 0
          ? t('heatmapEmpty', { weeks: HEATMAP_WEEKS })
          : t('heatmapSummary', { days: heatmap.daysStudied, reviews: heatmap.reviews, weeks: HEATMAP_WEEKS })}
      </p>
      <table className={styles.grid}>
        <caption className="visually-hidden">{t('heatmapCaption', { weeks: HEATMAP_WEEKS })}</caption>
        <thead>
          <tr>
            <td className={styles.corner} />
            {weeks.map((week) => {
              const monday = week[0]!;
              const first = monthStarting(week);
              return (
                <th key={monday.date} scope="col" className={styles.month}>
                  {first && <span aria-hidden="true">{formatDay(first.date, { month: 'short' })}</span>}
                  <span className="visually-hidden">{t('weekOf', { date: formatDay(monday.date, { day: 'numeric', month: 'long' }) })}</span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {firstWeek.map((day, weekday) => (
            <tr key={weekday}>
              <th scope="row" className={styles.weekday}>
                <span aria-hidden="true">{formatDay(day!.date, { weekday: 'narrow' })}</span>
                <span className="visually-hidden">{formatDay(day!.date, { weekday: 'long' })}</span>
              </th>
              {weeks.map((week) => {
                const cell = week[weekday];
                if (!cell) return <td key={`${week[0]!.date}-${weekday}`} />;
                const label = cellLabel(cell);
                return (
                  <td key={cell.date}>
                    <span
                      aria-hidden="true"
                      title={label}
                      className={`${styles.swatch} ${cell.date === today ? styles.today : ''}`}
                      data-level={cell.level}
                    />
                    <span className="visually-hidden">{label}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.legend}>
        <span id="heatmap-legend">{t('legend')}</span>
        <ul aria-labelledby="heatmap-legend">
          {[0, ...LEVEL_MINIMUMS].map((minimum, level) => {
            const next = LEVEL_MINIMUMS[level];
            const range =
              level === 0
                ? format.number(0)
                : next === undefined
                  ? t('rangeOpen', { from: format.number(minimum) })
                  : t('range', { from: format.number(minimum), to: format.number(next - 1) });
            return (
              <li key={level}>
                <span aria-hidden="true" className={styles.swatch} data-level={level} />
                {range}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
