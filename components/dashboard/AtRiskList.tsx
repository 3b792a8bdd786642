import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { AtRiskStudent } from '@/lib/data/dashboards/class-dashboard';
import type { RiskReason } from '@/lib/stats/at-risk';
import styles from './dashboard.module.css';

/** Who is falling behind, each with the reasons in words and numbers and a link to their drill-down. */
export async function AtRiskList({ classId, students, timeZone }: { classId: string; students: AtRiskStudent[]; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations('ClassDashboard.atRisk'), getFormatter()]);
  if (students.length === 0) return <p className={styles.meta}>{t('none')}</p>;
  const percent = (share: number) => format.number(share, { style: 'percent', maximumFractionDigits: 0 });
  const reason = (entry: RiskReason) => {
    switch (entry.kind) {
      case 'inactive':
        return entry.never ? t('neverActive', { days: entry.days }) : t('inactive', { days: entry.days });
      case 'overdue':
        return t('overdue', { cards: entry.cards });
      case 'fallingGrades':
        return t('fallingGrades', { before: percent(entry.before), recent: percent(entry.recent) });
    }
  };
  return (
    <ul className={styles.list} aria-labelledby="at-risk-title">
      {students.map((student) => (
        <li key={student.id} className={styles.item}>
          <div className={styles.itemHead}>
            <Link href={`/classes/${classId}/students/${student.id}`}>
              <strong>{student.name}</strong>
            </Link>
            <span className={styles.meta}>
              {student.lastActiveAt
                ? t('lastActive', { date: format.dateTime(student.lastActiveAt, { dateStyle: 'medium', timeZone }) })
                : t('neverActiveShort')}
            </span>
          </div>
          <ul className={styles.reasons}>
            {student.reasons.map((entry) => (
              <li key={entry.kind}>{reason(entry)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
