import './zod-config.ts';
import { z } from 'zod';
import { hasLookAlikeCharacters, isWellFormedJoinCode, normalizeJoinCode } from '../classes/join-code.ts';
import { idField } from './fields.ts';
import { localeField } from './locale.ts';

export const className = z.string({ error: 'className.required' }).trim().min(1, 'className.required').max(80, 'className.tooLong');

export const createClassSchema = z.object({ name: className });
export type CreateClassInput = z.infer<typeof createClassSchema>;

export const renameClassSchema = z.object({ classId: idField, name: className });
export type RenameClassInput = z.infer<typeof renameClassSchema>;

export const classIdSchema = z.object({ classId: idField });
export type ClassIdInput = z.infer<typeof classIdSchema>;

export const removeStudentSchema = z.object({ classId: idField, studentId: idField });
export type RemoveStudentInput = z.infer<typeof removeStudentSchema>;

// A class's FSRS settings. The teacher sets retention as a whole percentage; it is stored as a fraction. Error
// codes here are keys under "Scheduling.errors" in the message files.
export const DESIRED_RETENTION_PERCENT = { min: 70, max: 97, default: 90 } as const;
export const NEW_CARDS_PER_DAY = { min: 0, max: 200, default: 20 } as const;

const wholeNumberBetween = (range: { min: number; max: number }, code: string) =>
  z.number({ error: code }).int(code).min(range.min, code).max(range.max, code);

export const classStudySettingsSchema = z.object({
  classId: idField,
  desiredRetentionPercent: wholeNumberBetween(DESIRED_RETENTION_PERCENT, 'retentionRange'),
  newCardsPerDay: wholeNumberBetween(NEW_CARDS_PER_DAY, 'newCardsRange'),
});
export type ClassStudySettingsInput = z.infer<typeof classStudySettingsSchema>;

// Whether graded quiz answers count as reviews; its error code is a key under "Gradebook.errors".
export const classQuizMemorySchema = z.object({ classId: idField, quizFeedsMemory: z.boolean({ error: 'quizFeedsMemoryInvalid' }) });
export type ClassQuizMemoryInput = z.infer<typeof classQuizMemorySchema>;

// The language for the class's students who have not chosen one. "None" is the form's empty option, or null: the
// form's resolver hands the action what this schema made of the fields, which is parsed again on the server.
export const classDefaultLocaleSchema = z.object({
  classId: idField,
  defaultLocale: z.union([z.literal(''), z.null(), localeField], { error: 'locale.invalid' }).transform((value) => (value === '' ? null : value)),
});
export type ClassDefaultLocaleInput = z.input<typeof classDefaultLocaleSchema>;

export const joinClassSchema = z.object({
  code: z
    .string({ error: 'joinCode.required' })
    .transform(normalizeJoinCode)
    .pipe(
      z
        .string()
        .min(1, 'joinCode.required')
        // A 0, O, 1, I or L is never in a code: say so, as "check the code" alone sends them to read it the same way.
        .refine((code) => !hasLookAlikeCharacters(code), { message: 'joinCode.lookAlike', abort: true })
        .refine(isWellFormedJoinCode, 'joinCode.malformed'),
    ),
});
export type JoinClassInput = z.input<typeof joinClassSchema>;
