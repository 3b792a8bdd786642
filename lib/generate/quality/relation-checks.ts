// Checks for the questions beyond definitions (lib/generate/relation-questions.ts): a number to fill in, stages or
// events to put in order, a cause, a comparison, the parts of a whole. Like checks.ts: pure, small, each names
// the defect a teacher would throw the item away for. The gate (gate.ts) runs them with its other checks.
import type { MultipleChoiceQuestion, NumericQuestion, OrderingQuestion, SingleChoiceQuestion } from '../types.ts';
import { UNIT_MAX } from '../relations.ts';
import { BLANK } from '../wording.ts';
import { answerNotInSource, clozeDisagrees, contextDependent, duplicateChoices, givesAnswerAway, refersToFigure, type Defect } from './checks.ts';

export const NUMERIC_PREFIX = 'Fill in the number: ';

const CAUSE_CUE = /\b(?:caus(?:e|es|ed|ing)|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? (?:in|from)|trigger(?:s|ed)?|due to|because of|as a result of)\b/i;
const CONTRAST_CUE = /\b(?:whereas|while|unlike|in contrast to|by contrast to)\b/i;
/** Words that tell the order themselves: "stage 1", "the first phase", "final step". */
const RANK_WORDS = /\b(?:\d+|first|second|third|fourth|fifth|sixth|last|final|initial|next|earliest|latest)\b/i;

/** Lower-case words separated by single spaces: for finding a short item ("S", "G1") as a whole word. */
function words(text: string): string {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
}

/** The choice's words stand in the prompt: "DNA" in "which is double stranded, unlike DNA?". */
function namedIn(prompt: string, choice: string): boolean {
  return words(choice).length > 0 && ` ${words(prompt)} `.includes(` ${words(choice)} `);
}

/** The same words but for a plural ending: "Cones" and "cone", "Bodies" and "body", "Processes" and "process". */
export function pluralVariant(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long === `${short}s` || long === `${short}es` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`);
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The number as the text writes it ("1,043", "0.3") read back; null when it is not one plain number. */
export function writtenValue(written: string): number | null {
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(written)) return null;
  return Number(written.replace(/,/g, ''));
}

/**
 * A number question must show its sentence with one blank where the number was, and the key must be that
 * number: put back, it gives the cited sentence. Its tolerance is less than the number itself.
 */
export function numericDisagrees(question: Pick<NumericQuestion, 'prompt' | 'answer' | 'tolerance' | 'written' | 'unit'>, sourceSentence: string): boolean {
  const text = question.prompt.startsWith(NUMERIC_PREFIX) ? question.prompt.slice(NUMERIC_PREFIX.length) : question.prompt;
  if (text.split(BLANK).length !== 2) return true;
  if (writtenValue(question.written) !== question.answer || question.unit.length > UNIT_MAX) return true;
  if (question.tolerance < 0 || (question.answer !== 0 && question.tolerance >= Math.abs(question.answer))) return true;
  return clozeDisagrees(text, BLANK, question.written, sourceSentence);
}

/**
 * A number not worth asking: no unit, scale or percent to say what it measures ("3 of the 5 members"), or a
 * bare year (dates have their own questions).
 */
export function trivialNumber(answer: number, unit: string): boolean {
  if (unit.trim() === '') return true;
  return /^(?:years?|days?)$/.test(unit.trim()) && answer >= 1000 && answer <= 2100;
}

/** The blank's number shows elsewhere in the prompt ("_____ % … 71 % of it"). */
export function numberShown(prompt: string, written: string): boolean {
  const digits = written.replace(/,/g, '');
  return prompt
    .replace(/(\d),(\d{3})/g, '$1$2')
    .split(/[^\d.]+/)
    .some((number) => number.replace(/\.$/, '') === digits);
}

export function numericDefects(question: NumericQuestion): Defect[] {
  const text = question.prompt.startsWith(NUMERIC_PREFIX) ? question.prompt.slice(NUMERIC_PREFIX.length) : question.prompt;
  const found: Defect[] = [];
  if (contextDependent(text)) found.push('context-opening');
  if (refersToFigure(text)) found.push('figure-reference');
  if (numericDisagrees(question, question.source.sentence)) found.push('key-mismatch');
  if (trivialNumber(question.answer, question.unit)) found.push('trivial-number');
  if (numberShown(text, question.written)) found.push('giveaway');
  return found;
}

/**
 * The items must be in the order the text gives: each named in its step's sentence, the steps in reading order
 * (or, for dated events, each sentence holding its year and the years rising); without steps, each item named
 * in the cited sentence after the one before it.
 */
export function outOfOrder(question: Pick<OrderingQuestion, 'answer' | 'steps' | 'years' | 'source'>): boolean {
  const { answer, steps, years } = question;
  if (steps) {
    if (steps.length !== answer.length) return true;
    if (answer.some((item, i) => answerNotInSource(item, steps[i]!.sentence))) return true;
    if (years) {
      if (years.length !== answer.length) return true;
      if (years.some((year, i) => !steps[i]!.sentence.includes(String(year)) || (i > 0 && year <= years[i - 1]!))) return true;
      return false;
    }
    return steps.some((step, i) => i > 0 && step.index < steps[i - 1]!.index);
  }
  const source = ` ${words(question.source.sentence)} `;
  let from = 0;
  for (const item of answer) {
    const at = source.indexOf(` ${words(item)} `, from);
    if (at < 0) return true;
    from = at + words(item).length + 1;
  }
  return false;
}

export function orderingDefects(question: OrderingQuestion): Defect[] {
  const found: Defect[] = [];
  if (question.answer.length < 3) found.push('too-few-items');
  if (duplicateChoices(question.answer)) found.push('duplicate-choices');
  const sameItems = question.choices.length === question.answer.length && [...question.choices].sort().join('\n') === [...question.answer].sort().join('\n');
  if (!sameItems) found.push('key-mismatch');
  if (question.choices.every((choice, i) => choice === question.answer[i]) || question.answer.some((item) => RANK_WORDS.test(item))) found.push('giveaway');
  if (outOfOrder(question)) found.push('out-of-order');
  return found;
}

/**
 * A cause question: the cited sentence states a cause, names the key, and the prompt does not show the key
 * (checked with the other single-choice checks). A wrong choice the sentence also names could be the cause too.
 */
export function causeDefects(question: SingleChoiceQuestion): Defect[] {
  const source = question.source.sentence;
  const found: Defect[] = [];
  if (!CAUSE_CUE.test(source) || answerNotInSource(question.answer, source)) found.push('key-mismatch');
  if (question.choices.some((choice) => choice !== question.answer && squash(source).includes(squash(choice)))) found.push('correct-distractor');
  return found;
}

/** A comparison question: two choices, both set side by side in the cited sentence, neither shown in the prompt. */
export function comparisonDefects(question: SingleChoiceQuestion): Defect[] {
  const source = question.source.sentence;
  const found: Defect[] = [];
  if (question.choices.length !== 2 || !CONTRAST_CUE.test(source) || question.choices.some((choice) => answerNotInSource(choice, source))) found.push('key-mismatch');
  if (question.choices.some((choice) => givesAnswerAway(question.prompt, choice) || namedIn(question.prompt, choice))) found.push('giveaway');
  return found;
}

/** The parts of a whole: every part named in the sentence, no wrong choice named there too. */
export function partsDefects(question: MultipleChoiceQuestion): Defect[] {
  const source = question.source.sentence;
  const found: Defect[] = [];
  if (question.answer.some((answer) => answerNotInSource(answer, source))) found.push('key-mismatch');
  const distractors = question.choices.filter((choice) => !question.answer.includes(choice));
  if (distractors.some((choice) => squash(source).includes(squash(choice)) || question.answer.some((answer) => pluralVariant(answer, choice)))) found.push('correct-distractor');
  return found;
}
