'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { renameDeckAction } from '@/app/(app)/decks/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { useActionForm } from '@/components/forms/useActionForm';
import formStyles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { renameDeckSchema } from '@/lib/validation/decks';
import { useReview } from './ReviewContext';

export function DeckTitleForm({ deckId, title }: { deckId: string; title: string }) {
  const t = useTranslations('Review');
  const router = useRouter();
  const { announce } = useReview();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: renameDeckSchema,
    defaultValues: { deckId, title },
    action: renameDeckAction,
    onSuccess: () => {
      setSaved(true);
      announce(t('titleSaved'));
      router.refresh();
    },
  });
  return (
    <form className={formStyles.form} onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate aria-label={t('titleLabel')}>
      <FormAlert message={formError} />
      <input type="hidden" defaultValue={deckId} {...form.register('deckId')} />
      <div className={formStyles.inline}>
        {/* defaultValue puts the title in the server's HTML: react-hook-form fills the box only once scripts run. */}
        <TextField label={t('titleLabel')} hint={t('titleHint')} error={fieldError('title')} defaultValue={title} {...form.register('title')} />
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {t('saveTitle')}
        </Button>
      </div>
      <p className={formStyles.hint}>{saved ? `✓ ${t('saved')}` : ''}</p>
    </form>
  );
}
