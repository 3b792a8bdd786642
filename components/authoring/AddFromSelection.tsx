'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { addConceptAction } from '@/app/(app)/decks/actions';
import { Button } from '@/components/ui/Button';
import { MAX_PICKED_CHARS, MAX_PICKED_WORDS, tidyTerm } from '@/lib/generate/picked-term';
import { useReview } from './ReviewContext';
import { useConceptAction } from './useConceptAction';
import styles from './authoring.module.css';

/** The words selected inside the element, tidied; null when nothing (or something elsewhere) is selected. */
function selectedWordsIn(container: HTMLElement | null): string | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const words = tidyTerm(selection.toString());
  return words === '' ? null : words;
}

/**
 * "Add as a concept" for words selected in the source text: a bar at the bottom of the screen, where a thumb
 * reaches it on a phone (long-press selects a word, the handles widen it) and clear of the phone's own selection
 * menu near the words. It comes right after the article in the page, so Tab reaches it from there.
 */
export function AddFromSelection({ articleId }: { articleId: string }) {
  const t = useTranslations('Concepts');
  const { deckId } = useReview();
  const { pending, errors, run, clearErrors } = useConceptAction();
  const [words, setWords] = useState<string | null>(null);
  // A tap on the bar can clear the selection before the tap's click arrives: keep the words meanwhile.
  const pressing = useRef(false);

  useEffect(() => {
    const onChange = () => {
      const selected = selectedWordsIn(document.getElementById(articleId));
      if (selected === null && pressing.current) return;
      setWords(selected);
      clearErrors();
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [articleId, clearErrors]);

  if (words === null) return null;
  const tooLong = words.length > MAX_PICKED_CHARS || words.split(' ').length > MAX_PICKED_WORDS;
  const close = () => {
    pressing.current = false;
    window.getSelection()?.removeAllRanges();
    setWords(null);
  };
  const add = () =>
    run(
      () => addConceptAction({ deckId, words }),
      () => t('added', { words }),
      close,
    );
  const error = errors.words ?? errors.form;
  return (
    <div
      className={styles.selectionBar}
      role="region"
      aria-label={t('selectionRegion')}
      data-testid="selection-bar"
      onPointerDown={() => {
        pressing.current = true;
      }}
      onPointerCancel={() => {
        pressing.current = false;
      }}
    >
      <p className={styles.selectionWords}>
        {tooLong ? t('selectionTooLong', { words: MAX_PICKED_WORDS }) : t('selectionWords', { words })}
      </p>
      {error && (
        <p className={styles.selectionError} role="alert">
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <Button onClick={add} disabled={pending || tooLong}>
          {pending ? t('adding') : t('addSelection')}
        </Button>
        <Button variant="secondary" onClick={close} disabled={pending}>
          {t('cancelSelection')}
        </Button>
      </div>
    </div>
  );
}
