// Taking and grading quizzes, server side: one import for the screens. Each function checks who asks through
// lib/access; the pieces live in ./attempts/.
export { startAttempt, type StartedAttempt } from './attempts/start.ts';
export { quizOverviewForStudent, type OverviewAttempt, type QuizOverview } from './attempts/overview.ts';
export { attemptForStudent, saveAnswer, type AttemptView, type SavedAnswer, type TakingQuestion } from './attempts/taking.ts';
export { saveAnswers, type SavedAnswers } from './attempts/answer-writes.ts';
export type { AnswerInput, AnswerVerdict } from '../quiz/answer-batch.ts';
export { submitAttempt, submitAttemptFeedingLater, submitExpiredAttempts, type SubmittedAttempt } from './attempts/submission.ts';
export { feedWaitingAttempts } from './attempts/memory.ts';
export { resultsForStudent, type AttemptResults, type ResultQuestion } from './attempts/results.ts';
export {
  attemptsForAssignment,
  overrideAnswerScore,
  regradeQuestion,
  type AssignmentAttempts,
  type AttemptSummary,
  type OverrideOutcome,
  type OverrideTarget,
  type StudentAttempts,
} from './attempts/grading-by-teacher.ts';
export { AttemptRefused, type AttemptRefusal } from './attempts/refusals.ts';
export { ANSWER_GRACE_MS } from '../quiz/attempt-timing.ts';
export type { StudentQuestion, StudentContent } from '../quiz/student-view.ts';
export type { CorrectAnswer } from '../quiz/correct-answer.ts';
