// A student's results of a submitted attempt, as the assignment's results policy allows.
import type { Actor } from '../../access/actor.ts';
import { attemptOwnedBy } from '../../access/guards.ts';
import type { Outcome } from '../../quiz/grade.ts';
import { correctAnswerShown, type CorrectAnswer } from '../../quiz/correct-answer.ts';
import { parseLayout, toShownResponse } from '../../quiz/layout.ts';
import { resultFeedback, type ResultFeedback } from '../../quiz/result-feedback.ts';
import { resultsAccess, type ResultsAccess } from '../../quiz/results-policy.ts';
import { studentQuestion, type StudentQuestion } from '../../quiz/student-view.ts';
import type { Db } from '../../db/client.ts';
import type { QuestionType } from '../../validation/questions.ts';
import type { QuestionResponse } from '../../validation/responses.ts';
import { gradeStored, type AttemptGrade, type GradingInput } from './grading.ts';
import { feedWaitingAttempts } from './memory.ts';
import { AttemptRefused } from './refusals.ts';
import { submitExpiredAttempts } from './submission.ts';

export type ResultQuestion = StudentQuestion & ResultDetails;

export interface ResultDetails {
  /** The student's response in shown positions, or null when unanswered (or saved too late to count). */
  response: QuestionResponse<QuestionType> | null;
  /** The score that counts (the teacher's override if any) and the question's points. */
  score: number;
  maxScore: number;
  outcome: Outcome;
  /** Which parts were right, as lib/quiz/grade.ts GradedAnswer.parts (matching: per left item; ordering: per correct place). */
  parts: boolean[];
  /** Counted as right only thanks to the typo tolerance: show the correct spelling. */
  withTypo: boolean;
  correctAnswer: CorrectAnswer;
  /** The teacher's note on the question and on each choice the student ticked (in shown positions). */
  feedback: ResultFeedback;
  /** The sentence of the article the question cites. */
  sourceSentence: string | null;
  /** Set when the teacher changed the score: their comment, who they are (null once their account is gone) and when. */
  override: { comment: string; byName: string | null; at: Date } | null;
}

interface ResultsBase {
  attemptId: string;
  assignmentId: string;
  quizTitle: string;
  number: number;
  submittedAt: Date;
  autoSubmitted: boolean;
}

/** See lib/quiz/results-policy.ts for when each applies. */
export type AttemptResults =
  | (ResultsBase & { access: 'pending'; /** When results will show; null if never announced. */ availableAt: Date | null })
  | (ResultsBase & { access: 'scoreOnly'; score: number; maxScore: number })
  | (ResultsBase & { access: 'full'; score: number; maxScore: number; questions: ResultQuestion[] });

/**
 * The student's results of their own submitted attempt (AttemptRefused attempt.notSubmitted while it is open;
 * an open attempt past its deadline is submitted first). What it holds depends on the results policy:
 * IMMEDIATELY full; AFTER_DUE nothing but the submission until the due time, then full; NEVER the score only.
 */
export async function resultsForStudent(db: Db, actor: Actor, attemptId: string, now: Date): Promise<AttemptResults> {
  await attemptOwnedBy(db, actor, attemptId);
  await submitExpiredAttempts(db, now, { attemptId });
  await feedWaitingAttempts(db, now, { studentId: actor.id });
  const attempt = await db.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    include: { assignment: { select: { resultsVisibility: true, dueAt: true, quiz: { select: { title: true } } } } },
  });
  if (attempt.status !== 'SUBMITTED' || !attempt.submittedAt) throw new AttemptRefused('attempt.notSubmitted');
  const base: ResultsBase = {
    attemptId,
    assignmentId: attempt.assignmentId,
    quizTitle: attempt.assignment.quiz?.title ?? '',
    number: attempt.number,
    submittedAt: attempt.submittedAt,
    autoSubmitted: attempt.autoSubmitted,
  };
  const access: ResultsAccess = resultsAccess(attempt.assignment.resultsVisibility, attempt.assignment.dueAt, now);
  if (access === 'pending') return { ...base, access, availableAt: attempt.assignment.dueAt };
  const score = Number(attempt.score ?? 0);
  const maxScore = Number(attempt.maxScore ?? 0);
  if (access === 'scoreOnly') return { ...base, access, score, maxScore };

  const { questions } = await resultQuestions(db, attempt);
  return { ...base, access, score, maxScore, questions };
}

/**
 * A submitted attempt question by question as graded now (overrides included), with correct answers and feedback:
 * for a student only when the results policy allows, and for the class's teacher.
 */
export async function resultQuestions(db: Db, attempt: GradingInput): Promise<{ questions: ResultQuestion[]; grade: AttemptGrade }> {
  const grade = await gradeStored(db, attempt);
  const { questions, answers, overrides, graded } = grade;
  const layout = new Map(parseLayout(attempt.layout).questions.map((entry) => [entry.questionId, entry.options]));
  const sentenceIds = questions.flatMap((question) => (question.sentenceId ? [question.sentenceId] : []));
  const sentences = new Map(
    (await db.sourceSentence.findMany({ where: { id: { in: sentenceIds } }, select: { id: true, text: true } })).map((sentence) => [sentence.id, sentence.text]),
  );
  const results = questions.map((question, index): ResultQuestion => {
    const options = layout.get(question.id) ?? null;
    const final = graded.answers[index]!;
    const answer = answers.get(question.id);
    const override = overrides.get(question.id);
    const response = answer ? (answer.response as QuestionResponse<QuestionType>) : null;
    return {
      ...studentQuestion(question, options),
      response: response ? toShownResponse(question.type, response, options) : null,
      score: final.score,
      maxScore: final.maxScore,
      outcome: final.correct,
      parts: final.parts,
      withTypo: final.withTypo,
      correctAnswer: correctAnswerShown(question.type, question.answerKey, options),
      feedback: resultFeedback(question.type, question.feedback, response, options),
      sourceSentence: question.sentenceId ? (sentences.get(question.sentenceId) ?? null) : null,
      override: override ? { comment: override.comment, byName: override.byName, at: override.at } : null,
    };
  });
  return { questions: results, grade };
}
