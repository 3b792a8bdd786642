// Quiz questions, one zod schema per type. The same schema is the teacher's edit form (react-hook-form), the
// server action's check and the TypeScript type. In the database a question is split in two: `payload`, what a
// student may see (choices, the right-hand side of a matching question), and `answerKey`, what they may not
// (correct choices, accepted answers, pairs). toStoredQuestion and fromStoredQuestion convert between the two.
import './zod-config.ts';
import { z } from 'zod';
import { CLOZE_BLANK } from './cloze-blank.ts';
import { decimalInput } from './decimal.ts';

export { CLOZE_BLANK };

export const PROMPT_MAX = 2000;
export const CHOICE_MAX = 300;
export const CHOICES_MIN = 2;
export const CHOICES_MAX = 8;
export const PAIRS_MIN = 2;
export const PAIRS_MAX = 10;
export const ACCEPTED_MAX = 10;
export const BLANKS_MAX = 10;
export const ITEMS_MIN = 2;
export const ITEMS_MAX = 10;
export const UNIT_MAX = 20;

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'short', 'cloze', 'matching', 'ordering', 'numeric'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The database's QuestionType enum. */
export type StoredQuestionType = 'SINGLE' | 'MULTIPLE' | 'TRUE_FALSE' | 'SHORT' | 'CLOZE' | 'MATCHING' | 'ORDERING' | 'NUMERIC';

const STORED_TYPE: Record<QuestionType, StoredQuestionType> = {
  single: 'SINGLE',
  multiple: 'MULTIPLE',
  truefalse: 'TRUE_FALSE',
  short: 'SHORT',
  cloze: 'CLOZE',
  matching: 'MATCHING',
  ordering: 'ORDERING',
  numeric: 'NUMERIC',
};

export function storedQuestionType(type: QuestionType): StoredQuestionType {
  return STORED_TYPE[type];
}

export function questionTypeOf(stored: string): QuestionType | null {
  const entry = Object.entries(STORED_TYPE).find(([, value]) => value === stored);
  return entry ? (entry[0] as QuestionType) : null;
}

/**
 * How a multiple-choice question with several correct choices is scored: only an exact set of ticks earns the
 * points, or each right tick earns a share and each wrong tick takes one back (never below zero).
 */
export const MULTIPLE_SCORING = ['all-or-nothing', 'per-choice'] as const;
export type MultipleScoring = (typeof MULTIPLE_SCORING)[number];

/** How many blanks (_____) a cloze prompt has. */
export function blankCount(prompt: string): number {
  return prompt.split(CLOZE_BLANK).length - 1;
}

const prompt = z.string({ error: 'question.promptRequired' }).trim().min(1, 'question.promptRequired').max(PROMPT_MAX, 'question.promptTooLong');
const choiceText = z.string({ error: 'question.choiceRequired' }).trim().min(1, 'question.choiceRequired').max(CHOICE_MAX, 'question.choiceTooLong');
const answerText = z.string({ error: 'question.answerRequired' }).trim().min(1, 'question.answerRequired').max(CHOICE_MAX, 'question.answerTooLong');
const itemText = z.string({ error: 'question.itemRequired' }).trim().min(1, 'question.itemRequired').max(CHOICE_MAX, 'question.itemTooLong');

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
const hasDuplicates = (texts: string[]) => texts.some((text, index) => texts.findIndex((other) => sameText(other, text)) !== index);

// Form rows are objects because react-hook-form's field arrays need them.
const choiceRow = z.object({ text: choiceText, correct: z.boolean({ error: 'question.choiceRequired' }) });
const choiceRows = z
  .array(choiceRow, { error: 'question.choicesTooFew' })
  .min(CHOICES_MIN, 'question.choicesTooFew')
  .max(CHOICES_MAX, 'question.choicesTooMany')
  .refine((rows) => !hasDuplicates(rows.map((row) => row.text)), 'question.choicesDuplicate');

const acceptedText = z.string({ error: 'question.acceptedRequired' }).trim().min(1, 'question.acceptedRequired').max(CHOICE_MAX, 'question.answerTooLong');
const acceptedRows = z
  .array(z.object({ text: acceptedText }), { error: 'question.acceptedRequired' })
  .max(ACCEPTED_MAX, 'question.acceptedTooMany');

/** Off unless the teacher asks: a typo tolerance suits words, not names or codes that must be exact. */
const typoTolerance = z.boolean({ error: 'question.typoToleranceInvalid' }).default(false);

export const singleQuestionSchema = z.object({
  type: z.literal('single'),
  prompt,
  choices: choiceRows.refine((rows) => rows.filter((row) => row.correct).length === 1, 'question.singleNeedsOne'),
});

export const multipleQuestionSchema = z.object({
  type: z.literal('multiple'),
  prompt,
  choices: choiceRows.refine((rows) => rows.some((row) => row.correct), 'question.multipleNeedsOne'),
  scoring: z.enum(MULTIPLE_SCORING, { error: 'question.scoringRequired' }).default('all-or-nothing'),
});

export const trueFalseQuestionSchema = z.object({
  type: z.literal('truefalse'),
  prompt,
  answer: z.enum(['true', 'false'], { error: 'question.trueFalseRequired' }),
});

export const shortQuestionSchema = z.object({
  type: z.literal('short'),
  prompt,
  answer: answerText,
  /** Other forms graded as correct, besides `answer`. */
  accepted: acceptedRows,
  typoTolerance,
});

const blankRow = z.object({ answer: answerText, accepted: acceptedRows });

export const clozeQuestionSchema = z
  .object({
    type: z.literal('cloze'),
    /** The text with one _____ per blank, in the order of `blanks`. */
    prompt,
    blanks: z.array(blankRow, { error: 'question.blanksTooFew' }).min(1, 'question.blanksTooFew').max(BLANKS_MAX, 'question.blanksTooMany'),
    typoTolerance,
  })
  .refine((question) => blankCount(question.prompt) === question.blanks.length, { message: 'question.clozeNeedsBlank', path: ['prompt'] });

const pairRow = z.object({ left: choiceText, right: choiceText });

export const matchingQuestionSchema = z.object({
  type: z.literal('matching'),
  prompt,
  pairs: z
    .array(pairRow, { error: 'question.pairsTooFew' })
    .min(PAIRS_MIN, 'question.pairsTooFew')
    .max(PAIRS_MAX, 'question.pairsTooMany')
    .refine((rows) => !hasDuplicates(rows.map((row) => row.left)) && !hasDuplicates(rows.map((row) => row.right)), 'question.pairsDuplicate'),
});

export const orderingQuestionSchema = z.object({
  type: z.literal('ordering'),
  prompt,
  /** In the correct order; students get them in another. */
  items: z
    .array(z.object({ text: itemText }), { error: 'question.itemsTooFew' })
    .min(ITEMS_MIN, 'question.itemsTooFew')
    .max(ITEMS_MAX, 'question.itemsTooMany')
    .refine((rows) => !hasDuplicates(rows.map((row) => row.text)), 'question.itemsDuplicate'),
});

export const numericQuestionSchema = z.object({
  type: z.literal('numeric'),
  prompt,
  answer: z.preprocess(decimalInput, z.number({ error: (issue) => (issue.input === undefined ? 'question.numberRequired' : 'question.numberInvalid') })),
  /** Absolute: answers within answer ± tolerance, both ends included, are correct. Empty means exact. */
  tolerance: z.preprocess(
    (value) => decimalInput(value) ?? 0,
    z.number({ error: 'question.toleranceInvalid' }).min(0, 'question.toleranceInvalid'),
  ),
  /** Shown after the input ("cm", "°C"); the student types only the number. */
  unit: z.string({ error: 'question.unitTooLong' }).trim().max(UNIT_MAX, 'question.unitTooLong').default(''),
});

export const questionSchema = z.discriminatedUnion(
  'type',
  [
    singleQuestionSchema,
    multipleQuestionSchema,
    trueFalseQuestionSchema,
    shortQuestionSchema,
    clozeQuestionSchema,
    matchingQuestionSchema,
    orderingQuestionSchema,
    numericQuestionSchema,
  ],
  { error: 'question.typeRequired' },
);

export type QuestionInput = z.infer<typeof questionSchema>;
export type QuestionFormValues = z.input<typeof questionSchema>;

// ---------------------------------------------------------------- storage

const storedIndex = z.number().int().nonnegative();
const storedChoices = z.object({ choices: z.array(z.string()) });
const storedMatching = z.object({ left: z.array(z.string()), right: z.array(z.string()) });
const storedAccepted = z.array(z.string()).min(1);
// Options are left out of a stored key when they have their default, so keys written before an option existed
// read the same as new ones.
const storedTypoTolerance = z.boolean().default(false);
const storedClozeKey = z.object({ blanks: z.array(z.object({ accepted: storedAccepted })).min(1), typoTolerance: storedTypoTolerance });
/** Cloze keys written when a cloze had exactly one blank. */
const legacyClozeKey = z.object({ accepted: storedAccepted }).transform(({ accepted }) => ({ blanks: [{ accepted }], typoTolerance: false }));

/** What each type keeps in `payload` (students see it) and in `answerKey` (they do not). */
export const storedShapes = {
  /** correct: index in choices. */
  single: { payload: storedChoices, answerKey: z.object({ correct: storedIndex }) },
  multiple: {
    payload: storedChoices,
    answerKey: z.object({ correct: z.array(storedIndex).min(1), scoring: z.enum(MULTIPLE_SCORING).default('all-or-nothing') }),
  },
  truefalse: { payload: z.object({}), answerKey: z.object({ correct: z.boolean() }) },
  short: { payload: z.object({}), answerKey: z.object({ accepted: storedAccepted, typoTolerance: storedTypoTolerance }) },
  /** One list of accepted answers per blank, in the order of the blanks in the prompt. */
  cloze: { payload: z.object({}), answerKey: z.union([storedClozeKey, legacyClozeKey]) },
  /** pairs[i] = [index in left, index in right]. */
  matching: { payload: storedMatching, answerKey: z.object({ pairs: z.array(z.tuple([storedIndex, storedIndex])) }) },
  /** order[k] = the index in items of the item that belongs in place k. */
  ordering: { payload: z.object({ items: z.array(z.string()) }), answerKey: z.object({ order: z.array(storedIndex).min(1) }) },
  numeric: { payload: z.object({ unit: z.string().optional() }), answerKey: z.object({ value: z.number(), tolerance: z.number().min(0) }) },
} as const;

export type StoredShapes = typeof storedShapes;
export type StoredPayload<T extends QuestionType> = z.output<StoredShapes[T]['payload']>;
export type StoredAnswerKey<T extends QuestionType> = z.output<StoredShapes[T]['answerKey']>;

export interface StoredQuestion {
  type: StoredQuestionType;
  prompt: string;
  payload: Record<string, unknown>;
  answerKey: Record<string, unknown>;
}

const uniqueTexts = (texts: string[]) => texts.filter((text, index) => texts.findIndex((other) => sameText(other, text)) === index);
const byText = (a: string, b: string) => a.localeCompare(b);

/**
 * The order ordering items are stored in: alphabetical, and never the correct order itself, so the stored order
 * does not give the answer away (students see the items shuffled afresh by each attempt's layout).
 */
function shownOrder(items: string[]): string[] {
  const sorted = [...items].sort(byText);
  return sorted.every((text, index) => text === items[index]) ? [...sorted.slice(1), sorted[0]!] : sorted;
}

/** A validated question as rows for the database. */
export function toStoredQuestion(question: QuestionInput): StoredQuestion {
  const type = storedQuestionType(question.type);
  const typo = (on: boolean) => (on ? { typoTolerance: true } : {});
  switch (question.type) {
    case 'single':
      return {
        type,
        prompt: question.prompt,
        payload: { choices: question.choices.map((row) => row.text) },
        answerKey: { correct: question.choices.findIndex((row) => row.correct) },
      };
    case 'multiple':
      return {
        type,
        prompt: question.prompt,
        payload: { choices: question.choices.map((row) => row.text) },
        answerKey: {
          correct: question.choices.flatMap((row, index) => (row.correct ? [index] : [])),
          ...(question.scoring === 'all-or-nothing' ? {} : { scoring: question.scoring }),
        },
      };
    case 'truefalse':
      return { type, prompt: question.prompt, payload: {}, answerKey: { correct: question.answer === 'true' } };
    case 'short':
      return {
        type,
        prompt: question.prompt,
        payload: {},
        answerKey: { accepted: uniqueTexts([question.answer, ...question.accepted.map((row) => row.text)]), ...typo(question.typoTolerance) },
      };
    case 'cloze':
      return {
        type,
        prompt: question.prompt,
        payload: {},
        answerKey: {
          blanks: question.blanks.map((blank) => ({ accepted: uniqueTexts([blank.answer, ...blank.accepted.map((row) => row.text)]) })),
          ...typo(question.typoTolerance),
        },
      };
    case 'matching': {
      // The right-hand side is stored sorted, so its order never gives the pairs away.
      const left = question.pairs.map((pair) => pair.left);
      const right = question.pairs.map((pair) => pair.right).sort(byText);
      return {
        type,
        prompt: question.prompt,
        payload: { left, right },
        answerKey: { pairs: question.pairs.map((pair, index) => [index, right.indexOf(pair.right)]) },
      };
    }
    case 'ordering': {
      const texts = question.items.map((row) => row.text);
      const items = shownOrder(texts);
      return { type, prompt: question.prompt, payload: { items }, answerKey: { order: texts.map((text) => items.indexOf(text)) } };
    }
    case 'numeric':
      return {
        type,
        prompt: question.prompt,
        payload: question.unit ? { unit: question.unit } : {},
        answerKey: { value: question.answer, tolerance: question.tolerance },
      };
  }
}

/** Both halves of a stored question parsed with its type's shapes, or null when either does not fit. */
function storedParts<T extends QuestionType>(type: T, row: { payload: unknown; answerKey: unknown }): { payload: StoredPayload<T>; key: StoredAnswerKey<T> } | null {
  const payload = storedShapes[type].payload.safeParse(row.payload);
  const key = storedShapes[type].answerKey.safeParse(row.answerKey);
  return payload.success && key.success ? { payload: payload.data as StoredPayload<T>, key: key.data as StoredAnswerKey<T> } : null;
}

/** A stored question back as form values, or null when its rows do not have the shape its type needs. */
export function fromStoredQuestion(row: { type: string; prompt: string; payload: unknown; answerKey: unknown }): QuestionInput | null {
  const type = questionTypeOf(row.type);
  if (!type) return null;
  const prompt = row.prompt;
  const answerRows = (accepted: string[]) => ({ answer: accepted[0], accepted: accepted.slice(1).map((text) => ({ text })) });
  let values: unknown = null;
  switch (type) {
    case 'single': {
      const parts = storedParts('single', row);
      if (parts) values = { type, prompt, choices: parts.payload.choices.map((text, index) => ({ text, correct: index === parts.key.correct })) };
      break;
    }
    case 'multiple': {
      const parts = storedParts('multiple', row);
      if (parts) {
        const choices = parts.payload.choices.map((text, index) => ({ text, correct: parts.key.correct.includes(index) }));
        values = { type, prompt, choices, scoring: parts.key.scoring };
      }
      break;
    }
    case 'truefalse': {
      const parts = storedParts('truefalse', row);
      if (parts) values = { type, prompt, answer: parts.key.correct ? 'true' : 'false' };
      break;
    }
    case 'short': {
      const parts = storedParts('short', row);
      if (parts) values = { type, prompt, ...answerRows(parts.key.accepted), typoTolerance: parts.key.typoTolerance };
      break;
    }
    case 'cloze': {
      const parts = storedParts('cloze', row);
      if (parts) values = { type, prompt, blanks: parts.key.blanks.map((blank) => answerRows(blank.accepted)), typoTolerance: parts.key.typoTolerance };
      break;
    }
    case 'matching': {
      const parts = storedParts('matching', row);
      if (parts) values = { type, prompt, pairs: parts.key.pairs.map(([left, right]) => ({ left: parts.payload.left[left], right: parts.payload.right[right] })) };
      break;
    }
    case 'ordering': {
      const parts = storedParts('ordering', row);
      if (parts) values = { type, prompt, items: parts.key.order.map((index) => ({ text: parts.payload.items[index] })) };
      break;
    }
    case 'numeric': {
      const parts = storedParts('numeric', row);
      if (parts) values = { type, prompt, answer: parts.key.value, tolerance: parts.key.tolerance, unit: parts.payload.unit ?? '' };
      break;
    }
  }
  const parsed = questionSchema.safeParse(values);
  return parsed.success ? parsed.data : null;
}

/** What a new question of each type starts as in the "Add question" form. */
export function blankQuestion(type: QuestionType): QuestionFormValues {
  switch (type) {
    case 'single':
      return { type, prompt: '', choices: [{ text: '', correct: true }, { text: '', correct: false }] };
    case 'multiple':
      return { type, prompt: '', choices: [{ text: '', correct: true }, { text: '', correct: false }], scoring: 'all-or-nothing' };
    case 'truefalse':
      return { type, prompt: '', answer: 'true' };
    case 'short':
      return { type, prompt: '', answer: '', accepted: [], typoTolerance: false };
    case 'cloze':
      return { type, prompt: CLOZE_BLANK, blanks: [{ answer: '', accepted: [] }], typoTolerance: false };
    case 'matching':
      return { type, prompt: '', pairs: [{ left: '', right: '' }, { left: '', right: '' }] };
    case 'ordering':
      return { type, prompt: '', items: [{ text: '' }, { text: '' }, { text: '' }] };
    case 'numeric':
      return { type, prompt: '', answer: '', tolerance: '0', unit: '' };
  }
}
