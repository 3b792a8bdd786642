import { describe, expect, it } from 'vitest';
import { namedInHeading, teachesClozeOf } from './cloze-subject.ts';

const BLANK = '_____';
// An invented text: "tidal bore" named in two sentences, never defined.
const passing = { definition: undefined, named: false, score: 4, mentions: [{ sentence: 2, start: 6, end: 8 }, { sentence: 5, start: 1, end: 3 }] };

describe('a sentence worth a cloze of a concept', () => {
  it('is not a passing mention, mid-sentence, of a term neither defined, named nor kept in use', () => {
    expect(teachesClozeOf(passing, 2, `Visitors to the estuary watched a ${BLANK} roll upstream at dusk.`, BLANK)).toBe(false);
  });

  it('is one the term opens', () => {
    expect(teachesClozeOf(passing, 5, `A ${BLANK} forms where a rising tide meets a narrowing river.`, BLANK)).toBe(true);
  });

  it('is one that explains the term where it names it: an appositive, a "which" clause, a gloss in brackets', () => {
    expect(teachesClozeOf(passing, 2, `Early sailors feared the ${BLANK}, a wave that runs up a river against its current.`, BLANK)).toBe(true);
    expect(teachesClozeOf(passing, 2, `Early sailors feared the ${BLANK}, which runs up a river against its current.`, BLANK)).toBe(true);
    expect(teachesClozeOf(passing, 2, `Early sailors feared the ${BLANK} (a wave running upstream).`, BLANK)).toBe(true);
  });

  it('is any sentence of a term the text defines, names on purpose, keeps using, or the teacher picked', () => {
    const sentence = `Visitors to the estuary watched a ${BLANK} roll upstream at dusk.`;
    expect(teachesClozeOf({ ...passing, definition: 'a wave that runs up a river' }, 2, sentence, BLANK)).toBe(true);
    expect(teachesClozeOf({ ...passing, named: true }, 2, sentence, BLANK)).toBe(true);
    expect(teachesClozeOf({ ...passing, mentions: [...passing.mentions, { sentence: 7, start: 4, end: 6 }] }, 2, sentence, BLANK)).toBe(true);
    expect(teachesClozeOf({ ...passing, score: 0 }, 2, sentence, BLANK)).toBe(true);
    expect(teachesClozeOf(passing, 2, sentence, BLANK, true)).toBe(true);
  });
});

describe('a concept a heading names', () => {
  it('is found in the singular or the plural, in any case', () => {
    expect(namedInHeading({ term: 'tidal bore', forms: ['tidal bore'] }, ['Waves', 'Tidal Bores'])).toBe(true);
    expect(namedInHeading({ term: 'river delta', forms: ['river deltas'] }, ['River Delta'])).toBe(true);
    expect(namedInHeading({ term: 'salt marsh', forms: ['salt marsh'] }, ['Tidal Bores', 'Estuaries'])).toBe(false);
  });
});
