import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { MasteryGrid } from '@/lib/data/dashboards/class-dashboard';
import { MasteryLegend, bandClass, masteryTextMaker } from './MasteryBandText';
import styles from './dashboard.module.css';

/** Students down, concepts across, each cell the student's predicted recall now; the frame scrolls sideways. */
export async function MasteryGridTable({ classId, grid }: { classId: string; grid: MasteryGrid }) {
  const [t, masteryText] = await Promise.all([getTranslations('ClassDashboard.grid'), masteryTextMaker()]);
  if (grid.students.length === 0 || grid.concepts.length === 0) return <p className={styles.meta}>{t('empty')}</p>;
  return (
    <>
      <div className={styles.gridFrame} role="region" aria-labelledby="grid-caption" tabIndex={0}>
        <table className={styles.grid}>
          <caption id="grid-caption">{t('caption', { students: grid.students.length, concepts: grid.concepts.length })}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.sticky}>
                {t('student')}
              </th>
              {grid.concepts.map((concept) => (
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
              {grid.concepts.map((concept) => (
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
                {grid.recall[row]!.map((recall, column) => (
                  <td key={grid.concepts[column]!.id} className={`${styles.cell} ${bandClass(recall)}`}>
                    {masteryText(recall)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MasteryLegend />
    </>
  );
}
