import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { MasteryGrid } from '@/lib/data/dashboards/class-dashboard';
import { weakestColumns } from '@/lib/stats/mastery';
import { MasteryLegend, bandClass, masteryTextMaker } from './MasteryBandText';
import styles from './dashboard.module.css';

/** A grid wider than this shows the concepts the class knows least, unless the teacher asks for all. */
export const GRID_COLUMNS_SHOWN = 30;

/** Students down, concepts across, each cell the student's predicted recall now; the frame scrolls sideways. */
export async function MasteryGridTable({ classId, grid, showAll }: { classId: string; grid: MasteryGrid; showAll: boolean }) {
  const [t, masteryText] = await Promise.all([getTranslations('ClassDashboard.grid'), masteryTextMaker()]);
  if (grid.students.length === 0 || grid.concepts.length === 0) return <p className={styles.meta}>{t('empty')}</p>;
  const columns = showAll ? grid.concepts.map((_, index) => index) : weakestColumns(grid.concepts.map((concept) => concept.classRecall), GRID_COLUMNS_SHOWN);
  const concepts = columns.map((column) => grid.concepts[column]!);
  return (
    <>
      {columns.length < grid.concepts.length && (
        <p className={styles.meta}>
          {t('weakestShown', { shown: columns.length, concepts: grid.concepts.length })}{' '}
          <Link href={`/classes/${classId}/progress?grid=all#grid-title`}>{t('showAll')}</Link>
        </p>
      )}
      <div className={styles.gridFrame} role="region" aria-labelledby="grid-caption" tabIndex={0}>
        <table className={styles.grid}>
          <caption id="grid-caption">{t('caption', { students: grid.students.length, concepts: concepts.length })}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.sticky}>
                {t('student')}
              </th>
              {concepts.map((concept) => (
                <th key={concept.id} scope="col">
                  {concept.term}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className={styles.sticky}>
                {t('classAverage')}
              </th>
              {concepts.map((concept) => (
                <td key={concept.id} className={`${styles.cell} ${bandClass(concept.classRecall)}`}>
                  {masteryText(concept.classRecall)}
                </td>
              ))}
            </tr>
            {grid.students.map((student, row) => (
              <tr key={student.id}>
                <th scope="row" className={styles.sticky}>
                  <Link href={`/classes/${classId}/students/${student.id}`}>{student.name}</Link>
                </th>
                {columns.map((column) => {
                  const recall = grid.recall[row]![column]!;
                  return (
                    <td key={grid.concepts[column]!.id} className={`${styles.cell} ${bandClass(recall)}`}>
                      {masteryText(recall)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MasteryLegend />
    </>
  );
}
