// The class's grades and its mastery grid as tables for a spreadsheet: a header row, then one row per student
// (by name, in the downloader's alphabet), numbers as numbers (percent with one decimal) and an empty cell for nothing yet. The same figures
// as the class dashboard, from the same statements.
import type { Actor } from '../../access/actor.ts';
import type { Db } from '../../db/client.ts';
import { sqlFor } from '../../db/sql.ts';
import { sortByName } from '../../i18n/collation.ts';
import { dashboardClass, masteryGrid, quizSubmissions, type DashboardClass } from './class-dashboard.ts';
import { gridInReaderOrder } from './reader-order.ts';

export type Cell = string | number | null;

export interface ExportTable {
  klass: DashboardClass;
  header: string[];
  rows: Cell[][];
}

/** Labels of the fixed columns, in the interface language of whoever downloads. */
export interface ExportLabels {
  /** The downloader's language: the rows follow its alphabet (lib/i18n/collation.ts). */
  locale: string;
  student: string;
  email: string;
  average: string;
  classAverage: string;
  /** A quiz's column header from its title. */
  quizColumn: (title: string) => string;
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

async function roster(db: Db, classId: string) {
  return db.user.findMany({
    where: { enrollments: { some: { classId } } },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    select: { id: true, name: true, email: true },
  });
}

/** Student, e-mail, each quiz's counted grade in percent, and the student's mean over the quizzes they submitted. */
export async function gradesExport(db: Db, actor: Actor, classId: string, labels: ExportLabels): Promise<ExportTable> {
  const klass = await dashboardClass(db, actor, classId);
  const [quizzes, students] = await Promise.all([quizSubmissions(sqlFor(db), klass), roster(db, classId)]);
  const rows = sortByName(students, labels.locale, (student) => student.name).map((student) => {
    const shares = quizzes.map((quiz) => quiz.grades.find((grade) => grade.studentId === student.id)?.share ?? null);
    return [student.name, student.email, ...shares.map(percent), percent(mean(shares.filter((share): share is number => share !== null)))];
  });
  return { klass, header: [labels.student, labels.email, ...quizzes.map((quiz) => labels.quizColumn(quiz.title)), labels.average], rows };
}

/** Student, e-mail, and the predicted recall now of each concept in percent; the class average last. */
export async function masteryExport(db: Db, actor: Actor, classId: string, now: Date, labels: ExportLabels): Promise<ExportTable> {
  const klass = await dashboardClass(db, actor, classId);
  const grid = gridInReaderOrder(await masteryGrid(sqlFor(db), klass, now), labels.locale);
  const rows: Cell[][] = grid.students.map((student, row) => [student.name, student.email, ...grid.recall[row]!.map(percent)]);
  rows.push([labels.classAverage, null, ...grid.concepts.map((concept) => percent(concept.classRecall))]);
  return { klass, header: [labels.student, labels.email, ...grid.concepts.map((concept) => concept.term)], rows };
}
