// The teacher's feedback a student reads with a result: the note on the question, and for choice questions the
// note on each choice they ticked. Notes per choice are authored by stored choice index; an attempt may have shown
// the choices shuffled, so each note is placed by the position the student saw it in.
import { parseStoredFeedback } from '../validation/quizzes.ts';
import type { QuestionType } from '../validation/questions.ts';
import type { QuestionResponse } from '../validation/responses.ts';

export interface ChoiceFeedback {
  /** The choice's position in the attempt's shown order. */
  position: number;
  text: string;
}

export interface ResultFeedback {
  /** The note on the whole question, or null when there is none. */
  general: string | null;
  /** Single and multiple choice: the note on each ticked choice that has one, in shown order; otherwise empty. */
  choices: ChoiceFeedback[];
}

const note = (text: string | undefined) => (text && text.trim() ? text : null);

/**
 * `response` is the stored response (stored indexes), null when unanswered; `options` is the attempt's layout for
 * the question (`options[shown position] = stored index`), null when shown in stored order.
 */
export function resultFeedback(type: QuestionType, stored: unknown, response: QuestionResponse<QuestionType> | null, options: readonly number[] | null): ResultFeedback {
  const feedback = parseStoredFeedback(stored);
  const general = note(feedback.general);
  if ((type !== 'single' && type !== 'multiple') || response === null) return { general, choices: [] };
  const ticked = type === 'single' ? [(response as QuestionResponse<'single'>).choice] : (response as QuestionResponse<'multiple'>).choices;
  const choices = ticked.flatMap((index): ChoiceFeedback[] => {
    const text = note(feedback.choices?.[index]);
    const position = options ? options.indexOf(index) : index;
    return text && position >= 0 ? [{ position, text }] : [];
  });
  return { general, choices: choices.sort((a, b) => a.position - b.position) };
}
