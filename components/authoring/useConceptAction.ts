'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useState, useTransition } from 'react';
import { useErrorText } from '@/components/forms/useErrorText';
import type { ItemChanges } from '@/lib/data/draft-concepts';
import type { ActionResult } from '@/lib/validation/result';
import { useReview } from './ReviewContext';

/**
 * Runs a concept action (tick, add, rename, make again, kinds and numbers): pending while it runs, the error by
 * field when refused, and when done the screen reloads its data and the status line says what changed.
 */
export function useConceptAction() {
  const t = useTranslations('Concepts');
  const errorText = useErrorText();
  const router = useRouter();
  const { announce } = useReview();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});

  const run = <T extends Partial<ItemChanges>>(
    action: () => Promise<ActionResult<T>>,
    done: (value: T) => string,
    onDone?: () => void,
    onFail?: () => void,
  ) => {
    setErrors({});
    startTransition(async () => {
      const result = await action().catch(() => null);
      if (!result || !result.ok) onFail?.();
      if (!result) return setErrors({ form: errorText('unexpected')! });
      if (!result.ok) {
        const fields = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, code]) => [field, errorText(code)!]));
        return setErrors(result.formError ? { ...fields, form: errorText(result.formError)! } : fields);
      }
      announce(`${done(result.value)} ${changesText(result.value)}`.trim());
      onDone?.();
      router.refresh();
    });
  };

  const changesText = (changes: Partial<ItemChanges>) =>
    [
      changes.cardsAdded || changes.questionsAdded ? t('changes.added', { cards: changes.cardsAdded ?? 0, questions: changes.questionsAdded ?? 0 }) : '',
      changes.cardsRemoved || changes.questionsRemoved ? t('changes.removed', { cards: changes.cardsRemoved ?? 0, questions: changes.questionsRemoved ?? 0 }) : '',
      changes.keptAside ? t('changes.keptAside', { count: changes.keptAside }) : '',
      changes.restored ? t('changes.restored', { count: changes.restored }) : '',
    ]
      .filter(Boolean)
      .join(' ');

  const clearErrors = useCallback(() => setErrors({}), []);
  return { pending, errors, run, clearErrors };
}
