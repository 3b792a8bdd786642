import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { AssignmentProgress } from '@/lib/data/dashboards/class-dashboard';
import styles from './dashboard.module.css';

/** Each assignment of the class: how many students completed it, and its mean grade or mean progress. */
export async function AssignmentProgressList({
  classId,
  assignments,
  students,
  timeZone,
}: {
  classId: string;
  assignments: AssignmentProgress[];
  students: number;
  timeZone: string;
}) {
  const [t, format] = await Promise.all([getTranslations('ClassDashboard.assignments'), getFormatter()]);
  if (assignments.length === 0) return <p className={styles.meta}>{t('none')}</p>;
  const percent = (share: number) => format.number(share, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <ul className={styles.list} aria-labelledby="assignments-title">
      {assignments.map((assignment) => {
        const share = assignment.kind === 'DECK' ? assignment.progress : students === 0 ? 0 : assignment.completed / students;
        return (
          <li key={assignment.assignmentId} className={styles.item}>
            <div className={styles.itemHead}>
              {assignment.kind === 'QUIZ' ? (
                <Link href={`/classes/${classId}/quizzes/${assignment.assignmentId}`}>
                  <strong>{assignment.title}</strong>
                </Link>
              ) : (
                <strong>{assignment.title}</strong>
              )}
              <span className={styles.meta}>
                {t(assignment.kind === 'QUIZ' ? 'quiz' : 'deck')}
                {' · '}
                {assignment.dueAt ? t('due', { date: format.dateTime(assignment.dueAt, { dateStyle: 'medium', timeZone }) }) : t('noDue')}
              </span>
            </div>
            <p className={styles.meta}>
              {assignment.kind === 'QUIZ'
                ? t('quizCompletion', {
                    completed: assignment.completed,
                    students,
                    grade: assignment.averageGrade === null ? '–' : percent(assignment.averageGrade),
                  })
                : t('deckCompletion', { completed: assignment.completed, students, cards: assignment.cards, progress: percent(assignment.progress) })}
            </p>
            <div className={styles.progress} aria-hidden="true">
              <span style={{ width: `${Math.round(share * 100)}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
