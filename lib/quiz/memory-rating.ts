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
