'use client';

import { useTranslations } from 'next-intl';
import { parseErrorCode } from '@/lib/i18n/error-code';

/** Turns an error code from a schema or an action into the sentence to show, in the user's language. */
export function useErrorText(): (code: string | undefined) => string | undefined {
  const t = useTranslations('Errors');
  return (code) => {
    if (!code) return undefined;
    const { key, values } = parseErrorCode(code);
    return t.has(key) ? t(key, values) : t('unexpected');
  };
}
