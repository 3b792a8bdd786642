import { describe, expect, it } from 'vitest';
import { countItems, filterGroups, NO_FILTER } from './item-filter.ts';

const card = (id: string, kind: string, state: { generated?: boolean; edited?: boolean; accepted?: boolean } = {}) => ({
  id,
  card: { kind },
  generated: state.generated ?? true,
  edited: state.edited ?? false,
  accepted: state.accepted ?? false,
});
const question = (id: string, type: string, state: { generated?: boolean; edited?: boolean; accepted?: boolean } = {}) => ({
  id,
  question: { type },
  generated: state.generated ?? true,
  edited: state.edited ?? false,
  accepted: state.accepted ?? false,
});

const groups = [
  { concept: { id: 'a' }, cards: [card('a1', 'basic'), card('a2', 'cloze', { edited: true })], questions: [question('a3', 'single', { accepted: true })] },
  { concept: { id: 'b' }, cards: [card('b1', 'basic', { generated: false })], questions: [question('b2', 'short')] },
  { concept: { id: 'c' }, cards: [], questions: [] },
  { concept: null, cards: [], questions: [question('n1', 'truefalse')] },
];
const ids = (shown: ReturnType<typeof filterGroups<ReturnType<typeof card>, ReturnType<typeof question>, (typeof groups)[number]>>) =>
  shown.flatMap((group) => [...group.cards, ...group.questions].map((item) => item.id));

describe('which items the review screen shows', () => {
  it('shows every group, empty ones too, without a filter', () => {
    expect(filterGroups(groups, NO_FILTER)).toEqual(groups);
    expect(countItems(groups)).toBe(6);
  });

  it('by concept, "none" being the items about no concept', () => {
    expect(ids(filterGroups(groups, { ...NO_FILTER, concept: 'b' }))).toEqual(['b1', 'b2']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, concept: 'none' }))).toEqual(['n1']);
  });

  it('by kind: all cards, one kind of card, all questions, one type of question; empty groups leave', () => {
    expect(ids(filterGroups(groups, { ...NO_FILTER, kind: 'cards' }))).toEqual(['a1', 'a2', 'b1']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, kind: 'card:cloze' }))).toEqual(['a2']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, kind: 'questions' }))).toEqual(['a3', 'b2', 'n1']);
    expect(filterGroups(groups, { ...NO_FILTER, kind: 'question:short' }).map((group) => group.concept?.id)).toEqual(['b']);
  });

  it('only the teacher’s own (edited or written by them), only those not yet accepted', () => {
    expect(ids(filterGroups(groups, { ...NO_FILTER, edited: true }))).toEqual(['a2', 'b1']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, toCheck: true }))).toEqual(['a1', 'a2', 'b1', 'b2', 'n1']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, edited: true, kind: 'cards', concept: 'a' }))).toEqual(['a2']);
  });
});
