'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition, type Ref } from 'react';
import { useErrorText } from '@/components/forms/useErrorText';
import { FormAlert } from '@/components/forms/FormAlert';
import { Button } from '@/components/ui/Button';
import type { ActionResult } from '@/lib/validation/result';
import { useReview } from './ReviewContext';
import styles from './authoring.module.css';

interface ItemActionsProps {
  /** Short text naming the item for screen readers ("Edit “Photosynthesis”"). */
  name: string;
  sentenceId: string | null;
  onEdit: () => void;
  /** The Edit button, to give focus back to when the edit form closes. */
  editRef: Ref<HTMLButtonElement>;
  confirmDelete: string;
  remove: () => Promise<ActionResult<unknown>>;
  onRemoved: () => void;
}

/** Show in text, Edit and Delete for one card or question. */
export function ItemActions({ name, sentenceId, onEdit, editRef, confirmDelete, remove, onRemoved }: ItemActionsProps) {
  const t = useTranslations('Review');
  const errorText = useErrorText();
  const { showSentence } = useReview();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const onDelete = () => {
    if (!window.confirm(confirmDelete)) return;
    setError(undefined);
    startTransition(async () => {
      const result = await remove().catch(() => null);
      if (!result || !result.ok) return setError(errorText(result?.formError ?? 'unexpected'));
      onRemoved();
    });
  };
  return (
    <>
      <div className={styles.actions}>
        {sentenceId && (
          <Button variant="secondary" className={styles.small} aria-label={t('showInTextLabel', { item: name })} onClick={(event) => showSentence(sentenceId, event.currentTarget)}>
            {t('showInText')}
          </Button>
        )}
        <Button ref={editRef} variant="secondary" className={styles.small} aria-label={t('editLabel', { item: name })} onClick={onEdit} disabled={pending}>
          {t('edit')}
        </Button>
        <Button variant="secondary" className={`${styles.small} ${styles.danger}`} aria-label={t('deleteLabel', { item: name })} onClick={onDelete} disabled={pending}>
          {t('delete')}
        </Button>
      </div>
      <FormAlert message={error} />
    </>
  );
}

/** An item's text cut to a length a screen reader can say in a button's name. */
export function shortName(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

/**
 * Whether the item is being edited, and the Edit button's ref: when the form closes (saved or cancelled), focus
 * goes back to Edit, so a keyboard user stays where they were.
 */
export function useEditing() {
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const returning = useRef(false);
  useEffect(() => {
    if (editing || !returning.current) return;
    returning.current = false;
    editButton.current?.focus();
  }, [editing]);
  return {
    editing,
    editButton,
    startEditing: () => setEditing(true),
    stopEditing: () => {
      returning.current = true;
      setEditing(false);
    },
  };
}

/** The tick that picks an item for "Accept" or "Delete" on many at once. */
export function ItemSelect({ itemKey, name }: { itemKey: string; name: string }) {
  const t = useTranslations('Review');
  const { selected, setSelected } = useReview();
  return (
    <label className={styles.itemSelect}>
      <input type="checkbox" checked={selected.has(itemKey)} onChange={(event) => setSelected(itemKey, event.target.checked)} aria-label={t('selectLabel', { item: name })} />
      <span aria-hidden="true">{t('select')}</span>
    </label>
  );
}
