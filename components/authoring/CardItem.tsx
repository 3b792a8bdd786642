'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteCardAction, updateCardAction } from '@/app/(app)/decks/actions';
import type { ReviewCard } from '@/lib/data/decks';
import { CardForm } from './CardForm';
import { ItemActions, ItemSelect, shortName, useEditing } from './ItemActions';
import { itemKey, useReview } from './ReviewContext';
import { SourceQuote } from './SourceQuote';
import styles from './authoring.module.css';

export function CardItem({ item }: { item: ReviewCard }) {
  const t = useTranslations('Review');
  const router = useRouter();
  const { announce } = useReview();
  const { editing, editButton, startEditing, stopEditing } = useEditing();
  const [saved, setSaved] = useState(false);
  const name = shortName(item.card.front);
  return (
    <li className={styles.item} data-testid="card-item">
      <p className={styles.itemKind}>
        {t(`cardKind.${item.card.kind}`)}
        {!item.generated && <span className={styles.badge}>{t('addedBadge')}</span>}
        {item.generated && item.edited && <span className={styles.badge}>{t('editedBadge')}</span>}
        {item.accepted && <span className={styles.badge}>✓ {t('acceptedBadge')}</span>}
        <ItemSelect itemKey={itemKey('card', item.id)} name={name} />
      </p>
      {editing ? (
        <CardForm
          initial={item.card}
          label={t('editLabel', { item: name })}
          submitLabel={t('save')}
          save={(card) => updateCardAction({ cardId: item.id, card })}
          onSaved={() => {
            stopEditing();
            setSaved(true);
            announce(t('cardSaved'));
            router.refresh();
          }}
          onCancel={stopEditing}
        />
      ) : (
        <>
          <dl className={styles.sides}>
            <div>
              <dt>{t('front')}</dt>
              <dd>{item.card.front}</dd>
            </div>
            <div>
              <dt>{t('back')}</dt>
              <dd>{item.card.back}</dd>
            </div>
          </dl>
          <SourceQuote sentenceId={item.sentenceId} />
          <ItemActions
            name={name}
            sentenceId={item.sentenceId}
            onEdit={() => {
              setSaved(false);
              startEditing();
            }}
            editRef={editButton}
            confirmDelete={t('deleteCardConfirm')}
            remove={() => deleteCardAction({ cardId: item.id })}
            onRemoved={() => {
              announce(t('cardDeleted'));
              router.refresh();
            }}
          />
          {saved && <p className={styles.saved}>✓ {t('saved')}</p>}
        </>
      )}
    </li>
  );
}
