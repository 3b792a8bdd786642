import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import styles from '@/components/classes/classes.module.css';
import { teacherForPage } from '@/lib/access/page-guards';
import { listDecksForTeacher } from '@/lib/data/decks';
import { getDb } from '@/lib/db/client';

export default async function DecksPage() {
  const actor = await teacherForPage('/decks');
  const decks = await listDecksForTeacher(await getDb(), actor);
  const t = await getTranslations('Decks');
  return (
    <div className={`container ${styles.page}`}>
      <section className={styles.section} aria-labelledby="decks-title">
        <h1 id="decks-title">{t('title')}</h1>
        <p className={styles.meta}>{t('lead')}</p>
        <div>
          <Link className={styles.actionLink} href="/decks/new">
            <span aria-hidden="true">+&nbsp;</span>
            {t('newFromText')}
          </Link>
        </div>
      </section>
      {decks.length === 0 ? (
        <p className={styles.empty}>{t('empty')}</p>
      ) : (
        <ul className={styles.list} aria-label={t('listLabel')}>
          {decks.map((deck) => (
            <li key={deck.id} className={`${styles.item} ${styles.linkItem}`}>
              <div>
                <Link className={styles.itemLink} href={`/decks/${deck.id}`}>
                  {deck.title}
                </Link>
                <div className={styles.meta}>
                  {t('counts', { cards: deck.cardCount, questions: deck.questionCount })} · {t('createdOn', { date: deck.createdAt })}
                </div>
                <div className={styles.meta}>
                  {deck.classes.length > 0 ? t('publishedIn', { classes: deck.classes.map((klass) => klass.name).join(', ') }) : t('notPublished')}
                </div>
              </div>
              <span className={deck.publishedAt ? styles.badgePublished : styles.badge}>{deck.publishedAt ? t('publishedBadge') : t('draftBadge')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
