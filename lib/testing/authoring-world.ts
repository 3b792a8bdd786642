// A small world for quiz-authoring tests: a teacher with a draft (deck + generated quiz) and a class in
// Asia/Almaty with one student, a student outside it and another teacher.
import { generateJoinCode } from '../classes/join-code.ts';
import type { Db } from '../db/client.ts';
import { saveDraft } from '../data/drafts.ts';
import { makeUser } from './study-world.ts';
import { FIXTURE_TEXT, fixtureGenerated } from './draft-fixture.ts';

export async function authoringWorld(db: Db, options: { timeZone?: string } = {}) {
  const teacher = await makeUser(db, 'TEACHER');
  const { deckId } = await saveDraft(db, teacher, { text: FIXTURE_TEXT, fileName: null }, fixtureGenerated());
  const generatedQuizId = (await db.quiz.findUniqueOrThrow({ where: { deckId }, select: { id: true } })).id;
  const student = await makeUser(db, 'STUDENT');
  const klass = await db.class.create({
    data: {
      name: 'Biology 7A',
      joinCode: generateJoinCode(),
      teacherId: teacher.id,
      timeZone: options.timeZone ?? 'Asia/Almaty',
      enrollments: { create: { studentId: student.id } },
    },
  });
  return {
    teacher,
    student,
    outsider: await makeUser(db, 'STUDENT'),
    otherTeacher: await makeUser(db, 'TEACHER'),
    deckId,
    generatedQuizId,
    classId: klass.id,
  };
}

/** The ids of the questions in a deck's bank (saveDraft puts every generated question there), in order. */
export async function bankQuestionIds(db: Db, deckId: string): Promise<string[]> {
  const rows = await db.question.findMany({ where: { deckId, archivedAt: null }, orderBy: { position: 'asc' }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** A submitted attempt of the student with one answer to the question, as quiz-taking would store it. */
export async function answeredAttempt(db: Db, input: { assignmentId: string; studentId: string; questionId: string; response: object }) {
  const attempt = await db.attempt.create({
    data: { assignmentId: input.assignmentId, studentId: input.studentId, number: 1, status: 'SUBMITTED', submittedAt: new Date(), layout: {} },
  });
  await db.answer.create({ data: { attemptId: attempt.id, questionId: input.questionId, response: input.response } });
  return attempt;
}
