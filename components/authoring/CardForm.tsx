'use client';

import { useTranslations } from 'next-intl';
import { FormAlert } from '@/components/forms/FormAlert';
import { SelectField } from '@/components/forms/SelectField';
import { TextAreaField } from '@/components/forms/TextAreaField';
import { useActionForm } from '@/components/forms/useActionForm';
import { Button } from '@/components/ui/Button';
import { CARD_KINDS, cardFormSchema, type CardFormValues, type CardInput } from '@/lib/validation/decks';
import type { ActionResult } from '@/lib/validation/result';
import styles from './authoring.module.css';

interface CardFormProps {
  initial: CardInput;
  label: string;
  submitLabel: string;
  save: (card: CardFormValues['card']) => Promise<ActionResult<unknown>>;
  onSaved: () => void;
  onCancel: () => void;
}

/** Front, back and kind of a card; checked in the browser and again by the server action. */
export function CardForm({ initial, label, submitLabel, save, onSaved, onCancel }: CardFormProps) {
  const t = useTranslations('Review');
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: cardFormSchema,
    defaultValues: { card: initial },
    action: (values) => save(values.card),
    onSuccess: onSaved,
  });
  const submitting = form.formState.isSubmitting;
  return (
    <form className={styles.itemForm} onSubmit={onSubmit} noValidate aria-label={label}>
      <FormAlert message={formError} />
      <SelectField label={t('kindLabel')} hint={t('kindHint')} error={fieldError('card.kind')} {...form.register('card.kind')}>
        {CARD_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`cardKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t('front')} rows={3} error={fieldError('card.front')} autoFocus {...form.register('card.front')} />
      <TextAreaField label={t('back')} rows={3} error={fieldError('card.back')} {...form.register('card.back')} />
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
