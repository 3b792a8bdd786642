// The correct answer of a question, for a student's results, in the same shown positions as the taking screen.
// Only ever called once the results policy allows it (lib/data/attempts/results.ts).
import { storedShapes, type QuestionType } from '../validation/questions.ts';

export type CorrectAnswer =
  | { type: 'single'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; answer: boolean }
  /** Every accepted form, the first being the teacher's answer. */
  | { type: 'short'; accepted: string[] }
  /** Per blank, its accepted forms. */
  | { type: 'cloze'; blanks: string[][] }
  /** matches[i] = the shown position in `right` that belongs with left[i]. */
  | { type: 'matching'; matches: number[] }
  /** The shown positions of the items, in the correct order. */
  | { type: 'ordering'; order: number[] }
  | { type: 'numeric'; value: number; tolerance: number };

export function correctAnswerShown(type: QuestionType, answerKey: unknown, options: readonly number[] | null): CorrectAnswer {
  const shown = (stored: number) => (options ? options.indexOf(stored) : stored);
  switch (type) {
    case 'single':
      return { type, choice: shown(storedShapes.single.answerKey.parse(answerKey).correct) };
    case 'multiple':
      return { type, choices: storedShapes.multiple.answerKey.parse(answerKey).correct.map(shown).sort((a, b) => a - b) };
    case 'truefalse':
      return { type, answer: storedShapes.truefalse.answerKey.parse(answerKey).correct };
    case 'short':
      return { type, accepted: storedShapes.short.answerKey.parse(answerKey).accepted };
    case 'cloze':
      return { type, blanks: storedShapes.cloze.answerKey.parse(answerKey).blanks.map((blank) => blank.accepted) };
    case 'matching': {
      const { pairs } = storedShapes.matching.answerKey.parse(answerKey);
      const matches: number[] = [];
      for (const [left, right] of pairs) matches[left] = shown(right);
      return { type, matches };
    }
    case 'ordering':
      return { type, order: storedShapes.ordering.answerKey.parse(answerKey).order.map(shown) };
    case 'numeric': {
      const { value, tolerance } = storedShapes.numeric.answerKey.parse(answerKey);
      return { type, value, tolerance };
    }
  }
}
