'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Error');
  return (
    <div className="container" style={{ paddingTop: 'var(--space-8)' }}>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <Button onClick={reset}>{t('retry')}</Button>
    </div>
  );
}
