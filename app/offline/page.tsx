// /offline: what the service worker shows for a page that needs the network while there is none. It is
// precached without cookies, so it names nobody and may be shown to anyone on the phone.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import styles from '@/components/pwa/offline.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Offline');
  return { title: t('title'), robots: { index: false } };
}

export default async function OfflinePage() {
  const t = await getTranslations('Offline');
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>{t('studyHint')}</p>
      {/* Plain links: a full page load is what the worker answers from its cache. */}
      <div className={styles.actions}>
        <a className={styles.primary} href="/study">
          {t('openStudy')}
        </a>
        <a href="/home">{t('openHome')}</a>
      </div>
    </div>
  );
}
