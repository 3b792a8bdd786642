'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { updateClassDefaultLocaleAction } from '@/app/(app)/classes/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { SelectField } from '@/components/forms/SelectField';
import { ownErrorsOf, useActionForm } from '@/components/forms/useActionForm';
import styles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { LOCALE_NAMES, SUPPORTED_LOCALES, type Locale } from '@/lib/i18n/locales';
import { classDefaultLocaleSchema } from '@/lib/validation/classes';

/** The language Parta speaks to the class's students who have not chosen one (lib/i18n/locales.ts's order). */
export function ClassLanguageForm({ classId, defaultLocale }: { classId: string; defaultLocale: Locale | null }) {
  const t = useTranslations('Classes');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: classDefaultLocaleSchema,
    defaultValues: { classId, defaultLocale: defaultLocale ?? '' },
    action: updateClassDefaultLocaleAction,
    // This form's own error code (an archived class) is a key under Classes.errors.
    ownErrors: ownErrorsOf(t),
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form className={styles.form} onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate aria-label={t('languageTitle')}>
      <FormAlert message={formError} />
      <input type="hidden" {...form.register('classId')} />
      {/* The select has a line of its own: beside the button it was too narrow for its first option on a phone. */}
      <SelectField label={t('languageLabel')} error={fieldError('defaultLocale')} {...form.register('defaultLocale')}>
        <option value="">{t('languageNone')}</option>
        {SUPPORTED_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </SelectField>
      <div>
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {t('languageSave')}
        </Button>
      </div>
      <p role="status" className={styles.hint}>
        {saved ? t('saved') : ''}
      </p>
    </form>
  );
}
