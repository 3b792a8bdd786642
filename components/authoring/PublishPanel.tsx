'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { publishDeckAction } from '@/app/(app)/decks/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { SelectField } from '@/components/forms/SelectField';
import { useActionForm } from '@/components/forms/useActionForm';
import formStyles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { publishDeckSchema } from '@/lib/validation/decks';
import { useReview } from './ReviewContext';
import styles from './authoring.module.css';

/** Choose one of the teacher's current classes and publish the deck and its quiz into it. */
export function PublishPanel({ classes }: { classes: { id: string; name: string }[] }) {
  const t = useTranslations('Review');
  const router = useRouter();
  const { deckId, announce } = useReview();
  const [notice, setNotice] = useState<string>();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: publishDeckSchema,
    defaultValues: { deckId, classId: classes.length === 1 ? classes[0]!.id : '' },
    action: publishDeckAction,
    onSuccess: ({ className, alreadyPublished }) => {
      const message = alreadyPublished ? t('alreadyPublished', { name: className }) : t('publishedNotice', { name: className });
      setNotice(message);
      announce(message);
      router.refresh();
    },
  });
  if (classes.length === 0) {
    return (
      <p className={styles.muted}>
        {t('noClasses')} <Link href="/home">{t('homeLink')}</Link>
      </p>
    );
  }
  return (
    <form className={formStyles.form} onSubmit={onSubmit} onChange={() => setNotice(undefined)} noValidate aria-label={t('publishTitle')}>
      <FormAlert message={formError} />
      <input type="hidden" {...form.register('deckId')} />
      <SelectField label={t('classLabel')} error={fieldError('classId')} {...form.register('classId')}>
        <option value="">{t('chooseClass')}</option>
        {classes.map((klass) => (
          <option key={klass.id} value={klass.id}>
            {klass.name}
          </option>
        ))}
      </SelectField>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('publishing') : t('publishButton')}
        </Button>
      </div>
      {notice && <p className={styles.successNotice}>✓ {notice}</p>}
    </form>
  );
}
