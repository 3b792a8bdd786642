'use client';

// "Assign a review of these": the concepts a class is about to forget, each ticked, and the day the review is due.
// The teacher's dashboard lists the concepts predicted for a date; the class page lists today's weakest. Each label
// names the day its recall is for and how many students it averages, so the two lists read the same way.
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { assignConceptReviewAction } from '@/app/(app)/classes/[classId]/reviews/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { ownErrorsOf, useActionForm } from '@/components/forms/useActionForm';
import formStyles from '@/components/forms/forms.module.css';
import { dateOfCalendarDay, FORMAT_AS_CALENDAR_DAY } from '@/components/study/calendar-date';
import { Button } from '@/components/ui/Button';
import { recallPercent } from '@/lib/stats/mastery';
import { assignConceptReviewSchema } from '@/lib/validation/review-assignments';
import styles from './reviews.module.css';

export interface AssignReviewFormProps {
  classId: string;
  /**
   * The concepts offered, each with the class's predicted recall on `recallOn` as a fraction (0.42 reads "42 %"),
   * over the `studied` students who have studied it; null when nobody has.
   */
  concepts: { id: string; term: string; recall: number | null; studied: number }[];
  /** The day the recall is predicted for, YYYY-MM-DD in the class's time zone: the label names it. */
  recallOn: string;
  /** The due day first shown, YYYY-MM-DD in the class's time zone. */
  defaultDueOn: string;
}

export function AssignReviewForm({ classId, concepts, recallOn, defaultDueOn }: AssignReviewFormProps) {
  const t = useTranslations('ConceptReview');
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const [assignedDue, setAssignedDue] = useState<string | null>(null);
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: assignConceptReviewSchema,
    defaultValues: { classId, conceptIds: concepts.map((concept) => concept.id), dueOn: defaultDueOn },
    action: async (values) => {
      const result = await assignConceptReviewAction(values);
      // The server's refusals (a concept no longer in the class, a day already past) land on their field: go there.
      const field = result.ok ? undefined : (['conceptIds', 'dueOn'] as const).find((name) => result.fieldErrors[name]);
      if (field) setTimeout(() => form.setFocus(field));
      return result;
    },
    // This form's own error codes are keys under ConceptReview.errors; the shared ones (session ended, not found)
    // are under Errors.
    ownErrors: ownErrorsOf(t),
    onSuccess: (_, values) => {
      setAssignedDue(values.dueOn.trim());
      router.refresh();
    },
  });
  if (concepts.length === 0) return <p className={formStyles.hint}>{t('noConcepts')}</p>;
  const recallDate = format.dateTime(dateOfCalendarDay(recallOn), { ...FORMAT_AS_CALENDAR_DAY, day: 'numeric', month: 'short' });
  const conceptsError = fieldError('conceptIds');
  const conceptsErrorId = `${id}-concepts-error`;
  return (
    <form className={formStyles.form} onSubmit={onSubmit} onChange={() => setAssignedDue(null)} noValidate aria-label={t('sectionTitle')}>
      <FormAlert message={formError} />
      <input type="hidden" {...form.register('classId')} />
      <fieldset className={formStyles.fieldset} aria-describedby={conceptsError ? conceptsErrorId : undefined}>
        <legend>{t('conceptsLegend')}</legend>
        <ul className={styles.concepts}>
          {concepts.map((concept) => (
            <li key={concept.id}>
              <label className={styles.concept}>
                <input type="checkbox" value={concept.id} {...form.register('conceptIds')} />
                <span>
                  {concept.recall === null
                    ? t('conceptNotStudied', { term: concept.term })
                    : t('conceptLabel', { term: concept.term, recall: recallPercent(concept.recall) / 100, date: recallDate, studied: concept.studied })}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {conceptsError && (
          <p id={conceptsErrorId} className={formStyles.error} role="alert">
            {conceptsError}
          </p>
        )}
      </fieldset>
      <TextField label={t('dueLabel')} hint={t('dueHint')} type="date" error={fieldError('dueOn')} {...form.register('dueOn')} />
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('submitting') : t('submit')}
        </Button>
      </div>
      <p role="status" className={formStyles.hint}>
        {assignedDue ? t('assigned', { date: format.dateTime(dateOfCalendarDay(assignedDue), { ...FORMAT_AS_CALENDAR_DAY, dateStyle: 'long' }) }) : ''}
      </p>
    </form>
  );
}
