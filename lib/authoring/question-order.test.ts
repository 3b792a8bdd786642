import { describe, expect, it } from 'vitest';
import { moveItem, positionChanges } from './question-order.ts';

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
