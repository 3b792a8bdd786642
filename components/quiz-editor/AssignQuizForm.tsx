'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { assignQuizAction, updateAssignmentAction } from '@/app/(app)/quizzes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { SelectField } from '@/components/forms/SelectField';
import { TextField } from '@/components/forms/TextField';
import { useActionForm } from '@/components/forms/useActionForm';
import formStyles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import {
  ATTEMPT_OPTIONS,
  ATTEMPT_SCORING,
  assignQuizSchema,
  RESULTS_VISIBILITY,
  TIME_LIMIT_MINUTES,
  updateAssignmentSchema,
  type AssignmentSettingsFormValues,
} from '@/lib/validation/quizzes';
import styles from './quiz-editor.module.css';

export interface ClassChoice {
  id: string;
  name: string;
  timeZone: string;
}

type Props =
  | { mode: 'new'; quizId: string; classes: ClassChoice[]; initial: AssignmentSettingsFormValues }
  | { mode: 'edit'; assignmentId: string; timeZone: string; initial: AssignmentSettingsFormValues; started: boolean };

/**
 * Assigning the quiz to a class, or changing an assignment. Times are typed as the class's clocks show them.
 * Once a student has started, only the due time and late submissions stay open; the rest is shown, not asked.
 */
export function AssignQuizForm(props: Props) {
  const t = useTranslations('QuizEditor');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const locked = props.mode === 'edit' && props.started;
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: props.mode === 'new' ? assignQuizSchema : updateAssignmentSchema,
    defaultValues:
      props.mode === 'new'
        ? { ...props.initial, quizId: props.quizId, classId: props.classes[0]?.id ?? '' }
        : { ...props.initial, assignmentId: props.assignmentId },
    action: async (values) => (props.mode === 'new' ? assignQuizAction(values) : updateAssignmentAction(values)),
    onSuccess: () => {
      setSaved(true);
      if (props.mode === 'new') form.reset();
      router.refresh();
    },
  });
  // The two schemas share every settings field and differ only in which id they carry, so the form's type is a
  // union that names no field both have; the names below are the shared ones (and classId, new mode only).
  const classId = useWatch({ control: form.control, name: 'classId' as never }) as string | undefined;
  const timeZone = props.mode === 'new' ? props.classes.find((klass) => klass.id === classId)?.timeZone : props.timeZone;
  const error = (name: string) => fieldError(name as never);
  const submitting = form.formState.isSubmitting;
  const register = form.register as (name: string, options?: object) => ReturnType<typeof form.register>;
  return (
    <form className={formStyles.form} onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate aria-label={props.mode === 'new' ? t('assignTitle') : t('editAssignmentLabel')}>
      <FormAlert message={formError} />
      {props.mode === 'new' && (
        <SelectField label={t('classLabel')} error={error('classId')} {...register('classId')}>
          {props.classes.map((klass) => (
            <option key={klass.id} value={klass.id}>
              {klass.name}
            </option>
          ))}
        </SelectField>
      )}
      {timeZone && <p className={formStyles.hint}>{t('timeZoneHint', { zone: timeZone })}</p>}
      {locked && <p className={styles.warning}>{t('lockedExplanation')}</p>}
      {!locked && <TextField label={t('opensLabel')} type="datetime-local" error={error('opensAt')} {...register('opensAt')} />}
      <TextField label={t('dueLabel')} type="datetime-local" error={error('dueAt')} {...register('dueAt')} />
      <label className={formStyles.choice}>
        <input type="checkbox" {...register('allowLate')} />
        {t('allowLateLabel')}
      </label>
      {locked ? (
        <LockedSummary settings={props.initial} />
      ) : (
        <>
          <TextField
            label={t('timeLimitLabel')}
            hint={t('timeLimitHint')}
            type="number"
            inputMode="numeric"
            min={TIME_LIMIT_MINUTES.min}
            max={TIME_LIMIT_MINUTES.max}
            step={1}
            error={error('timeLimitMinutes')}
            {...register('timeLimitMinutes')}
          />
          <SelectField label={t('attemptsLabel')} error={error('maxAttempts')} {...register('maxAttempts')}>
            {ATTEMPT_OPTIONS.map((option) => (
              <option key={option} value={option}>
                {option === 'unlimited' ? t('attemptsUnlimited') : option}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('scoringLabel')} error={error('scoring')} {...register('scoring')}>
            {ATTEMPT_SCORING.map((option) => (
              <option key={option} value={option}>
                {t(`scoring.${option}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('resultsLabel')} error={error('resultsVisibility')} {...register('resultsVisibility')}>
            {RESULTS_VISIBILITY.map((option) => (
              <option key={option} value={option}>
                {t(`results.${option}`)}
              </option>
            ))}
          </SelectField>
          <label className={formStyles.choice}>
            <input type="checkbox" {...register('shuffleQuestions')} />
            {t('shuffleQuestionsLabel')}
          </label>
          <label className={formStyles.choice}>
            <input type="checkbox" {...register('shuffleChoices')} />
            {t('shuffleChoicesLabel')}
          </label>
        </>
      )}
      <div>
        <Button type="submit" variant={props.mode === 'new' ? undefined : 'secondary'} disabled={submitting}>
          {props.mode === 'new' ? t('assign') : t('saveAssignment')}
        </Button>
      </div>
      <p role="status" className={formStyles.hint}>
        {saved ? (props.mode === 'new' ? t('assigned') : t('saved')) : ''}
      </p>
    </form>
  );
}

/** The settings a started attempt depends on, as text. */
function LockedSummary({ settings }: { settings: AssignmentSettingsFormValues }) {
  const t = useTranslations('QuizEditor');
  const yes = (on: unknown) => (on ? t('yes') : t('no'));
  return (
    <dl className={styles.summary}>
      <dt>{t('opensLabel')}</dt>
      <dd>{String(settings.opensAt).replace('T', ' ')}</dd>
      <dt>{t('timeLimitLabel')}</dt>
      <dd>{settings.timeLimitMinutes ? t('minutes', { minutes: Number(settings.timeLimitMinutes) }) : t('noTimeLimit')}</dd>
      <dt>{t('attemptsLabel')}</dt>
      <dd>{settings.maxAttempts === 'unlimited' ? t('attemptsUnlimited') : String(settings.maxAttempts)}</dd>
      <dt>{t('scoringLabel')}</dt>
      <dd>{t(`scoring.${settings.scoring}`)}</dd>
      <dt>{t('resultsLabel')}</dt>
      <dd>{t(`results.${settings.resultsVisibility}`)}</dd>
      <dt>{t('shuffleQuestionsLabel')}</dt>
      <dd>{yes(settings.shuffleQuestions)}</dd>
      <dt>{t('shuffleChoicesLabel')}</dt>
      <dd>{yes(settings.shuffleChoices)}</dd>
    </dl>
  );
}
