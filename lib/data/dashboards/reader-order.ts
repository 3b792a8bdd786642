// The dashboard's lists of students in the alphabet of the teacher reading them (lib/i18n/collation.ts): the
// queries order by the database's collation, which misplaces Kazakh letters. Pure: it reorders what was fetched.
import { sortByName } from '../../i18n/collation.ts';
import type { AtRiskStudent, MasteryGrid } from './class-dashboard.ts';

/** The grid's rows by student name, each student's recalls moving with them. */
export function gridInReaderOrder(grid: MasteryGrid, locale: string): MasteryGrid {
  const rows = sortByName(
    grid.students.map((student, row) => ({ student, recall: grid.recall[row]! })),
    locale,
    (entry) => entry.student.name,
  );
  return { concepts: grid.concepts, students: rows.map((row) => row.student), recall: rows.map((row) => row.recall) };
}

/** Students at risk: most reasons first, then by name. */
export function atRiskInReaderOrder(students: readonly AtRiskStudent[], locale: string): AtRiskStudent[] {
  return sortByName(students, locale, (student) => student.name).sort((a, b) => b.reasons.length - a.reasons.length);
}
