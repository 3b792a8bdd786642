// Says whether every rating has reached the server, or how many wait on this phone and why.
import { useTranslations } from 'next-intl';
import type { SyncStatus } from '@/lib/study/review-sync';
import styles from './study.module.css';

export function SyncIndicator({ status }: { status: SyncStatus }) {
  const t = useTranslations('Study.sync');
  const text =
    status.kind === 'saved'
      ? t('saved')
      : status.kind === 'sending'
        ? t('sending', { count: status.waiting })
        : status.kind === 'offline'
          ? t('offline', { count: status.waiting })
          : status.kind === 'signed-out'
            ? t('signedOut', { count: status.waiting })
            : t('error', { count: status.waiting });
  return (
    <p className={`${styles.sync} ${status.kind === 'saved' ? styles.syncSaved : styles.syncWaiting}`} role="status" data-testid="sync-status">
      <span aria-hidden="true" className={styles.syncDot} />
      {text}
    </p>
  );
}
