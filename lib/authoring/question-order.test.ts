import { describe, expect, it } from 'vitest';
import { moveItem, moveItems, positionChanges } from './question-order.ts';

describe('moveItem', () => {
  it('swaps an item with the one above or below', () => {
    expect(moveItem(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 'c', 'up')).toEqual(['a', 'c', 'b']);
  });

  it('refuses to move past either end or an item that is not there', () => {
    expect(moveItem(['a', 'b'], 'a', 'up')).toBeNull();
    expect(moveItem(['a', 'b'], 'b', 'down')).toBeNull();
    expect(moveItem(['a'], 'a', 'down')).toBeNull();
    expect(moveItem(['a', 'b'], 'x', 'up')).toBeNull();
  });

  it('leaves its input alone', () => {
    const ids = ['a', 'b'];
    moveItem(ids, 'b', 'up');
    expect(ids).toEqual(['a', 'b']);
  });
});

describe('moveItems', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];

  it('moves the chosen together one place, each keeping its place among them', () => {
    expect(moveItems(ids, ['c', 'd'], 'up')).toEqual(['a', 'c', 'd', 'b', 'e']);
    expect(moveItems(ids, ['b', 'd'], 'up')).toEqual(['b', 'a', 'd', 'c', 'e']);
    expect(moveItems(ids, ['b', 'd'], 'down')).toEqual(['a', 'c', 'b', 'e', 'd']);
    // The order the ids were ticked in does not matter.
    expect(moveItems(ids, ['d', 'b'], 'up')).toEqual(moveItems(ids, ['b', 'd'], 'up'));
  });

  it('keeps a block already at the end in place and moves the rest', () => {
    expect(moveItems(ids, ['a', 'b', 'd'], 'up')).toEqual(['a', 'b', 'd', 'c', 'e']);
    expect(moveItems(ids, ['b', 'd', 'e'], 'down')).toEqual(['a', 'c', 'b', 'd', 'e']);
  });

  it('moves the chosen to the top or the bottom in their order', () => {
    expect(moveItems(ids, ['e', 'b', 'd'], 'top')).toEqual(['b', 'd', 'e', 'a', 'c']);
    expect(moveItems(ids, ['d', 'a'], 'bottom')).toEqual(['b', 'c', 'e', 'a', 'd']);
  });

  it('says null when nothing would change or an id is not there', () => {
    expect(moveItems(ids, ['a', 'b'], 'up')).toBeNull();
    expect(moveItems(ids, ['a', 'b'], 'top')).toBeNull();
    expect(moveItems(ids, ['e'], 'down')).toBeNull();
    expect(moveItems(ids, ids, 'down')).toBeNull();
    expect(moveItems(ids, [], 'top')).toBeNull();
    expect(moveItems(ids, ['a', 'x'], 'down')).toBeNull();
  });

  it('keeps every id exactly once, whatever is chosen (all 2^5 choices, each direction)', () => {
    for (let mask = 1; mask < 32; mask++) {
      const chosen = ids.filter((_, index) => mask & (1 << index));
      for (const direction of ['up', 'down', 'top', 'bottom'] as const) {
        const moved = moveItems(ids, chosen, direction) ?? ids;
        expect([...moved].sort(), `${chosen.join('')} ${direction}`).toEqual(ids);
        // The chosen keep their order among themselves.
        expect(moved.filter((id) => chosen.includes(id)), `${chosen.join('')} ${direction}`).toEqual(chosen);
      }
    }
  });
});

describe('positionChanges', () => {
  it('writes only the positions that change', () => {
    expect(positionChanges(['b', 'a', 'c'], new Map([['a', 0], ['b', 1], ['c', 2]]))).toEqual([
      { id: 'b', position: 0 },
      { id: 'a', position: 1 },
    ]);
  });

  it('closes gaps and breaks ties', () => {
    expect(positionChanges(['a', 'b', 'c'], new Map([['a', 0], ['b', 0], ['c', 7]]))).toEqual([
      { id: 'b', position: 1 },
      { id: 'c', position: 2 },
    ]);
  });
});
