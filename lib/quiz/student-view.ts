// What a student taking a quiz may see of a question: its prompt, points and options in the attempt's shown
// order, and nothing else. Built field by field from the stored payload (never by copying it), and never from the
// answer key or the feedback, so a key written into the wrong column or a payload with extra fields stays home.
import { blankCount, storedShapes, type QuestionType } from '../validation/questions.ts';
import { inShownOrder } from './layout.ts';

/** The options of a question as shown; every index the browser sends back is a position in these lists. */
export type StudentContent =
  | { type: 'single'; choices: string[] }
  /** Tick any number; none ticked is unanswered. */
  | { type: 'multiple'; choices: string[] }
  | { type: 'truefalse' }
  | { type: 'short' }
  /** The prompt holds `blanks` blanks written as _____; the response gives one text per blank, in order. */
  | { type: 'cloze'; blanks: number }
  /** Response: matches[i] = the position in `right` chosen for left[i], or null. */
  | { type: 'matching'; left: string[]; right: string[] }
  /** Response: order = the positions in `items` in the order the student put them (every item once). */
  | { type: 'ordering'; items: string[] }
  | { type: 'numeric'; unit: string | null };

export type StudentQuestion = StudentContent & {
  questionId: string;
  prompt: string;
  points: number;
};

export interface ViewableQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  payload: unknown;
  points: number;
}

export function studentQuestion(question: ViewableQuestion, options: readonly number[] | null): StudentQuestion {
  const base = { questionId: question.id, prompt: question.prompt, points: question.points };
  const content = (): StudentContent => {
    switch (question.type) {
      case 'single':
      case 'multiple': {
        const { choices } = storedShapes[question.type].payload.parse(question.payload);
        return { type: question.type, choices: inShownOrder(choices, options) };
      }
      case 'truefalse':
      case 'short':
        return { type: question.type };
      case 'cloze':
        return { type: 'cloze', blanks: blankCount(question.prompt) };
      case 'matching': {
        const { left, right } = storedShapes.matching.payload.parse(question.payload);
        return { type: 'matching', left: [...left], right: inShownOrder(right, options) };
      }
      case 'ordering': {
        const { items } = storedShapes.ordering.payload.parse(question.payload);
        return { type: 'ordering', items: inShownOrder(items, options) };
      }
      case 'numeric': {
        const { unit } = storedShapes.numeric.payload.parse(question.payload);
        return { type: 'numeric', unit: unit ? unit : null };
      }
    }
  };
  return { ...base, ...content() };
}
