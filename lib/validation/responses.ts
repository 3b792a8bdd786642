// What a student's browser sends as the answer to one question, one zod schema per question type. Indexes point
// into the question's stored `payload` (its choices, its right-hand side, its items), not into the shuffled order
// the student saw, so a response means the same thing whatever the layout. A response never says its own type:
// the server picks the schema from the question. `responseSchemaFor` adds the checks that need the question
// itself (a choice that exists, no more blanks than the sentence has, every item placed once).
import './zod-config.ts';
import { z } from 'zod';
import { parseDecimal } from './decimal.ts';
import { hasNoNul } from './fields.ts';
import { blankCount, BLANKS_MAX, CHOICE_MAX, CHOICES_MAX, ITEMS_MAX, PAIRS_MAX, storedShapes, type QuestionType } from './questions.ts';

/** Longer than any number anyone types, short enough that a bad client cannot send a book. */
export const NUMBER_TEXT_MAX = 40;
/** Accepted answers have at most this many characters, so a longer response could never be right. */
export const RESPONSE_TEXT_MAX = CHOICE_MAX;

const responseObject = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject(shape, { error: 'response.invalid' });
const index = (message: string) => z.number({ error: message }).int(message).min(0, message).max(99, message);
const isUnique = (values: readonly unknown[]) => new Set(values).size === values.length;
const answerText = z.string({ error: 'response.invalid' }).max(RESPONSE_TEXT_MAX, 'response.textTooLong').refine(hasNoNul, 'response.invalid');

export const singleResponseSchema = responseObject({ choice: index('response.choiceInvalid') });

/** The ticked choices; none ticked counts as unanswered. */
export const multipleResponseSchema = responseObject({
  choices: z
    .array(index('response.choiceInvalid'), { error: 'response.invalid' })
    .max(CHOICES_MAX, 'response.choicesTooMany')
    .refine(isUnique, 'response.choicesDuplicate'),
});

export const trueFalseResponseSchema = responseObject({ answer: z.boolean({ error: 'response.trueFalseInvalid' }) });

export const shortResponseSchema = responseObject({ text: answerText });

/** One text per blank, in the order of the blanks; a blank left empty is "". */
export const clozeResponseSchema = responseObject({
  blanks: z.array(answerText, { error: 'response.invalid' }).max(BLANKS_MAX, 'response.blanksTooMany'),
});

/** matches[i] = the index in `right` chosen for left item i, or null while it has none. */
export const matchingResponseSchema = responseObject({
  matches: z.array(index('response.matchInvalid').nullable(), { error: 'response.invalid' }).max(PAIRS_MAX, 'response.matchesTooMany'),
});

/** The items' indexes in the order the student put them. */
export const orderingResponseSchema = responseObject({
  order: z.array(index('response.orderInvalid'), { error: 'response.invalid' }).max(ITEMS_MAX, 'response.orderInvalid').refine(isUnique, 'response.orderInvalid'),
});

/** The number as typed ("3,5" is fine), so the teacher sees what the student wrote; "" is unanswered. */
export const numericResponseSchema = responseObject({
  value: z
    .string({ error: 'response.numberInvalid' })
    .max(NUMBER_TEXT_MAX, 'response.numberTooLong')
    .refine((text) => text.trim() === '' || parseDecimal(text) !== null, 'response.numberInvalid'),
});

export const responseSchemas = {
  single: singleResponseSchema,
  multiple: multipleResponseSchema,
  truefalse: trueFalseResponseSchema,
  short: shortResponseSchema,
  cloze: clozeResponseSchema,
  matching: matchingResponseSchema,
  ordering: orderingResponseSchema,
  numeric: numericResponseSchema,
} as const;

export type QuestionResponse<T extends QuestionType> = z.output<(typeof responseSchemas)[T]>;

/** What the server needs of a question to check a response to it; never the answer key. */
export interface ResponseTarget {
  type: QuestionType;
  prompt: string;
  payload: unknown;
}

/**
 * The response schema for one question: its type's shape plus the checks against what the student was shown.
 * Throws if the question's own payload is malformed, which is a bug, not a student's mistake.
 */
export function responseSchemaFor(question: ResponseTarget): z.ZodType<QuestionResponse<QuestionType>> {
  switch (question.type) {
    case 'single': {
      const { choices } = storedShapes.single.payload.parse(question.payload);
      return singleResponseSchema.refine((response) => response.choice < choices.length, { message: 'response.choiceUnknown', path: ['choice'] });
    }
    case 'multiple': {
      const { choices } = storedShapes.multiple.payload.parse(question.payload);
      return multipleResponseSchema.refine((response) => response.choices.every((choice) => choice < choices.length), {
        message: 'response.choiceUnknown',
        path: ['choices'],
      });
    }
    case 'cloze': {
      const blanks = blankCount(question.prompt);
      return clozeResponseSchema.refine((response) => response.blanks.length <= blanks, { message: 'response.blanksTooMany', path: ['blanks'] });
    }
    case 'matching': {
      const { left, right } = storedShapes.matching.payload.parse(question.payload);
      return matchingResponseSchema
        .refine((response) => response.matches.length <= left.length, { message: 'response.matchesTooMany', path: ['matches'] })
        .refine((response) => response.matches.every((match) => match === null || match < right.length), { message: 'response.matchInvalid', path: ['matches'] });
    }
    case 'ordering': {
      const { items } = storedShapes.ordering.payload.parse(question.payload);
      // A partial order is not an answer: the student places every item once (the screen starts with all of them).
      return orderingResponseSchema.refine((response) => response.order.length === items.length && response.order.every((item) => item < items.length), {
        message: 'response.orderInvalid',
        path: ['order'],
      });
    }
    case 'truefalse':
    case 'short':
    case 'numeric':
      return responseSchemas[question.type];
  }
}
