// One memory model: a graded quiz answer is also a review of the cards of the concept it tests.
import { v5 as uuidv5 } from 'uuid';
import type { RatingName } from '../srs/scheduler.ts';
import type { Outcome } from './grade.ts';

/**
 * The rating a quiz answer gives its concept's cards. Right is GOOD. Wrong is AGAIN. Partial is AGAIN too: FSRS
 * reads every rating above AGAIN as "recalled", and half a matching question or two of three blanks is not
 * recall of the concept, so the cards come back soon rather than later. No answer is no evidence: no review.
 */
export function quizRating(outcome: Outcome): RatingName | null {
  switch (outcome) {
    case 'correct':
      return 'GOOD';
    case 'partial':
    case 'wrong':
      return 'AGAIN';
    case 'unanswered':
      return null;
  }
}

/** Fixed namespace for quiz review keys (a random v4, chosen once). */
const QUIZ_REVIEW_NAMESPACE = '6f1f4b0e-8f0c-4d0b-9a3e-6b1d2a7c5e91';

/** The review key of one answer's review of one card: the same on every submit, so it is stored once. */
export function quizReviewKey(answerId: string, cardId: string): string {
  return uuidv5(`${answerId}:${cardId}`, QUIZ_REVIEW_NAMESPACE);
}

/** One graded answer of a submitted attempt, with the concept its question tests. */
export interface GradedConceptAnswer {
  answerId: string;
  conceptId: string;
  outcome: Outcome;
}

export interface QuizCardReview {
  key: string;
  cardId: string;
  rating: RatingName;
}

const STRENGTH: Record<RatingName, number> = { AGAIN: 0, HARD: 1, GOOD: 2, EASY: 3 };

/**
 * The reviews an attempt gives: one per card of each concept it tested, rated by the concept's weakest answer (a
 * concept half known is not known), keyed by that answer. One review per card, because several reviews of one card
 * at the same instant make its memory depend on their order, which the review sync and a replay of the log settle
 * differently. Answers in the attempt's order; the first of equally weak answers decides, so the keys are the same
 * on every submit.
 */
export function quizCardReviews(answers: readonly GradedConceptAnswer[], cardsOfConcept: (conceptId: string) => readonly string[]): QuizCardReview[] {
  const weakest = new Map<string, { answerId: string; rating: RatingName }>();
  for (const { answerId, conceptId, outcome } of answers) {
    const rating = quizRating(outcome);
    if (!rating) continue;
    const known = weakest.get(conceptId);
    if (!known || STRENGTH[rating] < STRENGTH[known.rating]) weakest.set(conceptId, { answerId, rating });
  }
  return [...weakest].flatMap(([conceptId, { answerId, rating }]) =>
    cardsOfConcept(conceptId).map((cardId) => ({ key: quizReviewKey(answerId, cardId), cardId, rating })),
  );
}
