import { getFormatter, getTranslations } from 'next-intl/server';
import { dateOfCalendarDay, FORMAT_AS_CALENDAR_DAY } from '@/components/study/calendar-date';
import styles from './dashboard.module.css';

/** Reviews per day of the last two weeks. */
export async function ReviewsPerDay({ days }: { days: { date: string; count: number }[] }) {
  const [t, format] = await Promise.all([getTranslations('ClassDashboard.overview'), getFormatter()]);
  return (
    <table className={styles.grid}>
      <caption>{t('reviewsPerDay')}</caption>
      <tbody>
        {days.map((day) => (
          <tr key={day.date}>
            <th scope="row">{format.dateTime(dateOfCalendarDay(day.date), { ...FORMAT_AS_CALENDAR_DAY, weekday: 'short', day: 'numeric', month: 'short' })}</th>
            <td className={styles.cell}>{format.number(day.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
