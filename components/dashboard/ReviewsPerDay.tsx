import { getFormatter, getTranslations } from 'next-intl/server';
import { dateOfCalendarDay, FORMAT_AS_CALENDAR_DAY } from '@/components/study/calendar-date';
import { DailyBarChart } from './DailyBarChart';

/** The class's reviews per day of the last two weeks, as a bar chart with its table. */
export async function ReviewsPerDay({ days }: { days: { date: string; count: number }[] }) {
  const [t, format] = await Promise.all([getTranslations('ClassDashboard.overview'), getFormatter()]);
  const day = (date: string) => format.dateTime(dateOfCalendarDay(date), { ...FORMAT_AS_CALENDAR_DAY, weekday: 'short', day: 'numeric', month: 'short' });
  const total = days.reduce((sum, entry) => sum + entry.count, 0);
  const busiest = days.reduce((top, entry) => (entry.count > top.count ? entry : top), days[0]!);
  return (
    <DailyBarChart
      data={days.map((entry) => ({
        label: day(entry.date),
        tick: format.dateTime(dateOfCalendarDay(entry.date), { ...FORMAT_AS_CALENDAR_DAY, day: 'numeric' }),
        value: entry.count,
      }))}
      summary={total === 0 ? t('chartSummaryNone') : t('chartSummary', { total, busiest: day(busiest.date), most: busiest.count })}
      labelHeading={t('dayHeading')}
      valueLabel={t('reviewsPerDay')}
      tableToggle={t('showTable')}
    />
  );
}
