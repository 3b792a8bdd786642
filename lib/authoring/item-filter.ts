// Which of a draft's items the review screen shows: by concept, by kind, only the teacher's edited ones, only
// those not yet accepted. Pure, so the review screen and its tests agree on what "shown" means.

export type ItemKindFilter = 'all' | 'cards' | 'questions' | `card:${string}` | `question:${string}`;

export interface ItemFilter {
  /** A concept's id, 'none' for items about no concept, or 'all'. */
  concept: string;
  kind: ItemKindFilter;
  /** Only items the teacher edited or wrote. */
  edited: boolean;
  /** Only items not yet accepted. */
  toCheck: boolean;
}

export const NO_FILTER: ItemFilter = { concept: 'all', kind: 'all', edited: false, toCheck: false };

interface FilterableItem {
  generated: boolean;
  edited: boolean;
  accepted: boolean;
}

export interface FilterableGroup<C extends FilterableItem, Q extends FilterableItem> {
  concept: { id: string } | null;
  cards: (C & { card: { kind: string } })[];
  questions: (Q & { question: { type: string } })[];
}

export function isFiltering(filter: ItemFilter): boolean {
  return filter.concept !== 'all' || filter.kind !== 'all' || filter.edited || filter.toCheck;
}

function keeps(filter: ItemFilter, item: FilterableItem): boolean {
  return (!filter.edited || item.edited || !item.generated) && (!filter.toCheck || !item.accepted);
}

/**
 * The groups with only the items the filter keeps. With a filter on, a group left with no items is not shown;
 * with none, every group is (an empty concept still offers "Add card").
 */
export function filterGroups<C extends FilterableItem, Q extends FilterableItem, G extends FilterableGroup<C, Q>>(groups: readonly G[], filter: ItemFilter): G[] {
  if (!isFiltering(filter)) return [...groups];
  const [family, kind] = filter.kind.split(':') as [string, string | undefined];
  const cardsShown = filter.kind === 'all' || family === 'cards' || family === 'card';
  const questionsShown = filter.kind === 'all' || family === 'questions' || family === 'question';
  return groups
    .filter((group) => filter.concept === 'all' || (group.concept?.id ?? 'none') === filter.concept)
    .map((group) => ({
      ...group,
      cards: cardsShown ? group.cards.filter((card) => keeps(filter, card) && (family !== 'card' || card.card.kind === kind)) : [],
      questions: questionsShown ? group.questions.filter((question) => keeps(filter, question) && (family !== 'question' || question.question.type === kind)) : [],
    }))
    .filter((group) => group.cards.length + group.questions.length > 0);
}

export function countItems(groups: readonly { cards: readonly unknown[]; questions: readonly unknown[] }[]): number {
  return groups.reduce((sum, group) => sum + group.cards.length + group.questions.length, 0);
}
