// The class's CSV tables against a real database: a Cyrillic name survives, each quiz's counted grade and each
// concept's predicted recall come out as percent numbers, nothing yet is an empty cell, and only the class's
// teacher gets them.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden } from '../../access/actor.ts';
import { toCsv } from '../../http/csv.ts';
import { retrievability } from '../../srs/scheduler.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { quizWorld } from '../../testing/quiz-world.ts';
import { makeUser } from '../../testing/study-world.ts';
import { saveAnswer, startAttempt, submitAttempt } from '../attempts.ts';
import { gradesExport, masteryExport, type ExportLabels } from './class-exports.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test?.cleanup());

const DAY = 86_400_000;
const NOW = new Date('2026-12-02T05:00:00Z');
const LABELS: ExportLabels = { locale: 'en', student: 'Student', email: 'E-mail', average: 'Average (%)', classAverage: 'Class average', quizColumn: (title) => `${title} (%)` };

async function exportWorld() {
  const w = await quizWorld(test.prisma, new Date(NOW.getTime() - 10 * DAY));
  await test.prisma.user.update({ where: { id: w.student.id }, data: { name: 'Айгерим Сапарова' } });
  const idle = await makeUser(test.prisma, 'STUDENT');
  await test.prisma.user.update({ where: { id: idle.id }, data: { name: 'Bolat' } });
  await test.prisma.enrollment.create({ data: { classId: w.classId, studentId: idle.id } });
  return { ...w, idle };
}

describe('class exports', () => {
  it('grades: one row per student by name, the counted grade in percent, empty where nothing was submitted', async () => {
    const w = await exportWorld();
    const question = await w.addQuestion({ type: 'truefalse', prompt: 'Leaves are green.', answer: 'true' }, { points: 3 });
    const { attemptId } = await startAttempt(test.prisma, w.student, w.assignmentId, new Date(NOW.getTime() - DAY));
    await saveAnswer(test.prisma, w.student, attemptId, question, { answer: true }, new Date(NOW.getTime() - DAY));
    await submitAttempt(test.prisma, w.student, attemptId, new Date(NOW.getTime() - DAY));
    const attempt = await test.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    const share = Math.round((Number(attempt.score) / Number(attempt.maxScore)) * 1000) / 10;
    const quiz = await test.prisma.quiz.findUniqueOrThrow({ where: { id: w.quizId } });

    const table = await gradesExport(test.prisma, w.teacher, w.classId, LABELS);
    expect(table.header).toEqual(['Student', 'E-mail', `${quiz.title} (%)`, 'Average (%)']);
    expect(table.rows).toEqual([
      ['Bolat', w.idle.email, null, null],
      ['Айгерим Сапарова', w.student.email, share, share],
    ]);
    expect(parse(toCsv(table.header, table.rows), { bom: true })[2]).toEqual(['Айгерим Сапарова', w.student.email, String(share), String(share)]);
  });

  it('mastery: each concept’s predicted recall now in percent, the class average last', async () => {
    const w = await exportWorld();
    const memory = { state: 'REVIEW' as const, due: NOW, stability: 4, difficulty: 5, elapsedDays: 0, scheduledDays: 4, learningSteps: 0, reps: 2, lapses: 0, lastReview: new Date(NOW.getTime() - 6 * DAY) };
    await test.prisma.cardState.create({ data: { studentId: w.student.id, cardId: w.cardIds[0]!, ...memory } });
    const expected = Math.round(retrievability(memory, NOW) * 1000) / 10;

    const table = await masteryExport(test.prisma, w.teacher, w.classId, NOW, LABELS);
    expect(table.header).toEqual(['Student', 'E-mail', 'Photosynthesis', 'Chlorophyll']);
    expect(table.rows).toEqual([
      ['Bolat', w.idle.email, null, null],
      ['Айгерим Сапарова', w.student.email, expected, null],
      ['Class average', null, expected, null],
    ]);
  });

  it('lists students in the downloader’s alphabet: Kazakh Ә before Я, where code-point order puts it after', async () => {
    const w = await exportWorld();
    await test.prisma.user.update({ where: { id: w.student.id }, data: { name: 'Яна Серікова' } });
    await test.prisma.user.update({ where: { id: w.idle.id }, data: { name: 'Әлия Нұрланқызы' } });
    const names = (table: { rows: unknown[][] }) => table.rows.map((row) => row[0]);
    const kazakh = { ...LABELS, locale: 'kk' };
    expect(names(await gradesExport(test.prisma, w.teacher, w.classId, kazakh))).toEqual(['Әлия Нұрланқызы', 'Яна Серікова']);
    expect(names(await masteryExport(test.prisma, w.teacher, w.classId, NOW, kazakh))).toEqual(['Әлия Нұрланқызы', 'Яна Серікова', 'Class average']);
  });

  it('refuses a student and another teacher', async () => {
    const w = await exportWorld();
    await expect(gradesExport(test.prisma, w.student, w.classId, LABELS)).rejects.toThrow(NotFoundOrForbidden);
    await expect(masteryExport(test.prisma, w.other.teacher, w.classId, NOW, LABELS)).rejects.toThrow(NotFoundOrForbidden);
  });
});
