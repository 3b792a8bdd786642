// Grading a whole attempt, the teacher's overrides on top, and which of a student's attempts counts.
import { gradeAnswer, outcomeOf, type GradableQuestion, type GradedAnswer, type Outcome } from './grade.ts';
import { clampScore, fractionOf, roundScore } from './score.ts';

/** A teacher's score for one answer, replacing the automatic one. */
export interface ScoreOverride {
  score: number;
  comment: string;
}

export interface FinalAnswer extends GradedAnswer {
  questionId: string;
  /** What automatic grading gave, kept when an override replaces `score`. */
  autoScore: number;
  override: ScoreOverride | null;
}

export interface GradedAttempt {
  score: number;
  maxScore: number;
  answers: FinalAnswer[];
  /** How many answers had each outcome, for the result summary. */
  outcomes: Record<Outcome, number>;
}

/**
 * An override replaces the automatic score, clamped to 0..maxScore and rounded to cents (the teacher's form may
 * allow more; the question's points are the limit). The outcome follows the new score, except that an
 * unanswered question stays unanswered when the override gives it nothing.
 */
export function applyOverride(graded: GradedAnswer, override: ScoreOverride | null): GradedAnswer & { autoScore: number; override: ScoreOverride | null } {
  if (!override) return { ...graded, autoScore: graded.score, override: null };
  const score = clampScore(override.score, graded.maxScore);
  // A question worth nothing has no share to judge by; it keeps what grading found.
  const correct = graded.maxScore === 0 ? graded.correct : outcomeOf(graded.correct !== 'unanswered' || score > 0, score / graded.maxScore);
  return {
    ...graded,
    score,
    correct,
    autoScore: graded.score,
    override: { score, comment: override.comment },
  };
}

/**
 * Grades every question of an attempt. `responses` and `overrides` are keyed by question id; a question without
 * a response is unanswered. Regrading after an answer key changes is calling this again with the same responses.
 */
export function gradeAttempt(
  questions: readonly (GradableQuestion & { id: string })[],
  responses: ReadonlyMap<string, unknown>,
  overrides: ReadonlyMap<string, ScoreOverride> = new Map(),
): GradedAttempt {
  const answers = questions.map((question) => ({
    questionId: question.id,
    ...applyOverride(gradeAnswer(question, responses.get(question.id) ?? null), overrides.get(question.id) ?? null),
  }));
  const outcomes: Record<Outcome, number> = { correct: 0, partial: 0, wrong: 0, unanswered: 0 };
  for (const answer of answers) outcomes[answer.correct] += 1;
  return {
    score: roundScore(answers.reduce((sum, answer) => sum + answer.score, 0)),
    maxScore: roundScore(answers.reduce((sum, answer) => sum + answer.maxScore, 0)),
    answers,
    outcomes,
  };
}

/** The assignment's rule for which attempt counts (the database's AttemptScoring enum). */
export type AttemptScoring = 'HIGHEST' | 'LAST' | 'AVERAGE';

export interface AttemptTotal {
  /** 1 for the first attempt. */
  number: number;
  score: number;
  maxScore: number;
}

export interface CountingScore {
  score: number;
  maxScore: number;
  /** The attempt that counts, or null for an average of several. */
  attemptNumber: number | null;
}

/**
 * The score that counts among a student's graded attempts (pass only submitted ones), or null when there are none.
 * Attempts are compared by share of their points, which is the same as by score while every attempt has the
 * same maximum; after a key edit without a regrade it is the fair comparison. The average is of those shares,
 * expressed in the points of the latest attempt.
 */
export function countingScore(attempts: readonly AttemptTotal[], scoring: AttemptScoring): CountingScore | null {
  if (attempts.length === 0) return null;
  const byNumber = [...attempts].sort((a, b) => a.number - b.number);
  const last = byNumber.at(-1)!;
  const share = (attempt: AttemptTotal) => fractionOf(attempt.score, attempt.maxScore);
  switch (scoring) {
    case 'LAST':
      return { score: last.score, maxScore: last.maxScore, attemptNumber: last.number };
    case 'HIGHEST': {
      // The earliest of equal attempts, so a later attempt must do better to take over.
      const best = byNumber.reduce((top, attempt) => (share(attempt) > share(top) ? attempt : top));
      return { score: best.score, maxScore: best.maxScore, attemptNumber: best.number };
    }
    case 'AVERAGE': {
      const mean = byNumber.reduce((sum, attempt) => sum + share(attempt), 0) / byNumber.length;
      return { score: roundScore(mean * last.maxScore), maxScore: last.maxScore, attemptNumber: byNumber.length === 1 ? last.number : null };
    }
  }
}

/**
 * The attempts behind a student's counting score (pass only submitted ones): the one countingScore picks for
 * HIGHEST and LAST, every one for AVERAGE. Item analysis reads the answers of these.
 */
export function countingAttempts<T extends AttemptTotal>(attempts: readonly T[], scoring: AttemptScoring): T[] {
  if (scoring === 'AVERAGE') return [...attempts];
  const counting = countingScore(attempts, scoring);
  return attempts.filter((attempt) => attempt.number === counting?.attemptNumber);
}
