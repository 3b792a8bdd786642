'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { setItemChoiceAction } from '@/app/(app)/decks/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { SelectField } from '@/components/forms/SelectField';
import formStyles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import type { ReviewItemChoice } from '@/lib/data/decks';
import { GENERATED_CARD_KINDS, GENERATED_QUESTION_TYPES, MAX_ITEMS_PER_CONCEPT } from '@/lib/validation/draft-concepts';
import { useReview } from './ReviewContext';
import { useConceptAction } from './useConceptAction';
import styles from './authoring.module.css';

type CardKind = (typeof GENERATED_CARD_KINDS)[number];
type QuestionType = (typeof GENERATED_QUESTION_TYPES)[number];

const COUNTS = Array.from({ length: MAX_ITEMS_PER_CONCEPT + 1 }, (_, count) => count);

/** Which kinds of items the generator makes per concept, and how many; applying remakes only untouched items. */
export function ItemChoiceForm({ choice }: { choice: ReviewItemChoice }) {
  const t = useTranslations('Concepts');
  const tReview = useTranslations('Review');
  const { deckId } = useReview();
  const { pending, errors, run } = useConceptAction();
  const [cardKinds, setCardKinds] = useState<CardKind[]>(choice.cardKinds.filter((kind): kind is CardKind => (GENERATED_CARD_KINDS as readonly string[]).includes(kind)));
  const [questionTypes, setQuestionTypes] = useState<QuestionType[]>(
    choice.questionTypes.filter((type): type is QuestionType => (GENERATED_QUESTION_TYPES as readonly string[]).includes(type)),
  );
  const [cardsPerConcept, setCardsPerConcept] = useState(choice.cardsPerConcept);
  const [questionsPerConcept, setQuestionsPerConcept] = useState(choice.questionsPerConcept);
  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((entry) => entry !== value));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(
      () => setItemChoiceAction({ deckId, cardKinds, questionTypes, cardsPerConcept, questionsPerConcept }),
      () => t('choiceApplied'),
    );
  };
  return (
    <details className={styles.itemChoice}>
      <summary>{t('choiceTitle')}</summary>
      <form className={styles.itemForm} onSubmit={submit} noValidate>
        <p className={styles.muted}>{t('choiceHelp')}</p>
        <fieldset className={formStyles.fieldset}>
          <legend>{t('cardKinds')}</legend>
          <div className={formStyles.choices}>
            {GENERATED_CARD_KINDS.map((kind) => (
              <label key={kind} className={formStyles.choice}>
                <input type="checkbox" checked={cardKinds.includes(kind)} onChange={(event) => setCardKinds(toggle(cardKinds, kind, event.target.checked))} />
                {tReview(`cardKind.${kind}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <SelectField label={t('cardsPerConcept')} value={cardsPerConcept} onChange={(event) => setCardsPerConcept(Number(event.target.value))}>
          {COUNTS.map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </SelectField>
        <fieldset className={formStyles.fieldset}>
          <legend>{t('questionTypes')}</legend>
          <div className={formStyles.choices}>
            {GENERATED_QUESTION_TYPES.map((type) => (
              <label key={type} className={formStyles.choice}>
                <input
                  type="checkbox"
                  checked={questionTypes.includes(type)}
                  onChange={(event) => setQuestionTypes(toggle(questionTypes, type, event.target.checked))}
                />
                {tReview(`questionType.${type}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <SelectField label={t('questionsPerConcept')} value={questionsPerConcept} onChange={(event) => setQuestionsPerConcept(Number(event.target.value))}>
          {COUNTS.map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </SelectField>
        <FormAlert message={errors.form} />
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? t('applying') : t('apply')}
          </Button>
        </div>
      </form>
    </details>
  );
}
