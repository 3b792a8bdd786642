import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ReviewScreen } from '@/components/authoring/ReviewScreen';
import authoring from '@/components/authoring/authoring.module.css';
import { ConfirmActionButton } from '@/components/classes/ConfirmActionButton';
import styles from '@/components/classes/classes.module.css';
import type { Actor } from '@/lib/access/actor';
import { actorForPage, idsOrNotFound, orNotFound } from '@/lib/access/page-guards';
import { listClassesForTeacher } from '@/lib/data/classes';
import { getDeckForStudent, loadReview } from '@/lib/data/decks';
import { getDb } from '@/lib/db/client';
import { deleteDraftAction } from '../actions';

export default async function DeckPage({ params }: { params: Promise<{ deckId: string }> }) {
  const { deckId } = idsOrNotFound(await params);
  const actor = await actorForPage(`/decks/${deckId}`);
  return actor.role === 'TEACHER' ? <ReviewPage actor={actor} deckId={deckId} /> : <StudentDeckPage actor={actor} deckId={deckId} />;
}

async function ReviewPage({ actor, deckId }: { actor: Actor; deckId: string }) {
  const db = await getDb();
  const model = await orNotFound(loadReview(db, actor, deckId));
  const [t, td, classes] = await Promise.all([getTranslations('Review'), getTranslations('Decks'), listClassesForTeacher(db, actor)]);
  const cards = model.groups.reduce((sum, group) => sum + group.cards.length, 0);
  const questions = model.groups.reduce((sum, group) => sum + group.questions.length, 0);
  const concepts = model.groups.filter((group) => group.concept).length;
  const published = model.publishedIn.length > 0;
  return (
    <div className={`container ${styles.page}`}>
      <div className={styles.section}>
        <Link href="/decks">← {td('backToDecks')}</Link>
        <h1>{model.deck.title}</h1>
        {published ? (
          <p className={styles.notice} data-testid="deck-status">
            {t('publishedStatus', { classes: model.publishedIn.map((entry) => entry.className).join(', ') })}
          </p>
        ) : (
          <p className={styles.noticeDraft} data-testid="deck-status">
            <span className={styles.badge}>{td('draftBadge')}</span> {t('draftStatus')}
          </p>
        )}
        <p className={styles.meta}>
          {t('summary', { concepts, cards, questions })} · <a href="#publish">{t('goToPublish')}</a>
        </p>
      </div>
      <ReviewScreen
        model={model}
        classes={classes.filter((klass) => !klass.archived).map((klass) => ({ id: klass.id, name: klass.name }))}
        publishedIn={
          published && (
            <div>
              <h3>{t('publishedInTitle')}</h3>
              <ul className={authoring.publishedList}>
                {model.publishedIn.map((entry) => (
                  <li key={entry.classId}>
                    <Link href={`/classes/${entry.classId}`}>{t('publishedSince', { name: entry.className, date: entry.since })}</Link>
                  </li>
                ))}
              </ul>
            </div>
          )
        }
        deleteDraft={
          !published && (
            <section className={styles.section} aria-labelledby="delete-title">
              <h2 id="delete-title">{t('deleteDraftTitle')}</h2>
              <p className={styles.meta}>{t('deleteDraftHelp')}</p>
              <div>
                <ConfirmActionButton
                  label={t('deleteDraft')}
                  confirm={t('deleteDraftConfirm', { title: model.deck.title })}
                  run={deleteDraftAction.bind(null, { deckId: model.deck.id })}
                  redirectTo="/decks"
                />
              </div>
            </section>
          )
        }
      />
    </div>
  );
}

async function StudentDeckPage({ actor, deckId }: { actor: Actor; deckId: string }) {
  const deck = await orNotFound(getDeckForStudent(await getDb(), actor, deckId, new Date()));
  const t = await getTranslations('StudentDeck');
  return (
    <div className={`container ${styles.page}`}>
      <div className={styles.section}>
        <Link href="/home">← {t('backHome')}</Link>
        <h1>{deck.title}</h1>
        <p className={styles.meta}>
          {t('classes', { classes: deck.classes.map((klass) => klass.name).join(', ') })} · {t('count', { count: deck.cards.length })}
        </p>
        {deck.cards.length > 0 && (
          <div className={styles.row}>
            <Link className={styles.actionLink} href={`/study?deck=${deck.id}`}>
              {t('study')}
            </Link>
          </div>
        )}
      </div>
      {deck.cards.length === 0 ? (
        <p className={styles.empty}>{t('empty')}</p>
      ) : (
        <ol className={authoring.deckCards} aria-label={deck.title}>
          {deck.cards.map((card) => (
            <li key={card.id} className={authoring.deckCard} data-testid="deck-card">
              <div>
                <div className={styles.meta}>{t('front')}</div>
                <strong>{card.front}</strong>
              </div>
              <div>
                <div className={styles.meta}>{t('back')}</div>
                {card.back}
              </div>
              {card.source && (
                <figure className={authoring.quote}>
                  <figcaption className={authoring.quoteCaption}>{t('source')}</figcaption>
                  <blockquote className={authoring.quoteText}>{card.source}</blockquote>
                </figure>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
