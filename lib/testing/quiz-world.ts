// A quiz to take: studyWorld's class with its deck and quiz published, the quiz assignment's settings as a test
// wants them, and helpers to add questions of any type (with feedback) to its quiz.
import type { Db } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { questionSchema, toStoredQuestion, type QuestionFormValues } from '../validation/questions.ts';
import { studyWorld } from './study-world.ts';

export type AssignmentSettings = Partial<
  Pick<
    Prisma.AssignmentUncheckedUpdateInput,
    'opensAt' | 'dueAt' | 'timeLimitSeconds' | 'maxAttempts' | 'scoring' | 'shuffleQuestions' | 'shuffleChoices' | 'resultsVisibility' | 'allowLate'
  >
>;

export async function quizWorld(db: Db, publishedAt: Date, settings: AssignmentSettings = {}) {
  const world = await studyWorld(db, publishedAt);
  const assignment = await db.assignment.findFirstOrThrow({ where: { classId: world.classId, kind: 'QUIZ' } });
  await db.assignment.update({ where: { id: assignment.id }, data: settings });
  const quizId = assignment.quizId!;
  const otherAssignment = await db.assignment.findFirstOrThrow({ where: { classId: world.other.classId, kind: 'QUIZ' } });

  /** Adds a question (form values, as the editor sends them) with feedback and an optional concept; answers its id. */
  async function addQuestion(values: QuestionFormValues, extra: { feedback?: Prisma.InputJsonValue; conceptId?: string | null; points?: number } = {}) {
    const stored = toStoredQuestion(questionSchema.parse(values));
    const position = await db.question.count({ where: { quizId } });
    const question = await db.question.create({
      data: {
        quizId,
        type: stored.type,
        prompt: stored.prompt,
        payload: stored.payload as Prisma.InputJsonObject,
        answerKey: stored.answerKey as Prisma.InputJsonObject,
        ...(extra.feedback === undefined ? {} : { feedback: extra.feedback }),
        points: extra.points ?? 1,
        position,
        conceptId: extra.conceptId ?? null,
      },
    });
    return question.id;
  }

  return { ...world, assignmentId: assignment.id, quizId, otherAssignmentId: otherAssignment.id, addQuestion };
}
