// The order one attempt shows its questions and their options in, fixed when the attempt starts so a reload
// shows the same screen, and the translation between what the student sees and what is stored.
//
// The browser only ever deals in positions on its own screen (the 2nd choice shown, the 3rd item shown); the
// server turns them into indexes of the question's stored payload before storing or grading. Stored indexes are
// never sent: the stored order can carry a hint (an ordering question's items are stored alphabetically but
// rotated when alphabetical is the answer; a matching question's right side is stored sorted, which may happen to
// line up with the pairs), and a student reading the indexes would learn it.
//
// Ordering items and a matching question's right side are always shuffled, uniformly over every order, the correct
// one included. Any rule about the shown order (never the answer, stored order when shuffling is off) is itself a
// hint: a two-item ordering never shown correctly is answered by swapping, an alphabetical list is not the answer.
import { seededShuffle } from '../generate/deterministic.ts';
import { storedShapes, type QuestionType } from '../validation/questions.ts';
import type { QuestionResponse } from '../validation/responses.ts';

/** One question of an attempt: `options[shown position] = index in the stored payload` for types with options. */
export interface LayoutQuestion {
  questionId: string;
  options: number[] | null;
}

/** What Attempt.layout holds. */
export interface AttemptLayout {
  questions: LayoutQuestion[];
}

/** A question as the layout needs it: never its key, since the shown order must not depend on the answer. */
export interface LayoutSource {
  id: string;
  type: QuestionType;
  payload: unknown;
}

export interface LayoutOptions {
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
}

const identity = (length: number) => Array.from({ length }, (_, index) => index);

/**
 * The order of one question's options. Choices of a single or multiple choice question shuffle only when the
 * assignment says so (a teacher may mean "all of the above" to come last). Ordering items and a matching question's
 * right side always shuffle: their stored order is never a fair one to show.
 */
function optionOrder(question: LayoutSource, shuffleChoices: boolean, seed: string): number[] | null {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const { choices } = storedShapes[question.type].payload.parse(question.payload);
      return shuffleChoices ? seededShuffle(identity(choices.length), seed) : identity(choices.length);
    }
    case 'matching': {
      const { right } = storedShapes.matching.payload.parse(question.payload);
      return seededShuffle(identity(right.length), seed);
    }
    case 'ordering': {
      const { items } = storedShapes.ordering.payload.parse(question.payload);
      return seededShuffle(identity(items.length), seed);
    }
    case 'truefalse':
    case 'short':
    case 'cloze':
    case 'numeric':
      return null;
  }
}

/** The layout of a new attempt, seeded by its id so it is fixed for that attempt and differs between students. */
export function buildLayout(questions: readonly LayoutSource[], options: LayoutOptions, attemptId: string): AttemptLayout {
  const ordered = options.shuffleQuestions ? seededShuffle(questions, `${attemptId}:questions`) : [...questions];
  return {
    questions: ordered.map((question) => ({ questionId: question.id, options: optionOrder(question, options.shuffleChoices, `${attemptId}:${question.id}`) })),
  };
}

/** Reads a stored layout; throws when it is not one (a bug, never a student's doing). */
export function parseLayout(value: unknown): AttemptLayout {
  const questions = (value as { questions?: unknown } | null)?.questions;
  const valid =
    Array.isArray(questions) &&
    questions.every(
      (entry: { questionId?: unknown; options?: unknown }) =>
        typeof entry?.questionId === 'string' && (entry.options === null || (Array.isArray(entry.options) && entry.options.every(Number.isInteger))),
    );
  if (!valid) throw new Error('Attempt.layout is not an attempt layout');
  return { questions: questions as LayoutQuestion[] };
}

/** Options in shown order: `shown[p] = stored[options[p]]`. */
export function inShownOrder<T>(stored: readonly T[], options: readonly number[] | null): T[] {
  return options ? options.map((index) => stored[index]!) : [...stored];
}

const toStored = (options: readonly number[] | null, shown: number) => (options ? (options[shown] ?? shown) : shown);
const toShown = (options: readonly number[] | null, stored: number) => (options ? options.indexOf(stored) : stored);

/**
 * A response in shown positions (as the browser sends it, already checked by the question's response schema,
 * whose bounds are the same in both orders) as stored indexes.
 */
export function toStoredResponse(type: QuestionType, response: QuestionResponse<QuestionType>, options: readonly number[] | null): QuestionResponse<QuestionType> {
  return mapResponse(type, response, (position) => toStored(options, position));
}

/** A stored response in the shown positions of one attempt, for the browser to put back on the screen. */
export function toShownResponse(type: QuestionType, response: QuestionResponse<QuestionType>, options: readonly number[] | null): QuestionResponse<QuestionType> {
  return mapResponse(type, response, (index) => toShown(options, index));
}

function mapResponse(type: QuestionType, response: QuestionResponse<QuestionType>, map: (index: number) => number): QuestionResponse<QuestionType> {
  switch (type) {
    case 'single':
      return { choice: map((response as QuestionResponse<'single'>).choice) };
    case 'multiple':
      return { choices: (response as QuestionResponse<'multiple'>).choices.map(map) };
    case 'matching':
      // Only the right side is reordered; the left side keeps its stored order, so the array's positions stay.
      return { matches: (response as QuestionResponse<'matching'>).matches.map((match) => (match === null ? null : map(match))) };
    case 'ordering':
      return { order: (response as QuestionResponse<'ordering'>).order.map(map) };
    case 'truefalse':
    case 'short':
    case 'cloze':
    case 'numeric':
      return response;
  }
}
