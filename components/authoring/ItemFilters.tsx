'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { acceptItemsAction, deleteItemsAction } from '@/app/(app)/decks/actions';
import { FormAlert } from '@/components/forms/FormAlert';
import { SelectField } from '@/components/forms/SelectField';
import { useErrorText } from '@/components/forms/useErrorText';
import formStyles from '@/components/forms/forms.module.css';
import { Button } from '@/components/ui/Button';
import { countItems, isFiltering, NO_FILTER, type ItemFilter, type ItemKindFilter } from '@/lib/authoring/item-filter';
import type { ReviewGroup } from '@/lib/data/decks';
import { GENERATED_CARD_KINDS, GENERATED_QUESTION_TYPES } from '@/lib/validation/draft-concepts';
import { useReview } from './ReviewContext';
import styles from './authoring.module.css';

interface ItemFiltersProps {
  groups: ReviewGroup[];
  filter: ItemFilter;
  onFilter: (filter: ItemFilter) => void;
  /** The groups as filtered, to count what is shown. */
  shown: ReviewGroup[];
  onCollapseAll: (collapse: boolean) => void;
  onSelectShown: () => void;
}

/** Filters over the items (concept, kind, edited, not yet accepted), folding every concept, and picking what is shown. */
export function ItemFilters({ groups, filter, onFilter, shown, onCollapseAll, onSelectShown }: ItemFiltersProps) {
  const t = useTranslations('ReviewItems');
  const tReview = useTranslations('Review');
  const set = (change: Partial<ItemFilter>) => onFilter({ ...filter, ...change });
  return (
    <details className={styles.filters}>
      <summary>{t('filtersTitle')}</summary>
      <div className={styles.filterBody}>
        <SelectField label={t('conceptLabel')} value={filter.concept} onChange={(event) => set({ concept: event.target.value })}>
          <option value="all">{t('allConcepts')}</option>
          {groups.map((group) => (
            <option key={group.concept?.id ?? 'none'} value={group.concept?.id ?? 'none'}>
              {group.concept?.term ?? tReview('otherConcept')}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('kindLabel')} value={filter.kind} onChange={(event) => set({ kind: event.target.value as ItemKindFilter })}>
          <option value="all">{t('allKinds')}</option>
          <option value="cards">{t('allCards')}</option>
          {GENERATED_CARD_KINDS.map((kind) => (
            <option key={kind} value={`card:${kind}`}>
              {tReview(`cardKind.${kind}`)}
            </option>
          ))}
          <option value="questions">{t('allQuestions')}</option>
          {GENERATED_QUESTION_TYPES.map((type) => (
            <option key={type} value={`question:${type}`}>
              {tReview(`questionType.${type}`)}
            </option>
          ))}
        </SelectField>
        <div className={formStyles.choices}>
          <label className={formStyles.choice}>
            <input type="checkbox" checked={filter.edited} onChange={(event) => set({ edited: event.target.checked })} />
            {t('editedOnly')}
          </label>
          <label className={formStyles.choice}>
            <input type="checkbox" checked={filter.toCheck} onChange={(event) => set({ toCheck: event.target.checked })} />
            {t('toCheckOnly')}
          </label>
        </div>
      </div>
      <p className={styles.muted} role="status">
        {t('showing', { shown: countItems(shown), total: countItems(groups) })}
      </p>
      <div className={styles.actions}>
        {isFiltering(filter) && (
          <Button variant="secondary" className={styles.small} onClick={() => onFilter(NO_FILTER)}>
            {t('clearFilters')}
          </Button>
        )}
        <Button variant="secondary" className={styles.small} onClick={() => onCollapseAll(true)}>
          {t('collapseAll')}
        </Button>
        <Button variant="secondary" className={styles.small} onClick={() => onCollapseAll(false)}>
          {t('expandAll')}
        </Button>
        <Button variant="secondary" className={styles.small} onClick={onSelectShown}>
          {t('selectShown')}
        </Button>
      </div>
    </details>
  );
}

/** Accept or delete every picked item at once: a bar that stays in view while picking. */
export function BulkBar({ selected, onClear }: { selected: ReadonlySet<string>; onClear: () => void }) {
  const t = useTranslations('ReviewItems');
  const errorText = useErrorText();
  const router = useRouter();
  const { deckId, announce } = useReview();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  if (selected.size === 0) return null;
  const ids = (kind: string) => [...selected].filter((key) => key.startsWith(`${kind}:`)).map((key) => key.slice(kind.length + 1));
  const act = (action: typeof acceptItemsAction, done: string) => {
    setError(undefined);
    startTransition(async () => {
      const result = await action({ deckId, cardIds: ids('card'), questionIds: ids('question') }).catch(() => null);
      if (!result || !result.ok) return setError(errorText(result?.formError ?? Object.values(result?.fieldErrors ?? {})[0] ?? 'unexpected'));
      announce(done);
      onClear();
      router.refresh();
    });
  };
  const count = selected.size;
  return (
    <div className={styles.bulkBar} role="region" aria-label={t('bulkRegion')} data-testid="bulk-bar">
      <p className={styles.bulkCount}>{t('selectedCount', { count })}</p>
      <FormAlert message={error} />
      <div className={styles.actions}>
        <Button className={styles.small} disabled={pending} onClick={() => act(acceptItemsAction, t('accepted', { count }))}>
          {t('accept')}
        </Button>
        <Button
          variant="secondary"
          className={`${styles.small} ${styles.danger}`}
          disabled={pending}
          onClick={() => {
            if (window.confirm(t('deleteConfirm', { count }))) act(deleteItemsAction, t('deleted', { count }));
          }}
        >
          {t('delete')}
        </Button>
        <Button variant="secondary" className={styles.small} disabled={pending} onClick={onClear}>
          {t('clearSelection')}
        </Button>
      </div>
    </div>
  );
}
