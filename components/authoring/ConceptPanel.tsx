'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { addConceptAction } from '@/app/(app)/decks/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { TextField } from '@/components/forms/TextField';
import { Button } from '@/components/ui/Button';
import type { ReviewConcept, ReviewItemChoice } from '@/lib/data/decks';
import { ConceptRow } from './ConceptRow';
import { ItemChoiceForm } from './ItemChoiceForm';
import { useReview } from './ReviewContext';
import { useConceptAction } from './useConceptAction';
import styles from './authoring.module.css';

/**
 * The concepts first: each with its evidence (how many sentences name it, the sentence that explains it), ticked
 * or not. The items below follow the ticks. A concept is added by selecting its words in the source text or
 * typing them here; the kinds and numbers of items per concept are chosen at the end.
 */
export function ConceptPanel({ concepts, itemChoice }: { concepts: ReviewConcept[]; itemChoice: ReviewItemChoice }) {
  const t = useTranslations('Concepts');
  const chosen = concepts.filter((concept) => concept.chosen).length;
  return (
    <section className={styles.panel} aria-labelledby="concepts-title" id="concepts">
      <h2 id="concepts-title">{t('title')}</h2>
      <p className={styles.muted} data-testid="concepts-summary">
        {t('summary', { chosen, total: concepts.length })}
      </p>
      <p className={styles.muted}>{t('help')}</p>
      {concepts.length === 0 ? (
        <p className={styles.muted}>{t('none')}</p>
      ) : (
        <ul className={styles.conceptList}>
          {concepts.map((concept) => (
            <ConceptRow key={concept.id} concept={concept} />
          ))}
        </ul>
      )}
      <AddConceptForm />
      <ItemChoiceForm choice={itemChoice} />
    </section>
  );
}

/** Typing the words is the keyboard's (and screen reader's) way to what selecting them in the text does. */
function AddConceptForm() {
  const t = useTranslations('Concepts');
  const { deckId } = useReview();
  const { pending, errors, run } = useConceptAction();
  const [words, setWords] = useState('');
  const hintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(
      () => addConceptAction({ deckId, words }),
      () => t('added', { words: words.trim() }),
      () => setWords(''),
    );
  };
  return (
    <form className={styles.addConcept} onSubmit={submit} noValidate aria-describedby={hintId}>
      <h3 className={styles.addTitle}>{t('addTitle')}</h3>
      <p id={hintId} className={styles.muted}>
        {t('addHelp')}
      </p>
      <div className={styles.addConceptRow}>
        <TextField label={t('wordsLabel')} value={words} onChange={(event) => setWords(event.target.value)} error={errors.words} autoComplete="off" />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t('adding') : t('add')}
        </Button>
      </div>
      <FormAlert message={errors.form} />
    </form>
  );
}
