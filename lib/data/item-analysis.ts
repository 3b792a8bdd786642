// Item analysis of one quiz assignment, for the class's teacher: each current question's statistics
// (lib/stats/item-analysis.ts) over the attempts that count by the assignment's scoring — the best or the last
// submitted attempt of each student enrolled now, or all of them for the average — with the choices and which are
// correct, so the screen can show how often each was picked.
import type { Actor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { countingAttempts, type AttemptScoring } from '../quiz/attempt.ts';
import { inTime } from '../quiz/attempt-timing.ts';
import { parseLayout } from '../quiz/layout.ts';
import { analyseItem, type ItemResponse, type ItemStatistics } from '../stats/item-analysis.ts';
import { questionTypeOf, storedShapes, type QuestionType } from '../validation/questions.ts';
import { responseSchemas } from '../validation/responses.ts';
import { assignmentInClass } from './gradebook.ts';

/** A choice as the teacher sees it: its text (true/false choices are labelled by the screen) and whether it is correct. */
export type ItemChoice = ({ kind: 'text'; text: string } | { kind: 'truth'; value: boolean }) & { correct: boolean };

export interface ItemAnalysisQuestion {
  questionId: string;
  /** 1 for the quiz's first current question. */
  position: number;
  prompt: string;
  type: QuestionType;
  points: number;
  /** In stored order, for single, multiple and true/false questions (their picks are `stats.choicePicks`); else null. */
  choices: ItemChoice[] | null;
  /** Over the counted attempts that had the question (one added since an attempt started is not in it). */
  stats: ItemStatistics;
}

export interface ItemAnalysis {
  scoring: AttemptScoring;
  /** Submitted attempts counted, over every question. */
  attemptsCounted: number;
  questions: ItemAnalysisQuestion[];
}

/** The choices of a choice question in stored order, with the key; null for other types. */
function choicesOf(type: QuestionType, payload: unknown, answerKey: unknown): ItemChoice[] | null {
  switch (type) {
    case 'single': {
      const { correct } = storedShapes.single.answerKey.parse(answerKey);
      return storedShapes.single.payload.parse(payload).choices.map((text, index) => ({ kind: 'text', text, correct: index === correct }));
    }
    case 'multiple': {
      const { correct } = storedShapes.multiple.answerKey.parse(answerKey);
      return storedShapes.multiple.payload.parse(payload).choices.map((text, index) => ({ kind: 'text', text, correct: correct.includes(index) }));
    }
    case 'truefalse': {
      const { correct } = storedShapes.truefalse.answerKey.parse(answerKey);
      return [true, false].map((value) => ({ kind: 'truth', value, correct: value === correct }));
    }
    default:
      return null;
  }
}

/**
 * The stored choices a response picked. Responses are stored in stored indexes whatever order the student saw
 * (lib/quiz/layout.ts), so picks add up across shuffled attempts. True is choice 0, false choice 1.
 */
function choicesPicked(type: QuestionType, response: unknown): number[] {
  switch (type) {
    case 'single': {
      const parsed = responseSchemas.single.safeParse(response);
      return parsed.success ? [parsed.data.choice] : [];
    }
    case 'multiple': {
      const parsed = responseSchemas.multiple.safeParse(response);
      return parsed.success ? parsed.data.choices : [];
    }
    case 'truefalse': {
      const parsed = responseSchemas.truefalse.safeParse(response);
      return parsed.success ? [parsed.data.answer ? 0 : 1] : [];
    }
    default:
      return [];
  }
}

/**
 * The item analysis of a quiz assignment in the class of the URL, for its teacher (NotFoundOrForbidden for anyone
 * else, or for an assignment of another class). A question's score in an attempt is the teacher's override, else
 * the automatic score, else 0 (unanswered); the total is the attempt's score. Only submitted attempts count: the
 * gradebook (read first on its page) submits those past their deadline.
 */
export async function itemAnalysisForAssignment(db: Db, actor: Actor, classId: string, assignmentId: string): Promise<ItemAnalysis> {
  const assignment = await assignmentInClass(db, actor, classId, assignmentId);
  const [questionRows, submitted] = await Promise.all([
    db.question.findMany({
      where: { quizId: assignment.quizId!, archivedAt: null },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, type: true, prompt: true, payload: true, answerKey: true, points: true },
    }),
    db.attempt.findMany({
      where: { assignmentId, status: 'SUBMITTED', score: { not: null }, student: { enrollments: { some: { classId } } } },
      select: { id: true, studentId: true, number: true, score: true, maxScore: true, deadlineAt: true, layout: true },
    }),
  ]);

  const byStudent = new Map<string, { id: string; number: number; score: number; maxScore: number; deadlineAt: Date | null; layout: unknown }[]>();
  for (const attempt of submitted) {
    const entry = { ...attempt, score: Number(attempt.score), maxScore: Number(attempt.maxScore ?? 0) };
    byStudent.set(attempt.studentId, [...(byStudent.get(attempt.studentId) ?? []), entry]);
  }
  const counted = [...byStudent.values()].flatMap((attempts) => countingAttempts(attempts, assignment.scoring));

  const questions = questionRows.flatMap((row) => {
    const type = questionTypeOf(row.type);
    return type ? [{ ...row, type, points: Number(row.points) }] : [];
  });
  // One read of every answer the analysis needs: those of the counted attempts to the current questions.
  const answers =
    counted.length === 0 || questions.length === 0
      ? []
      : await db.answer.findMany({
          where: { attemptId: { in: counted.map((attempt) => attempt.id) }, questionId: { in: questions.map((question) => question.id) } },
          select: { attemptId: true, questionId: true, response: true, answeredAt: true, score: true, overrideScore: true, timeSpentMs: true },
        });
  const answerOf = new Map(answers.map((answer) => [`${answer.attemptId}\n${answer.questionId}`, answer]));
  const seen = counted.map((attempt) => new Set(parseLayout(attempt.layout).questions.map((entry) => entry.questionId)));

  return {
    scoring: assignment.scoring,
    attemptsCounted: counted.length,
    questions: questions.map((question, index): ItemAnalysisQuestion => {
      const responses = counted.flatMap((attempt, attemptIndex): ItemResponse[] => {
        if (!seen[attemptIndex]!.has(question.id)) return [];
        const answer = answerOf.get(`${attempt.id}\n${question.id}`);
        // An answer saved after the deadline never counted, as in grading; a row made by an override has no response.
        const given = answer && answer.response !== null && inTime(attempt.deadlineAt, answer.answeredAt) ? answer : null;
        return [
          {
            score: Number(answer?.overrideScore ?? answer?.score ?? 0),
            total: attempt.score,
            choices: given ? choicesPicked(question.type, given.response) : [],
            timeSpentMs: given?.timeSpentMs ?? null,
          },
        ];
      });
      const choices = choicesOf(question.type, question.payload, question.answerKey);
      return {
        questionId: question.id,
        position: index + 1,
        prompt: question.prompt,
        type: question.type,
        points: question.points,
        choices,
        stats: analyseItem(responses, question.points, choices?.length ?? 0),
      };
    }),
  };
}
