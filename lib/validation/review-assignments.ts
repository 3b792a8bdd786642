// "Assign a review of these": the concepts a class reviews and the day the review is due. One schema for the form,
// the server action and lib/data/review-assignments.ts. Its own error codes are keys under "ConceptReview.errors";
// the class id's is a shared one under "Errors".
import './zod-config.ts';
import { z } from 'zod';
import { isLocalDateTime } from '../i18n/zoned-time.ts';
import { isPlausibleDay } from './date-bounds.ts';
import { idField } from './fields.ts';

/** More concepts than a class reviews in one go is a mistake (a whole course ticked). */
export const REVIEW_CONCEPTS_MAX = 30;

/** A calendar date as <input type="date"> gives it, and a real one: "2026-12-09", not "2026-02-30". */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isLocalDateTime(`${text}T00:00`);
}

const isId = (value: string) => idField.safeParse(value).success;

export const assignConceptReviewSchema = z.object({
  classId: idField,
  // Checked as a whole, so that every problem with the ticks shows on the one group of checkboxes.
  conceptIds: z
    .array(z.string({ error: 'conceptsInvalid' }), { error: 'conceptsNone' })
    .min(1, 'conceptsNone')
    .max(REVIEW_CONCEPTS_MAX, 'conceptsTooMany')
    .refine((ids) => ids.every(isId), 'conceptsInvalid')
    .transform((ids) => [...new Set(ids)]),
  /** The last day of the review, in the class's time zone; from today to two years ahead (checked against the class's clock). */
  dueOn: z
    .string({ error: 'dueOnRequired' })
    .trim()
    .min(1, 'dueOnRequired')
    .refine(isCalendarDate, 'dueOnInvalid')
    .refine((day) => !isCalendarDate(day) || isPlausibleDay(day), 'dueOnTooFar'),
});
export type AssignConceptReviewInput = z.output<typeof assignConceptReviewSchema>;
export type AssignConceptReviewFormValues = z.input<typeof assignConceptReviewSchema>;
