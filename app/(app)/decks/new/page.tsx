import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { NewFromTextForm } from '@/components/authoring/NewFromTextForm';
import styles from '@/components/classes/classes.module.css';
import { teacherForPage } from '@/lib/access/page-guards';
import { MAX_UPLOAD_BYTES } from '@/lib/documents/extract-text';

export default async function NewFromTextPage() {
  await teacherForPage('/decks/new');
  const [t, td] = await Promise.all([getTranslations('NewDraft'), getTranslations('Decks')]);
  return (
    <div className={`container ${styles.page}`}>
      <section className={styles.section} aria-labelledby="new-title">
        <Link href="/decks">← {td('backToDecks')}</Link>
        <h1 id="new-title">{t('title')}</h1>
        <p className={styles.meta}>{t('lead')}</p>
        <NewFromTextForm maxBytes={MAX_UPLOAD_BYTES} />
      </section>
    </div>
  );
}
