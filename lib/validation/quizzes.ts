// Quizzes as the teacher builds them (title, questions with points and feedback, order, picks from a deck's
// bank) and assigns them to a class. Each schema is the form's, the server action's and the type. Error
// messages are keys under "Errors".
import './zod-config.ts';
import { z } from 'zod';
import { isLocalDateTime } from '../i18n/zoned-time.ts';
import { isPlausibleDay } from './date-bounds.ts';
import { decimalInput } from './decimal.ts';
import { idField } from './fields.ts';
import { CHOICES_MAX, questionSchema, type QuestionInput } from './questions.ts';

export const QUIZ_TITLE_MAX = 200;
export const QUIZ_DESCRIPTION_MAX = 2000;
export const FEEDBACK_MAX = 1000;
export const POINTS = { min: 0, max: 1000, default: 1 } as const;
export const ATTEMPTS = { min: 1, max: 10 } as const;
/** A whole school day; longer limits are a mistake in the unit (hours typed as minutes). */
export const TIME_LIMIT_MINUTES = { min: 1, max: 600 } as const;
export const BANK_PICK_MAX = 50;

const quizTitle = z.string({ error: 'quiz.titleRequired' }).trim().min(1, 'quiz.titleRequired').max(QUIZ_TITLE_MAX, 'quiz.titleTooLong');
const quizDescription = z.string({ error: 'quiz.descriptionTooLong' }).trim().max(QUIZ_DESCRIPTION_MAX, 'quiz.descriptionTooLong').default('');

export const quizDetailsSchema = z.object({ title: quizTitle, description: quizDescription });
export type QuizDetailsInput = z.infer<typeof quizDetailsSchema>;
export type QuizDetailsFormValues = z.input<typeof quizDetailsSchema>;

export const updateQuizDetailsSchema = quizDetailsSchema.extend({ quizId: idField });
export const quizIdSchema = z.object({ quizId: idField });

// ---------------------------------------------------------------- questions with points and feedback

/** Points as typed ("1,5" allowed), to the cent, as the Decimal(6,2) column keeps them. */
export const pointsField = z.preprocess(
  decimalInput,
  z
    .number({ error: (issue) => (issue.input === undefined ? 'quizQuestion.pointsRequired' : 'quizQuestion.pointsInvalid') })
    .min(POINTS.min, 'quizQuestion.pointsInvalid')
    .max(POINTS.max, 'quizQuestion.pointsTooMany')
    .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, 'quizQuestion.pointsCents'),
);

const feedbackText = z.string({ error: 'quizQuestion.feedbackTooLong' }).trim().max(FEEDBACK_MAX, 'quizQuestion.feedbackTooLong');

/**
 * Shown to students with their result: one text for the question, and for choice questions one per choice
 * (in the order of the choices; empty means none).
 */
export const feedbackSchema = z.object({
  general: feedbackText.default(''),
  choices: z.array(z.object({ text: feedbackText }), { error: 'quizQuestion.feedbackInvalid' }).max(CHOICES_MAX, 'quizQuestion.feedbackInvalid').default([]),
});
export type QuestionFeedback = z.output<typeof feedbackSchema>;

const choiceCount = (question: QuestionInput) => (question.type === 'single' || question.type === 'multiple' ? question.choices.length : 0);

const scoredQuestionFields = { question: questionSchema, points: pointsField, feedback: feedbackSchema.default({ general: '', choices: [] }) };

/** Feedback per choice only where there are choices, and never for a choice that is not there. */
function feedbackFitsChoices(values: { question: QuestionInput; feedback: QuestionFeedback }) {
  return values.feedback.choices.length <= choiceCount(values.question);
}
const feedbackFit = { message: 'quizQuestion.feedbackInvalid', path: ['feedback', 'choices'] };

/** The quiz editor's question form: the question (lib/validation/questions.ts), its points and its feedback. */
export const quizQuestionFormSchema = z.object(scoredQuestionFields).refine(feedbackFitsChoices, feedbackFit);
/** The form's values: points as typed. */
export type QuizQuestionFormShape = Omit<z.input<typeof quizQuestionFormSchema>, 'points'> & { points?: string | number };
export type ScoredQuestionInput = z.output<typeof quizQuestionFormSchema>;

export const addQuizQuestionSchema = z.object({ quizId: idField, ...scoredQuestionFields }).refine(feedbackFitsChoices, feedbackFit);
export type AddQuizQuestionInput = z.output<typeof addQuizQuestionSchema>;

export const updateQuizQuestionSchema = z.object({ questionId: idField, ...scoredQuestionFields }).refine(feedbackFitsChoices, feedbackFit);
export type UpdateQuizQuestionInput = z.output<typeof updateQuizQuestionSchema>;

export const quizQuestionIdSchema = z.object({ questionId: idField });

export const moveQuizQuestionSchema = z.object({ questionId: idField, direction: z.enum(['up', 'down'], { error: 'quizQuestion.directionInvalid' }) });
export type MoveQuizQuestionInput = z.infer<typeof moveQuizQuestionSchema>;

/** The questions ticked in the editor: at most a whole quiz's worth, each once. */
export const CHOSEN_QUESTIONS_MAX = 500;
const chosenQuestionIds = z
  .array(idField, { error: 'quizQuestion.noneChosen' })
  .min(1, 'quizQuestion.noneChosen')
  .max(CHOSEN_QUESTIONS_MAX, 'quizQuestion.noneChosen')
  .refine((ids) => new Set(ids).size === ids.length, 'quizQuestion.noneChosen');

export const moveQuizQuestionsSchema = z.object({
  quizId: idField,
  questionIds: chosenQuestionIds,
  direction: z.enum(['up', 'down', 'top', 'bottom'], { error: 'quizQuestion.directionInvalid' }),
});
export const removeQuizQuestionsSchema = z.object({ quizId: idField, questionIds: chosenQuestionIds });

/** Small typos accepted, or not, in every typed answer of a quiz. */
export const quizTypoToleranceSchema = z.object({ quizId: idField, typoTolerance: z.boolean({ error: 'question.typoToleranceInvalid' }) });

export const copyFromBankSchema = z.object({
  quizId: idField,
  questionIds: z
    .array(idField, { error: 'bank.noneChosen' })
    .min(1, 'bank.noneChosen')
    .max(BANK_PICK_MAX, 'bank.tooMany')
    .refine((ids) => new Set(ids).size === ids.length, 'bank.noneChosen'),
});
export type CopyFromBankInput = z.infer<typeof copyFromBankSchema>;

/** Feedback as stored in Question.feedback: null when there is none, so "no feedback" is one value. */
export function toStoredFeedback(feedback: QuestionFeedback): { general?: string; choices?: string[] } | null {
  const choices = feedback.choices.map((row) => row.text);
  const stored = { ...(feedback.general ? { general: feedback.general } : {}), ...(choices.some(Boolean) ? { choices } : {}) };
  return Object.keys(stored).length > 0 ? stored : null;
}

const storedFeedbackSchema = z.object({ general: z.string().optional(), choices: z.array(z.string()).optional() });
export type StoredFeedback = z.infer<typeof storedFeedbackSchema>;

/** Question.feedback as stored; nothing when it is empty or not that shape (it is only ever read, never trusted). */
export function parseStoredFeedback(stored: unknown): StoredFeedback {
  const parsed = storedFeedbackSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

/** Stored feedback as form values, with one row per choice of the question. */
export function fromStoredFeedback(stored: unknown, question: QuestionInput): QuestionFeedback {
  const value = parseStoredFeedback(stored);
  return {
    general: value.general ?? '',
    choices: Array.from({ length: choiceCount(question) }, (_, index) => ({ text: value.choices?.[index] ?? '' })),
  };
}

// ---------------------------------------------------------------- assigning

export const ATTEMPT_SCORING = ['HIGHEST', 'LAST', 'AVERAGE'] as const;
export const RESULTS_VISIBILITY = ['IMMEDIATELY', 'AFTER_DUE', 'NEVER'] as const;
/** The attempts select: a number from 1 to 10, or unlimited. */
export const ATTEMPT_OPTIONS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'unlimited'] as const;

const localDateTime = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .refine(isLocalDateTime, 'assignment.dateTimeInvalid')
    .refine((text) => !isLocalDateTime(text) || isPlausibleDay(text), 'assignment.dateOutOfRange');

const wholeMinutes = z
  .number({ error: 'assignment.timeLimitInvalid' })
  .int('assignment.timeLimitInvalid')
  .min(TIME_LIMIT_MINUTES.min, 'assignment.timeLimitInvalid')
  .max(TIME_LIMIT_MINUTES.max, 'assignment.timeLimitInvalid');

/** The settings as the form has them: times are wall-clock times in the class's zone ("2026-12-01T09:00"). */
const assignmentSettingsFields = {
  opensAt: localDateTime('assignment.opensRequired'),
  dueAt: localDateTime('assignment.dueRequired'),
  /** Empty means no limit. */
  timeLimitMinutes: z.preprocess(
    (value) => (value === '' || value === null || value === undefined ? null : typeof value === 'string' ? Number(value.trim()) : value),
    wholeMinutes.nullable(),
  ),
  /** null = unlimited. */
  maxAttempts: z.preprocess(
    (value) => (value === 'unlimited' || value === null ? null : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
    z
      .number({ error: 'assignment.attemptsInvalid' })
      .int('assignment.attemptsInvalid')
      .min(ATTEMPTS.min, 'assignment.attemptsInvalid')
      .max(ATTEMPTS.max, 'assignment.attemptsInvalid')
      .nullable(),
  ),
  scoring: z.enum(ATTEMPT_SCORING, { error: 'assignment.scoringInvalid' }),
  shuffleQuestions: z.boolean({ error: 'assignment.flagInvalid' }),
  shuffleChoices: z.boolean({ error: 'assignment.flagInvalid' }),
  resultsVisibility: z.enum(RESULTS_VISIBILITY, { error: 'assignment.resultsInvalid' }),
  allowLate: z.boolean({ error: 'assignment.flagInvalid' }),
};

// Wall-clock strings of one zone sort as the times do (but for the repeated hour when clocks go back, which
// the server's check on the converted instants catches). A malformed time has its own message already.
const dueAfterOpens = ({ opensAt, dueAt }: { opensAt: string; dueAt: string }) => !isLocalDateTime(opensAt) || !isLocalDateTime(dueAt) || dueAt > opensAt;
const dueAfterOpensIssue = { message: 'assignment.dueBeforeOpens', path: ['dueAt'] };

export const assignmentSettingsSchema = z.object(assignmentSettingsFields).refine(dueAfterOpens, dueAfterOpensIssue);
export type AssignmentSettings = z.output<typeof assignmentSettingsSchema>;
export type AssignmentSettingsFormValues = z.input<typeof assignmentSettingsSchema>;

/** The form's first values: open on the given day ("2026-12-02") at 09:00 for 45 minutes, one attempt, results right away. */
export function defaultAssignmentSettings(day: string): AssignmentSettingsFormValues {
  return {
    opensAt: `${day}T09:00`,
    dueAt: `${day}T09:45`,
    timeLimitMinutes: '',
    maxAttempts: '1',
    scoring: 'HIGHEST',
    shuffleQuestions: false,
    shuffleChoices: false,
    resultsVisibility: 'IMMEDIATELY',
    allowLate: false,
  };
}

/** The "Assign to a class" form. */
export const assignQuizSchema = z
  .object({ quizId: idField, classId: z.uuid({ error: 'assignment.classRequired' }), ...assignmentSettingsFields })
  .refine(dueAfterOpens, dueAfterOpensIssue);
export type AssignQuizFormValues = z.input<typeof assignQuizSchema>;

/** Changing an assignment's settings (only due time and late submissions once a student has started). */
export const updateAssignmentSchema = z.object({ assignmentId: idField, ...assignmentSettingsFields }).refine(dueAfterOpens, dueAfterOpensIssue);
export type UpdateAssignmentFormValues = z.input<typeof updateAssignmentSchema>;

/** The settings part of a parsed assign or update input. */
export function settingsOf(input: AssignmentSettings): AssignmentSettings {
  const { opensAt, dueAt, timeLimitMinutes, maxAttempts, scoring, shuffleQuestions, shuffleChoices, resultsVisibility, allowLate } = input;
  return { opensAt, dueAt, timeLimitMinutes, maxAttempts, scoring, shuffleQuestions, shuffleChoices, resultsVisibility, allowLate };
}

/** "Check" in the preview: the response is checked against the question itself on the server. */
export const previewCheckSchema = z.object({ questionId: idField, response: z.unknown() });
