'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { get, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { FormAlert } from '@/components/forms/FormAlert';
import { SelectField } from '@/components/forms/SelectField';
import { TextAreaField } from '@/components/forms/TextAreaField';
import { TextField } from '@/components/forms/TextField';
import { useActionForm } from '@/components/forms/useActionForm';
import { useErrorText } from '@/components/forms/useErrorText';
import formStyles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { questionFormSchema } from '@/lib/validation/decks';
import { quizQuestionFormSchema, type QuizQuestionFormShape } from '@/lib/validation/quizzes';
import {
  ACCEPTED_MAX,
  BLANKS_MAX,
  CHOICES_MAX,
  CHOICES_MIN,
  ITEMS_MAX,
  ITEMS_MIN,
  MULTIPLE_SCORING,
  PAIRS_MAX,
  PAIRS_MIN,
  type QuestionFormValues,
} from '@/lib/validation/questions';
import type { ActionResult } from '@/lib/validation/result';
import type { z } from 'zod';
import styles from './authoring.module.css';

// The quiz editor's form has the review screen's fields plus points and feedback, so one type serves both.
type Form = UseFormReturn<QuizQuestionFormShape>;

/** Points and feedback, as the quiz editor edits them; the review screen's questions have neither. */
export interface ScoringValues {
  points: string;
  feedback: { general: string; choices: { text: string }[] };
}

interface QuestionFormProps {
  initial: QuestionFormValues;
  label: string;
  submitLabel: string;
  save: (question: QuestionFormValues, scoring?: ScoringValues) => Promise<ActionResult<unknown>>;
  onSaved: () => void;
  onCancel: () => void;
  /** Present in the quiz editor: the form then asks for points and feedback too. */
  scoring?: ScoringValues;
}

/** One form for every question type: the prompt, then what the type needs (choices, answers, pairs, items, a number). */
export function QuestionForm({ initial, label, submitLabel, save, onSaved, onCancel, scoring }: QuestionFormProps) {
  const t = useTranslations('Review');
  // Both schemas read the same shape; the review screen's one ignores points and feedback, which it never has.
  const schema = (scoring ? quizQuestionFormSchema : questionFormSchema) as unknown as z.ZodType<unknown, QuizQuestionFormShape>;
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema,
    defaultValues: { question: initial, ...scoring },
    action: (values) => save(values.question, scoring && { points: String(values.points ?? ''), feedback: values.feedback as ScoringValues['feedback'] }),
    onSuccess: onSaved,
  });
  const type = initial.type;
  const promptLabel = type === 'cloze' ? t('clozePromptLabel') : type === 'truefalse' ? t('statementLabel') : t('promptLabel');
  const submitting = form.formState.isSubmitting;
  return (
    <form className={styles.itemForm} onSubmit={onSubmit} noValidate aria-label={label}>
      <FormAlert message={formError} />
      <TextAreaField label={promptLabel} rows={3} error={fieldError('question.prompt')} autoFocus {...form.register('question.prompt')} />
      {(type === 'single' || type === 'multiple') && <ChoiceFields form={form} multiple={type === 'multiple'} withFeedback={Boolean(scoring)} />}
      {type === 'multiple' && <ScoringField form={form} />}
      {type === 'truefalse' && <TrueFalseFields form={form} />}
      {type === 'short' && <AnswerFields form={form} name="question" />}
      {type === 'cloze' && <BlankFields form={form} />}
      {(type === 'short' || type === 'cloze') && <TypoToleranceField form={form} />}
      {type === 'matching' && <PairFields form={form} />}
      {type === 'ordering' && <ItemFields form={form} />}
      {type === 'numeric' && <NumericFields form={form} />}
      {scoring && <ScoringFields form={form} />}
      <div className={styles.actions}>
        <Button type="submit" disabled={submitting}>
          {submitting ? t('saving') : submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={submitting}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The error of a field or of a whole list (react-hook-form keeps a list's own error under `root`). */
function useFieldError(form: Form) {
  const errorText = useErrorText();
  return (name: string): string | undefined => {
    const error = get(form.formState.errors, name) as { message?: string; root?: { message?: string } } | undefined;
    return errorText(error?.message ?? error?.root?.message);
  };
}

function ChoiceFields({ form, multiple, withFeedback }: { form: Form; multiple: boolean; withFeedback: boolean }) {
  const t = useTranslations('Review');
  const tq = useTranslations('QuizEditor');
  const errorOf = useFieldError(form);
  const group = useId();
  const choiceRows = useFieldArray({ control: form.control, name: 'question.choices' });
  // Feedback per choice lives in its own list, kept row for row with the choices.
  const feedbackRows = useFieldArray({ control: form.control, name: 'feedback.choices' });
  const fields = choiceRows.fields;
  const append = (row: { text: string; correct: boolean }) => {
    choiceRows.append(row);
    if (withFeedback) feedbackRows.append({ text: '' });
  };
  const remove = (index: number) => {
    choiceRows.remove(index);
    if (withFeedback) feedbackRows.remove(index);
  };
  const listError = errorOf('question.choices');
  const choices = useWatch({ control: form.control, name: 'question.choices' }) as { correct?: boolean }[] | undefined;
  const markOnly = (index: number) =>
    fields.forEach((_, other) => form.setValue(`question.choices.${other}.correct`, (other === index), { shouldDirty: true }));
  return (
    <fieldset className={formStyles.fieldset} aria-describedby={listError ? `${group}-error` : undefined}>
      <legend>{t('choicesLegend')}</legend>
      {fields.map((field, index) => {
        const number = index + 1;
        const correctName = `question.choices.${index}.correct` as const;
        return (
          <div key={field.id} className={styles.choiceRow}>
            <label className={styles.correctToggle}>
              {multiple ? (
                <input type="checkbox" {...form.register(correctName)} />
              ) : (
                <input
                  type="radio"
                  name={`${group}-correct`}
                  checked={Boolean(choices?.[index]?.correct)}
                  onChange={() => markOnly(index)}
                />
              )}
              <span className="visually-hidden">{t('correctLabel', { number })}</span>
              <span aria-hidden="true">✓</span>
            </label>
            <TextField label={t('choiceLabel', { number })} error={errorOf(`question.choices.${index}.text`)} {...form.register(`question.choices.${index}.text`)} />
            <Button variant="secondary" className={styles.small} onClick={() => remove(index)} disabled={fields.length <= CHOICES_MIN} aria-label={t('removeChoice', { number })}>
              ×
            </Button>
            {withFeedback && (
              <div className={styles.choiceFeedback}>
                <TextField
                  label={tq('choiceFeedbackLabel', { number })}
                  error={errorOf(`feedback.choices.${index}.text`)}
                  {...form.register(`feedback.choices.${index}.text`)}
                />
              </div>
            )}
          </div>
        );
      })}
      {listError && (
        <p id={`${group}-error`} className={formStyles.error} role="alert">
          {listError}
        </p>
      )}
      <div>
        <Button variant="secondary" className={styles.small} onClick={() => append({ text: '', correct: false })} disabled={fields.length >= CHOICES_MAX}>
          {t('addChoice')}
        </Button>
      </div>
    </fieldset>
  );
}

function TrueFalseFields({ form }: { form: Form }) {
  const t = useTranslations('Review');
  const errorOf = useFieldError(form);
  return (
    <fieldset className={formStyles.fieldset}>
      <legend>{t('trueFalseLegend')}</legend>
      <div className={formStyles.choices}>
        <label className={formStyles.choice}>
          <input type="radio" value="true" {...form.register('question.answer')} />
          {t('trueLabel')}
        </label>
        <label className={formStyles.choice}>
          <input type="radio" value="false" {...form.register('question.answer')} />
          {t('falseLabel')}
        </label>
      </div>
      {errorOf('question.answer') && (
        <p className={formStyles.error} role="alert">
          {errorOf('question.answer')}
        </p>
      )}
    </fieldset>
  );
}

/** The answer and other accepted answers of a short-answer question (name "question") or of one blank. */
function AnswerFields({ form, name }: { form: Form; name: 'question' | `question.blanks.${number}` }) {
  const t = useTranslations('Review');
  const errorOf = useFieldError(form);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `${name}.accepted` as 'question.accepted' });
  return (
    <>
      <TextField label={t('answerLabel')} error={errorOf(`${name}.answer`)} {...form.register(`${name}.answer`)} />
      <fieldset className={formStyles.fieldset}>
        <legend>{t('acceptedLegend')}</legend>
        {fields.map((field, index) => (
          <div key={field.id} className={styles.choiceRow}>
            <TextField label={t('acceptedLabel', { number: index + 1 })} error={errorOf(`${name}.accepted.${index}.text`)} {...form.register(`${name}.accepted.${index}.text`)} />
            <Button variant="secondary" className={styles.small} onClick={() => remove(index)} aria-label={t('removeAccepted', { number: index + 1 })}>
              ×
            </Button>
          </div>
        ))}
        {errorOf(`${name}.accepted`) && (
          <p className={formStyles.error} role="alert">
            {errorOf(`${name}.accepted`)}
          </p>
        )}
        <div>
          <Button variant="secondary" className={styles.small} onClick={() => append({ text: '' })} disabled={fields.length >= ACCEPTED_MAX}>
            {t('addAccepted')}
          </Button>
        </div>
      </fieldset>
    </>
  );
}

function PairFields({ form }: { form: Form }) {
  const t = useTranslations('Review');
  const errorOf = useFieldError(form);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'question.pairs' });
  return (
    <fieldset className={formStyles.fieldset}>
      <legend>{t('pairsLegend')}</legend>
      {fields.map((field, index) => {
        const number = index + 1;
        return (
          <div key={field.id} className={styles.pairRow}>
            <TextField label={t('leftLabel', { number })} error={errorOf(`question.pairs.${index}.left`)} {...form.register(`question.pairs.${index}.left`)} />
            <TextField label={t('rightLabel', { number })} error={errorOf(`question.pairs.${index}.right`)} {...form.register(`question.pairs.${index}.right`)} />
            <Button variant="secondary" className={styles.small} onClick={() => remove(index)} disabled={fields.length <= PAIRS_MIN} aria-label={t('removePair', { number })}>
              ×
            </Button>
          </div>
        );
      })}
      {errorOf('question.pairs') && (
        <p className={formStyles.error} role="alert">
          {errorOf('question.pairs')}
        </p>
      )}
      <div>
        <Button variant="secondary" className={styles.small} onClick={() => append({ left: '', right: '' })} disabled={fields.length >= PAIRS_MAX}>
          {t('addPair')}
        </Button>
      </div>
    </fieldset>
  );
}

function ScoringField({ form }: { form: Form }) {
  const t = useTranslations('Review');
  const errorOf = useFieldError(form);
  return (
    <SelectField label={t('scoringLabel')} error={errorOf('question.scoring')} {...form.register('question.scoring')}>
      {MULTIPLE_SCORING.map((option) => (
        <option key={option} value={option}>
          {t(`scoring.${option}`)}
        </option>
      ))}
    </SelectField>
  );
}

function TypoToleranceField({ form }: { form: Form }) {
  const t = useTranslations('Review');
  return (
    <label className={formStyles.choice}>
      <input type="checkbox" {...form.register('question.typoTolerance')} />
      {t('typoToleranceLabel')}
    </label>
  );
}

function BlankFields({ form }: { form: Form }) {
  const t = useTranslations('Review');
  const errorOf = useFieldError(form);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'question.blanks' });
  return (
    <>
      {fields.map((field, index) => {
        const number = index + 1;
        return (
          <fieldset key={field.id} className={formStyles.fieldset}>
            <legend>{t('blankLegend', { number })}</legend>
            <AnswerFields form={form} name={`question.blanks.${index}`} />
            <div>
              <Button variant="secondary" className={styles.small} onClick={() => remove(index)} disabled={fields.length <= 1}>
                {t('removeBlank', { number })}
              </Button>
            </div>
          </fieldset>
        );
      })}
      {errorOf('question.blanks') && (
        <p className={formStyles.error} role="alert">
          {errorOf('question.blanks')}
        </p>
      )}
      <div>
        <Button variant="secondary" className={styles.small} onClick={() => append({ answer: '', accepted: [] })} disabled={fields.length >= BLANKS_MAX}>
          {t('addBlank')}
        </Button>
      </div>
    </>
  );
}

function ItemFields({ form }: { form: Form }) {
  const t = useTranslations('Review');
  const errorOf = useFieldError(form);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'question.items' });
  return (
    <fieldset className={formStyles.fieldset}>
      <legend>{t('itemsLegend')}</legend>
      {fields.map((field, index) => {
        const number = index + 1;
        return (
          <div key={field.id} className={styles.choiceRow}>
            <TextField label={t('itemLabel', { number })} error={errorOf(`question.items.${index}.text`)} {...form.register(`question.items.${index}.text`)} />
            <Button variant="secondary" className={styles.small} onClick={() => remove(index)} disabled={fields.length <= ITEMS_MIN} aria-label={t('removeItem', { number })}>
              ×
            </Button>
          </div>
        );
      })}
      {errorOf('question.items') && (
        <p className={formStyles.error} role="alert">
          {errorOf('question.items')}
        </p>
      )}
      <div>
        <Button variant="secondary" className={styles.small} onClick={() => append({ text: '' })} disabled={fields.length >= ITEMS_MAX}>
          {t('addItem')}
        </Button>
      </div>
    </fieldset>
  );
}

function NumericFields({ form }: { form: Form }) {
  const t = useTranslations('Review');
  const errorOf = useFieldError(form);
  return (
    <>
      <TextField label={t('numberLabel')} inputMode="decimal" error={errorOf('question.answer')} {...form.register('question.answer')} />
      <TextField label={t('toleranceLabel')} hint={t('toleranceHint')} inputMode="decimal" error={errorOf('question.tolerance')} {...form.register('question.tolerance')} />
      <TextField label={t('unitLabel')} error={errorOf('question.unit')} {...form.register('question.unit')} />
    </>
  );
}

/** The quiz editor's extra fields: what the question is worth and what students read with their result. */
function ScoringFields({ form }: { form: Form }) {
  const t = useTranslations('QuizEditor');
  const errorOf = useFieldError(form);
  return (
    <>
      <TextField label={t('pointsLabel')} hint={t('pointsHint')} inputMode="decimal" error={errorOf('points')} {...form.register('points')} />
      <TextAreaField label={t('feedbackLabel')} hint={t('feedbackHint')} rows={2} error={errorOf('feedback.general')} {...form.register('feedback.general')} />
      {errorOf('feedback.choices') && (
        <p className={formStyles.error} role="alert">
          {errorOf('feedback.choices')}
        </p>
      )}
    </>
  );
}
