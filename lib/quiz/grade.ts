// Grading one answer: a pure function of the question's stored answer key, its points and the student's
// response. Every type earns a share of the points between 0 and 1 (its "fraction"); the score is that share
// of the points, rounded to cents. A response that does not fit its type's schema is a bug upstream (responses are
// checked when saved), so it throws rather than quietly scoring 0; so does an answer key that does not fit.
import type { z } from 'zod';
import { parseDecimal } from '../validation/decimal.ts';
import { type QuestionType, type StoredAnswerKey, storedShapes } from '../validation/questions.ts';
import { type QuestionResponse, responseSchemas } from '../validation/responses.ts';
import { matchAcceptedAnswer } from './accepted-answers.ts';
import { longestInOrder } from './ordering.ts';
import { roundScore } from './score.ts';

export type Outcome = 'correct' | 'partial' | 'wrong' | 'unanswered';

/** A question as stored: `payload` is what students saw, `answerKey` what they did not. */
export interface GradableQuestion {
  type: QuestionType;
  payload: unknown;
  answerKey: unknown;
  /** The question's points (Question.points, a Decimal: pass Number(points)). */
  points: number;
}

export interface GradedAnswer {
  score: number;
  maxScore: number;
  correct: Outcome;
  /**
   * Which parts were right. single, true/false, short answer, numeric: one part. multiple: one per choice of the
   * payload, right when ticked exactly if correct. cloze: one per blank. matching: one per pair, in the order of
   * the left side. ordering: one per item in the correct order, right when it is in the longest run of items
   * the student put in the right relative order.
   */
  parts: boolean[];
  /** Some text counted as right only thanks to the typo tolerance, so the result can show the spelling. */
  withTypo: boolean;
}

/** What grading found before points: whether there was an answer, the share earned and the parts. */
interface Marking {
  answered: boolean;
  fraction: number;
  parts: boolean[];
  withTypo?: boolean;
}

class GradingInputError extends Error {
  constructor(type: QuestionType, what: string, error: z.ZodError) {
    super(`Cannot grade this ${type} question: its ${what} does not fit (${error.issues.map((issue) => issue.message).join('; ')}).`);
    this.name = 'GradingInputError';
  }
}

function parsed<S extends z.ZodType>(schema: S, value: unknown, type: QuestionType, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new GradingInputError(type, what, result.error);
  return result.data;
}

const share = (parts: readonly boolean[]) => (parts.length === 0 ? 0 : parts.filter(Boolean).length / parts.length);

/**
 * Floating-point slack for numeric answers: 3.6 − 3.5 is 0.10000000000000009, which must still count as within
 * a tolerance of 0.1. Far below any difference a student can type, so the boundary stays exact in practice.
 */
const numericSlack = (value: number, tolerance: number) => 1e-9 * Math.max(1, Math.abs(value), tolerance);

function mark(question: GradableQuestion, response: unknown): Marking {
  const { type } = question;
  // Indexing the schema maps by a type parameter loses the per-type result; the casts restore what parsing checked.
  const key = <T extends QuestionType>(shape: T) => parsed(storedShapes[shape].answerKey, question.answerKey, type, 'answer key') as StoredAnswerKey<T>;
  const given = <T extends QuestionType>(shape: T) => parsed(responseSchemas[shape], response, type, 'response') as QuestionResponse<T>;
  switch (type) {
    case 'single': {
      const right = given('single').choice === key('single').correct;
      return { answered: true, fraction: right ? 1 : 0, parts: [right] };
    }
    case 'multiple': {
      const { correct, scoring } = key('multiple');
      const ticked = new Set(given('multiple').choices);
      if (ticked.size === 0) return { answered: false, fraction: 0, parts: [] };
      const { choices } = parsed(storedShapes.multiple.payload, question.payload, type, 'payload');
      const parts = choices.map((_, index) => ticked.has(index) === correct.includes(index));
      const rightTicks = [...ticked].filter((index) => correct.includes(index)).length;
      // A tick on a choice that no longer exists (the key was edited after the answer) is a wrong tick.
      const wrongTicks = ticked.size - rightTicks;
      const fraction =
        scoring === 'per-choice'
          ? Math.max(0, (rightTicks - wrongTicks) / correct.length)
          : rightTicks === correct.length && wrongTicks === 0
            ? 1
            : 0;
      return { answered: true, fraction, parts };
    }
    case 'truefalse': {
      const right = given('truefalse').answer === key('truefalse').correct;
      return { answered: true, fraction: right ? 1 : 0, parts: [right] };
    }
    case 'short': {
      const { accepted, typoTolerance } = key('short');
      const match = matchAcceptedAnswer(given('short').text, accepted, typoTolerance);
      if (match === 'empty') return { answered: false, fraction: 0, parts: [false] };
      const right = match !== 'none';
      return { answered: true, fraction: right ? 1 : 0, parts: [right], withTypo: match === 'typo' };
    }
    case 'cloze': {
      const { blanks, typoTolerance } = key('cloze');
      const texts = given('cloze').blanks;
      const matches = blanks.map((blank, index) => matchAcceptedAnswer(texts[index] ?? '', blank.accepted, typoTolerance));
      const parts = matches.map((match) => match === 'exact' || match === 'typo');
      return { answered: matches.some((match) => match !== 'empty'), fraction: share(parts), parts, withTypo: matches.includes('typo') };
    }
    case 'matching': {
      const { pairs } = key('matching');
      const { matches } = given('matching');
      const parts = pairs.map(([left, right]) => matches[left] === right);
      return { answered: matches.some((match) => match !== null), fraction: share(parts), parts };
    }
    case 'ordering': {
      // Credit is the longest run of items in the right relative order, not items in their exact place: moving
      // one item from the end to the front leaves every other item one place off, which exact places would score
      // as almost all wrong though the student knew the order of all but one. Counting (run − 1) / (items − 1)
      // makes a reversed list score 0 (its longest run is a single item), as a random guess should.
      const { order } = key('ordering');
      const student = given('ordering').order;
      if (student.length === 0) return { answered: false, fraction: 0, parts: order.map(() => false) };
      const placed = student.map((item) => order.indexOf(item)).filter((rank) => rank >= 0);
      const kept = longestInOrder(placed);
      const keptRanks = new Set(placed.filter((_, index) => kept[index]));
      const parts = order.map((_, rank) => keptRanks.has(rank));
      const fraction = order.length < 2 ? share(parts) : Math.max(0, (keptRanks.size - 1) / (order.length - 1));
      return { answered: true, fraction, parts };
    }
    case 'numeric': {
      const { value, tolerance } = key('numeric');
      const text = given('numeric').value;
      if (text.trim() === '') return { answered: false, fraction: 0, parts: [false] };
      const number = parseDecimal(text);
      const right = number !== null && Math.abs(number - value) <= tolerance + numericSlack(value, tolerance);
      return { answered: true, fraction: right ? 1 : 0, parts: [right] };
    }
  }
}

export function outcomeOf(answered: boolean, fraction: number): Outcome {
  if (!answered) return 'unanswered';
  return fraction >= 1 ? 'correct' : fraction <= 0 ? 'wrong' : 'partial';
}

/** Grades one response (null or undefined when the student gave none) to one question. */
export function gradeAnswer(question: GradableQuestion, response: unknown): GradedAnswer {
  if (!Number.isFinite(question.points) || question.points < 0) throw new RangeError(`A question's points must be 0 or more, not ${question.points}.`);
  const maxScore = roundScore(question.points);
  const marking: Marking = response === null || response === undefined ? { answered: false, fraction: 0, parts: [] } : mark(question, response);
  // Unanswered earns nothing even if the shape of an empty answer would match (an all-empty cloze).
  const fraction = marking.answered ? marking.fraction : 0;
  return {
    score: roundScore(fraction * maxScore),
    maxScore,
    correct: outcomeOf(marking.answered, fraction),
    parts: marking.parts,
    withTypo: marking.withTypo ?? false,
  };
}
