// "Preview as a student": each question as a student receives it (what `payload` holds, never the answer key
// or feedback), and checking one answer, which grades on the server and only then returns the key's verdict.
import type { Db } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { questionOwnedBy, quizOwnedBy } from '../access/guards.ts';
import { gradeAnswer, type Outcome } from '../quiz/grade.ts';
import { blankCount, fromStoredQuestion, questionTypeOf, storedShapes, type QuestionType } from '../validation/questions.ts';
import { fromStoredFeedback } from '../validation/quizzes.ts';
import { responseSchemaFor } from '../validation/responses.ts';

/** A question as a student's screen gets it. */
export type StudentQuestion = { id: string; prompt: string; points: number } & (
  | { type: 'single' | 'multiple'; choices: string[] }
  | { type: 'truefalse' | 'short' }
  | { type: 'cloze'; blanks: number }
  | { type: 'matching'; left: string[]; right: string[] }
  | { type: 'ordering'; items: string[] }
  | { type: 'numeric'; unit: string }
);

function studentQuestion(row: { id: string; type: string; prompt: string; payload: unknown; points: unknown }): StudentQuestion | null {
  const type = questionTypeOf(row.type);
  if (!type) return null;
  const payload = storedShapes[type].payload.safeParse(row.payload);
  if (!payload.success) return null;
  const base = { id: row.id, prompt: row.prompt, points: Number(row.points) };
  const data = payload.data as Record<string, unknown>;
  switch (type) {
    case 'single':
    case 'multiple':
      return { ...base, type, choices: data.choices as string[] };
    case 'truefalse':
    case 'short':
      return { ...base, type };
    case 'cloze':
      return { ...base, type, blanks: blankCount(row.prompt) };
    case 'matching':
      return { ...base, type, left: data.left as string[], right: data.right as string[] };
    case 'ordering':
      return { ...base, type, items: data.items as string[] };
    case 'numeric':
      return { ...base, type, unit: (data.unit as string | undefined) ?? '' };
  }
}

export interface QuizPreview {
  quiz: { id: string; title: string; description: string };
  questions: StudentQuestion[];
}

/** What a student would be shown of the quiz, in the teacher's order (students may get it shuffled). */
export async function previewQuiz(db: Db, actor: Actor, quizId: string): Promise<QuizPreview> {
  const quiz = await quizOwnedBy(db, actor, quizId);
  // Selecting only what students may see keeps the key out of this page by construction.
  const rows = await db.question.findMany({
    where: { quizId, archivedAt: null },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, type: true, prompt: true, payload: true, points: true },
  });
  return {
    quiz: { id: quiz.id, title: quiz.title, description: quiz.description },
    questions: rows.flatMap((row) => studentQuestion(row) ?? []),
  };
}

export type PreviewCheck =
  | { ok: true; outcome: Outcome; score: number; maxScore: number; feedback: string; choiceFeedback: { choice: number; text: string }[] }
  | { ok: false; fieldErrors: Record<string, string> };

/** Grades one preview answer as a submission would, with the feedback a student would then see. Nothing is stored. */
export async function checkPreviewAnswer(db: Db, actor: Actor, input: { questionId: string; response: unknown }): Promise<PreviewCheck> {
  const row = await questionOwnedBy(db, actor, input.questionId);
  const type = questionTypeOf(row.type) as QuestionType;
  const parsed = responseSchemaFor({ type, prompt: row.prompt, payload: row.payload }).safeParse(input.response);
  if (!parsed.success) return { ok: false, fieldErrors: { response: parsed.error.issues[0]?.message ?? 'response.invalid' } };
  const graded = gradeAnswer({ type, payload: row.payload, answerKey: row.answerKey, points: Number(row.points) }, parsed.data);
  const question = fromStoredQuestion(row);
  const feedback = question ? fromStoredFeedback(row.feedback, question) : { general: '', choices: [] };
  const response = parsed.data as { choice?: number; choices?: number[] };
  const chosen = response.choices ?? (response.choice === undefined ? [] : [response.choice]);
  return {
    ok: true,
    outcome: graded.correct,
    score: graded.score,
    maxScore: graded.maxScore,
    feedback: feedback.general,
    choiceFeedback: chosen.flatMap((choice) => (feedback.choices[choice]?.text ? [{ choice, text: feedback.choices[choice].text }] : [])),
  };
}
