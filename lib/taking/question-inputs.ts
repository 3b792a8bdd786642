// Pure pieces of the taking screen's inputs: a cloze prompt split at its blanks, moving an ordering item, and
// whether a response counts as an answer (for the question map and the list of unanswered questions).
import type { StudentQuestion } from '../quiz/student-view.ts';
import { CLOZE_BLANK } from '../validation/cloze-blank.ts';

/** The text around a cloze prompt's blanks: blank i sits between parts[i] and parts[i + 1]. */
export function clozeParts(prompt: string): string[] {
  return prompt.split(CLOZE_BLANK);
}

/** The order with the item at `index` moved by `delta` places; unchanged when it would leave the list. */
export function moveItem(order: readonly number[], index: number, delta: -1 | 1): number[] {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Whether a response answers the question: something chosen, typed or placed. */
export function isAnswered(question: Pick<StudentQuestion, 'type'>, response: unknown): boolean {
  if (response === null || response === undefined) return false;
  const value = response as Record<string, unknown>;
  switch (question.type) {
    case 'single':
      return typeof value.choice === 'number';
    case 'multiple':
      return Array.isArray(value.choices) && value.choices.length > 0;
    case 'truefalse':
      return typeof value.answer === 'boolean';
    case 'short':
      return typeof value.text === 'string' && value.text.trim() !== '';
    case 'cloze':
      return Array.isArray(value.blanks) && value.blanks.some((blank) => typeof blank === 'string' && blank.trim() !== '');
    case 'matching':
      return Array.isArray(value.matches) && value.matches.some((match) => match !== null);
    case 'ordering':
      return Array.isArray(value.order) && value.order.length > 0;
    case 'numeric':
      return typeof value.value === 'string' && value.value.trim() !== '';
  }
}
