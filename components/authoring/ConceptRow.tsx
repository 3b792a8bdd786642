'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { remakeConceptAction, renameConceptAction, setConceptChosenAction } from '@/app/(app)/decks/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { Button } from '@/components/ui/Button';
import type { ReviewConcept } from '@/lib/data/decks';
import { useReview } from './ReviewContext';
import { useConceptAction } from './useConceptAction';
import styles from './authoring.module.css';

/** One concept: the tick, its name and evidence, and renaming or making its items again. */
export function ConceptRow({ concept }: { concept: ReviewConcept }) {
  const t = useTranslations('Concepts');
  const tReview = useTranslations('Review');
  const { deckId, sentenceText, showSentence } = useReview();
  const { pending, errors, run, clearErrors } = useConceptAction();
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const evidenceId = useId();
  const sentence = sentenceText(concept.sentenceId);

  // The tick moves at once; it goes back if the server refuses, and follows the server's state when it changes.
  const [checked, setChecked] = useState(concept.chosen);
  const [stored, setStored] = useState(concept.chosen);
  if (stored !== concept.chosen) {
    setStored(concept.chosen);
    setChecked(concept.chosen);
  }
  const toggle = (chosen: boolean) => {
    setChecked(chosen);
    run(
      () => setConceptChosenAction({ deckId, conceptId: concept.id, chosen }),
      () => (chosen ? t('ticked', { term: concept.term }) : t('unticked', { term: concept.term })),
      undefined,
      () => setChecked(!chosen),
    );
  };

  const moreId = `${evidenceId}-more`;
  return (
    <li className={checked ? styles.conceptRow : `${styles.conceptRow} ${styles.conceptOff}`} data-testid="concept-row">
      <div className={styles.conceptHead}>
        <div className={styles.conceptLabel}>
          <label className={styles.conceptCheck}>
            <input type="checkbox" checked={checked} disabled={pending} onChange={(event) => toggle(event.target.checked)} aria-describedby={evidenceId} />
            <span className={styles.conceptName}>{concept.term}</span>
          </label>
          {concept.kind !== 'TERM' && <span className={styles.badge}>{tReview(`kind.${concept.kind}`)}</span>}
          {concept.proper && <span className={styles.badge}>{t('name')}</span>}
          {concept.added && <span className={styles.badge}>{t('addedBadge')}</span>}
          {pending && <span className={styles.muted}>{t('working')}</span>}
        </div>
        <Button
          variant="secondary"
          className={styles.small}
          aria-expanded={open}
          aria-controls={moreId}
          aria-label={t('moreLabel', { term: concept.term })}
          onClick={() => {
            clearErrors();
            setRenaming(false);
            setOpen(!open);
          }}
        >
          {t('more')}
        </Button>
      </div>
      <p id={evidenceId} className={styles.evidence}>
        {concept.mentions > 0 && <strong className={styles.mentions}>{t('mentions', { count: concept.mentions })}</strong>}
        {concept.mentions > 0 && sentence && ' · '}
        {sentence && `“${sentence}”`}
      </p>
      <div id={moreId} hidden={!open}>
        {renaming ? (
          <RenameForm
            concept={concept}
            onDone={() => {
              setRenaming(false);
              setOpen(false);
            }}
          />
        ) : (
          <div className={styles.actions}>
            {concept.sentenceId && (
              <Button
                variant="secondary"
                className={styles.small}
                aria-label={t('showLabel', { term: concept.term })}
                onClick={(event) => showSentence(concept.sentenceId!, event.currentTarget)}
              >
                {tReview('showInText')}
              </Button>
            )}
            <Button variant="secondary" className={styles.small} aria-label={t('renameLabel', { term: concept.term })} disabled={pending} onClick={() => setRenaming(true)}>
              {t('rename')}
            </Button>
            {concept.chosen && (
              <Button
                variant="secondary"
                className={styles.small}
                aria-label={t('remakeLabel', { term: concept.term })}
                disabled={pending}
                onClick={() => run(() => remakeConceptAction({ deckId, conceptId: concept.id }), () => t('remade', { term: concept.term }))}
              >
                {t('remake')}
              </Button>
            )}
          </div>
        )}
      </div>
      <FormAlert message={errors.form} />
    </li>
  );
}

function RenameForm({ concept, onDone }: { concept: ReviewConcept; onDone: () => void }) {
  const t = useTranslations('Concepts');
  const tReview = useTranslations('Review');
  const { deckId } = useReview();
  const { pending, errors, run } = useConceptAction();
  const [term, setTerm] = useState(concept.term);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(
      () => renameConceptAction({ deckId, conceptId: concept.id, term }),
      () => t('renamed', { term: term.trim() }),
      onDone,
    );
  };
  return (
    <form className={styles.itemForm} onSubmit={submit} noValidate>
      <TextField ref={input} label={t('newName', { term: concept.term })} hint={t('renameHint')} value={term} onChange={(event) => setTerm(event.target.value)} error={errors.term} />
      <div className={styles.actions}>
        <Button type="submit" className={styles.small} disabled={pending}>
          {pending ? tReview('saving') : tReview('save')}
        </Button>
        <Button variant="secondary" className={styles.small} onClick={onDone} disabled={pending}>
          {tReview('cancel')}
        </Button>
      </div>
      <FormAlert message={errors.form} />
    </form>
  );
}
