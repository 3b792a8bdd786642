import { describe, expect, it } from 'vitest';
import { mergeVerdicts, parseVerdicts, unjudgedPage } from './judge.ts';

const ids = new Set(['aaa', 'bbb']);

describe('parseVerdicts', () => {
  it('reads one verdict per line', () => {
    const verdicts = parseVerdicts('{"id":"aaa","verdict":"keep"}\n\n{"id":"bbb","verdict":"reject","reason":"trivia"}\n', ids);
    expect(verdicts).toEqual([
      { id: 'aaa', verdict: 'keep', reason: '' },
      { id: 'bbb', verdict: 'reject', reason: 'trivia' },
    ]);
  });

  it('refuses the whole batch on an unknown id, a bad verdict, a reject without reason or a broken line', () => {
    expect(() => parseVerdicts('{"id":"zzz","verdict":"keep"}', ids)).toThrow(/line 1: "zzz" is not an item/);
    expect(() => parseVerdicts('{"id":"aaa","verdict":"maybe"}', ids)).toThrow(/keep, fix or reject/);
    expect(() => parseVerdicts('{"id":"aaa","verdict":"fix"}', ids)).toThrow(/needs its reason/);
    expect(() => parseVerdicts('{"id":"aaa","verdict":"keep"}\nnot json', ids)).toThrow(/Nothing was added:\nline 2: not JSON/);
  });
});

describe('mergeVerdicts', () => {
  it('lets a later verdict on the same item replace the earlier one', () => {
    const merged = mergeVerdicts([{ id: 'aaa', verdict: 'keep', reason: '' }, { id: 'ccc', verdict: 'fix', reason: 'cut' }], [{ id: 'aaa', verdict: 'reject', reason: 'trivia' }]);
    expect(merged).toEqual([{ id: 'aaa', verdict: 'reject', reason: 'trivia' }, { id: 'ccc', verdict: 'fix', reason: 'cut' }]);
  });
});

describe('unjudgedPage', () => {
  it('lists only the items no verdict covers', () => {
    const item = (id: string) => ({ id, kind: 'card:basic' as const, conceptKeys: ['magma'], front: `front ${id}`, back: 'back', source: 'Magma is molten rock.' });
    const { page, count } = unjudgedPage({ id: 'geo', concepts: [{ key: 'magma', term: 'magma', kind: 'term', mentions: 2 }], items: [item('aaa'), item('bbb')] }, new Set(['aaa']));
    expect(count).toBe(1);
    expect(page).toContain('front bbb');
    expect(page).not.toContain('front aaa');
  });
});
