// Quiz questions, one zod schema per type. The same schema is the teacher's edit form (react-hook-form), the
// server action's check and the TypeScript type. In the database a question is split in two: `payload`, what a
// student may see (choices, the right-hand side of a matching question), and `answerKey`, what they may not
// (correct choices, accepted answers, pairs). toStoredQuestion and fromStoredQuestion convert between the two.
import { z } from 'zod';

/** The blank in a cloze prompt or card, as the generator writes it. */
export const CLOZE_BLANK = '_____';

export const PROMPT_MAX = 2000;
export const CHOICE_MAX = 300;
export const CHOICES_MIN = 2;
export const CHOICES_MAX = 8;
export const PAIRS_MIN = 2;
export const PAIRS_MAX = 10;
export const ACCEPTED_MAX = 10;

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'short', 'cloze', 'matching'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The database's QuestionType enum, for the types this module knows. */
export type StoredQuestionType = 'SINGLE' | 'MULTIPLE' | 'TRUE_FALSE' | 'SHORT' | 'CLOZE' | 'MATCHING';

const STORED_TYPE: Record<QuestionType, StoredQuestionType> = {
  single: 'SINGLE',
  multiple: 'MULTIPLE',
  truefalse: 'TRUE_FALSE',
  short: 'SHORT',
  cloze: 'CLOZE',
  matching: 'MATCHING',
};

export function storedQuestionType(type: QuestionType): StoredQuestionType {
  return STORED_TYPE[type];
}

export function questionTypeOf(stored: string): QuestionType | null {
  const entry = Object.entries(STORED_TYPE).find(([, value]) => value === stored);
  return entry ? (entry[0] as QuestionType) : null;
}

const prompt = z.string({ error: 'question.promptRequired' }).trim().min(1, 'question.promptRequired').max(PROMPT_MAX, 'question.promptTooLong');
const choiceText = z.string({ error: 'question.choiceRequired' }).trim().min(1, 'question.choiceRequired').max(CHOICE_MAX, 'question.choiceTooLong');
const answerText = z.string({ error: 'question.answerRequired' }).trim().min(1, 'question.answerRequired').max(CHOICE_MAX, 'question.answerTooLong');

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

export const singleQuestionSchema = z.object({
  type: z.literal('single'),
  prompt,
  choices: choiceRows.refine((rows) => rows.filter((row) => row.correct).length === 1, 'question.singleNeedsOne'),
});

export const multipleQuestionSchema = z.object({
  type: z.literal('multiple'),
  prompt,
  choices: choiceRows.refine((rows) => rows.some((row) => row.correct), 'question.multipleNeedsOne'),
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
});

export const clozeQuestionSchema = z.object({
  type: z.literal('cloze'),
  prompt: prompt.refine((text) => text.split(CLOZE_BLANK).length === 2, 'question.clozeNeedsBlank'),
  answer: answerText,
  accepted: acceptedRows,
});

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

export const questionSchema = z.discriminatedUnion(
  'type',
  [singleQuestionSchema, multipleQuestionSchema, trueFalseQuestionSchema, shortQuestionSchema, clozeQuestionSchema, matchingQuestionSchema],
  { error: 'question.typeRequired' },
);

export type QuestionInput = z.infer<typeof questionSchema>;
export type QuestionFormValues = z.input<typeof questionSchema>;

// ---------------------------------------------------------------- storage

const storedChoices = z.object({ choices: z.array(z.string()) });
const storedMatching = z.object({ left: z.array(z.string()), right: z.array(z.string()) });
const storedAccepted = z.object({ accepted: z.array(z.string()).min(1) });

/** What each type keeps in `payload` (students see it) and in `answerKey` (they do not). */
export const storedShapes = {
  single: { payload: storedChoices, answerKey: z.object({ correct: z.number().int().nonnegative() }) },
  multiple: { payload: storedChoices, answerKey: z.object({ correct: z.array(z.number().int().nonnegative()).min(1) }) },
  truefalse: { payload: z.object({}), answerKey: z.object({ correct: z.boolean() }) },
  short: { payload: z.object({}), answerKey: storedAccepted },
  cloze: { payload: z.object({}), answerKey: storedAccepted },
  /** pairs[i] = [index in left, index in right]. */
  matching: { payload: storedMatching, answerKey: z.object({ pairs: z.array(z.tuple([z.number().int(), z.number().int()])) }) },
} as const;

export interface StoredQuestion {
  type: StoredQuestionType;
  prompt: string;
  payload: Record<string, unknown>;
  answerKey: Record<string, unknown>;
}

const uniqueTexts = (texts: string[]) => texts.filter((text, index) => texts.findIndex((other) => sameText(other, text)) === index);

/** A validated question as rows for the database. */
export function toStoredQuestion(question: QuestionInput): StoredQuestion {
  const type = storedQuestionType(question.type);
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
        answerKey: { correct: question.choices.flatMap((row, index) => (row.correct ? [index] : [])) },
      };
    case 'truefalse':
      return { type, prompt: question.prompt, payload: {}, answerKey: { correct: question.answer === 'true' } };
    case 'short':
    case 'cloze':
      return {
        type,
        prompt: question.prompt,
        payload: {},
        answerKey: { accepted: uniqueTexts([question.answer, ...question.accepted.map((row) => row.text)]) },
      };
    case 'matching': {
      // The right-hand side is stored sorted, so its order never gives the pairs away.
      const left = question.pairs.map((pair) => pair.left);
      const right = question.pairs.map((pair) => pair.right).sort((a, b) => a.localeCompare(b));
      return {
        type,
        prompt: question.prompt,
        payload: { left, right },
        answerKey: { pairs: question.pairs.map((pair, index) => [index, right.indexOf(pair.right)]) },
      };
    }
  }
}

/** A stored question back as form values, or null when its rows do not have the shape its type needs. */
export function fromStoredQuestion(row: { type: string; prompt: string; payload: unknown; answerKey: unknown }): QuestionInput | null {
  const type = questionTypeOf(row.type);
  if (!type) return null;
  const payload = storedShapes[type].payload.safeParse(row.payload);
  const key = storedShapes[type].answerKey.safeParse(row.answerKey);
  if (!payload.success || !key.success) return null;
  const p = payload.data as Record<string, string[]>;
  const k = key.data as Record<string, unknown>;
  let values: unknown;
  switch (type) {
    case 'single':
      values = { type, prompt: row.prompt, choices: p.choices!.map((text, index) => ({ text, correct: index === k.correct })) };
      break;
    case 'multiple':
      values = { type, prompt: row.prompt, choices: p.choices!.map((text, index) => ({ text, correct: (k.correct as number[]).includes(index) })) };
      break;
    case 'truefalse':
      values = { type, prompt: row.prompt, answer: k.correct ? 'true' : 'false' };
      break;
    case 'short':
    case 'cloze': {
      const [answer, ...others] = k.accepted as string[];
      values = { type, prompt: row.prompt, answer, accepted: others.map((text) => ({ text })) };
      break;
    }
    case 'matching':
      values = {
        type,
        prompt: row.prompt,
        pairs: (k.pairs as [number, number][]).map(([left, right]) => ({ left: p.left![left], right: p.right![right] })),
      };
      break;
  }
  const parsed = questionSchema.safeParse(values);
  return parsed.success ? parsed.data : null;
}

/** What a new question of each type starts as in the "Add question" form. */
export function blankQuestion(type: QuestionType): QuestionFormValues {
  switch (type) {
    case 'single':
    case 'multiple':
      return { type, prompt: '', choices: [{ text: '', correct: true }, { text: '', correct: false }] };
    case 'truefalse':
      return { type, prompt: '', answer: 'true' };
    case 'short':
      return { type, prompt: '', answer: '', accepted: [] };
    case 'cloze':
      return { type, prompt: CLOZE_BLANK, answer: '', accepted: [] };
    case 'matching':
      return { type, prompt: '', pairs: [{ left: '', right: '' }, { left: '', right: '' }] };
  }
}
