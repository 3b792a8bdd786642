import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { AssignmentProgress } from '@/lib/data/dashboards/class-dashboard';
import { reviewTitle } from './review-title';
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
  const reviewTitles = new Map(
    await Promise.all(
      assignments.flatMap((assignment) => (assignment.kind === 'REVIEW' ? [reviewTitle(assignment.terms).then((title) => [assignment.assignmentId, title] as const)] : [])),
    ),
  );
  const completion = (assignment: AssignmentProgress) => {
    switch (assignment.kind) {
      case 'QUIZ':
        return t('quizCompletion', { completed: assignment.completed, students, grade: assignment.averageGrade === null ? '–' : percent(assignment.averageGrade) });
      case 'DECK':
        return t('deckCompletion', { completed: assignment.completed, students, cards: assignment.cards, progress: percent(assignment.progress) });
      case 'REVIEW':
        return t('reviewCompletion', { completed: assignment.completed, students, cards: assignment.cards, progress: percent(assignment.progress) });
    }
  };
  return (
    <ul className={styles.list} aria-labelledby="assignments-title">
      {assignments.map((assignment) => {
        const share = assignment.kind === 'QUIZ' ? (students === 0 ? 0 : assignment.completed / students) : assignment.progress;
        return (
          <li key={assignment.assignmentId} className={styles.item}>
            <div className={styles.itemHead}>
              {assignment.kind === 'QUIZ' ? (
                <Link href={`/classes/${classId}/quizzes/${assignment.assignmentId}`}>
                  <strong>{assignment.title}</strong>
                </Link>
              ) : (
                <strong>{assignment.kind === 'REVIEW' ? reviewTitles.get(assignment.assignmentId) : assignment.title}</strong>
              )}
              <span className={styles.meta}>
                {t(assignment.kind === 'QUIZ' ? 'quiz' : assignment.kind === 'DECK' ? 'deck' : 'review')}
                {' · '}
                {assignment.dueAt ? t('due', { date: format.dateTime(assignment.dueAt, { dateStyle: 'medium', timeZone }) }) : t('noDue')}
              </span>
            </div>
            <p className={styles.meta}>{completion(assignment)}</p>
            <div className={styles.progress} aria-hidden="true">
              <span style={{ width: `${Math.round(share * 100)}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
