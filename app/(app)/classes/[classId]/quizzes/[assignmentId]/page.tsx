// The gradebook of one quiz assignment, for the class's teacher: every student with their attempts and the score
// that counts by the assignment's scoring, then the item analysis of each question. Anyone else gets a 404.
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import styles from '@/components/grading/gradebook.module.css';
import { ItemAnalysisSection } from '@/components/grading/ItemAnalysisSection';
import { idsOrNotFound, orNotFound, teacherForPage } from '@/lib/access/page-guards';
import { gradebookForAssignment } from '@/lib/data/gradebook';
import { itemAnalysisForAssignment } from '@/lib/data/item-analysis';
import { getDb } from '@/lib/db/client';
import { sortByName } from '@/lib/i18n/collation';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('Gradebook.page');
  return { title: t('metaTitle') };
}

export default async function GradebookPage({ params }: { params: Promise<{ classId: string; assignmentId: string }> }) {
  const { classId, assignmentId } = idsOrNotFound(await params);
  const path = `/classes/${classId}/quizzes/${assignmentId}`;
  const actor = await teacherForPage(path);
  const db = await getDb();
  const book = await orNotFound(gradebookForAssignment(db, actor, classId, assignmentId, new Date()));
  // After the gradebook, which submits attempts past their deadline: the analysis counts submitted attempts only.
  const analysis = await orNotFound(itemAnalysisForAssignment(db, actor, classId, assignmentId));
  const [t, format, locale] = await Promise.all([getTranslations('Gradebook.page'), getFormatter(), getLocale()]);
  // Enrolled students first (those who left keep their attempts below), each group in the reader's alphabet.
  const students = sortByName(book.students, locale, (student) => student.name).sort((a, b) => Number(b.enrolled) - Number(a.enrolled));
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone: book.timeZone });
  const points = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const enrolled = book.students.filter((student) => student.enrolled);
  const submitted = enrolled.filter((student) => student.attempts.some((attempt) => attempt.status === 'SUBMITTED')).length;
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.section}>
        <Link href={`/classes/${classId}`}>← {t('backToClass', { name: book.className })}</Link>
        <h1>{book.quizTitle}</h1>
        <p className={styles.meta}>
          {book.dueAt ? t('due', { time: when(book.dueAt) }) : t('noDue')} · {t(`scoring.${book.scoring}`)} ·{' '}
          {book.maxAttempts === null ? t('attemptsUnlimited') : t('attemptsAllowed', { count: book.maxAttempts })}
        </p>
      </header>

      <section className={styles.section} aria-labelledby="students-title">
        <h2 id="students-title">{t('studentsTitle')}</h2>
        {book.students.length === 0 ? (
          <p className={styles.meta}>{t('noStudents')}</p>
        ) : (
          <div className={styles.tableWrap} role="region" aria-labelledby="students-title" tabIndex={0}>
            {/* Roles restate the table's semantics, which CSS display changes can drop (the rows stack on a phone). */}
            <table className={styles.table} data-testid="gradebook" role="table">
              <caption>{t('studentsSummary', { submitted, students: enrolled.length })}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">
                    {t('student')}
                  </th>
                  <th scope="col" role="columnheader">
                    {t('attempts')}
                  </th>
                  <th scope="col" role="columnheader">
                    {t('counting')}
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {students.map((student) => (
                  <tr key={student.studentId} role="row">
                    <th scope="row" role="rowheader" className={styles.studentCell}>
                      {student.name}
                      <div className={styles.meta}>{student.enrolled ? student.email : t('leftClass')}</div>
                    </th>
                    <td role="cell" className={styles.attemptsCell}>
                      {student.attempts.length === 0 ? (
                        <span className={styles.meta}>{t('notStarted')}</span>
                      ) : (
                        <ul className={styles.attempts}>
                          {student.attempts.map((attempt) => (
                            <li key={attempt.attemptId}>
                              <Link href={`${path}/attempts/${attempt.attemptId}`}>{t('attemptLink', { number: attempt.number })}</Link>
                              {attempt.status === 'SUBMITTED' && attempt.score !== null && attempt.maxScore !== null
                                ? `: ${t('scoreOf', { score: points(attempt.score), max: points(attempt.maxScore) })}`
                                : ''}
                              <span className={styles.meta}>
                                {' · '}
                                {attempt.status === 'IN_PROGRESS' || !attempt.submittedAt
                                  ? t('inProgress')
                                  : t(attempt.autoSubmitted ? 'autoSubmittedAt' : 'submittedAt', { time: when(attempt.submittedAt) })}
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td role="cell" className={styles.countingCell} data-label={t('counting')}>
                      {student.counting ? (
                        <>
                          <span className={styles.counting} data-testid="counting-score">
                            {t('scoreOf', { score: points(student.counting.score), max: points(student.counting.maxScore) })}
                          </span>
                          <div className={styles.meta}>
                            {student.counting.attemptNumber === null ? t('countingAverage') : t('countingAttempt', { number: student.counting.attemptNumber })}
                          </div>
                        </>
                      ) : (
                        <span className={styles.meta}>{t('noScore')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <ItemAnalysisSection analysis={analysis} />
    </div>
  );
}
