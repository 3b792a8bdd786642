import { describe, expect, it } from 'vitest';
import { matchAcceptedAnswer } from './accepted-answers.ts';
import { comparableAnswer, normalizeAnswer } from './normalize.ts';
import { typoAllowance, typoDistance, withinTypoAllowance } from './typos.ts';

describe('normalizeAnswer', () => {
  it('folds case in Latin, Cyrillic and Kazakh letters', () => {
    expect(normalizeAnswer('ҚАЗАҚСТАН')).toBe('қазақстан');
    expect(normalizeAnswer('ӘҒҚҢӨҰҮҺІ')).toBe('әғқңөұүһі');
    expect(normalizeAnswer('Партия')).toBe('партия');
    expect(normalizeAnswer('STRASSE')).toBe(normalizeAnswer('Straße'));
    expect(normalizeAnswer('İstanbul')).toBe('istanbul');
  });

  it('strips punctuation of any script and collapses whitespace', () => {
    expect(normalizeAnswer('  «Нұр  Отан»!\t')).toBe('нұр отан');
    expect(normalizeAnswer('¿Qué?')).toBe('qué');
    expect(normalizeAnswer('Mazhilis — the lower house…')).toBe('mazhilis the lower house');
  });

  it('makes Unicode variants of the same text equal (NFKC)', () => {
    // Decomposed "й" (и + combining breve) and full-width Latin letters.
    expect(normalizeAnswer('и\u0306')).toBe('й');
    expect(normalizeAnswer('ＡＢＣ')).toBe('abc');
    expect(normalizeAnswer('ﬁne')).toBe('fine');
  });

  it('reads Latin look-alikes inside Cyrillic words as Cyrillic, and leaves Latin words alone', () => {
    // "Қaзaқстaн" with Latin a, "бiлiм" with Latin i.
    expect(normalizeAnswer('Қaзaқстaн')).toBe('қазақстан');
    expect(normalizeAnswer('бiлiм')).toBe('білім');
    expect(normalizeAnswer('parliament')).toBe('parliament');
  });

  it('compares without spaces, so compound words split or joined match', () => {
    expect(comparableAnswer('ice-cream')).toBe(comparableAnswer('Ice cream'));
    expect(comparableAnswer("don't")).toBe('dont');
    expect(comparableAnswer(' ,.; ')).toBe('');
  });
});

describe('typo tolerance', () => {
  it('allows nothing below 5 characters, 1 from 5, 2 from 10, counting letters not bytes', () => {
    expect(['cat', 'abcd', 'abcde', 'abcdefghi', 'abcdefghij'].map(typoAllowance)).toEqual([0, 0, 1, 1, 2]);
    expect(typoAllowance('әәәәә')).toBe(1);
  });

  it('counts a swap of neighbours as one typo', () => {
    expect(typoDistance('recieve', 'receive', 2)).toBe(1);
    expect(typoDistance('chlorophyll', 'chlorophyl', 2)).toBe(1);
    expect(typoDistance('kitten', 'sitting', 5)).toBe(3);
    expect(typoDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(typoDistance('мәжіліс', 'мажилис', 3)).toBe(3);
  });

  it('stops at the allowance', () => {
    expect(withinTypoAllowance('parlament', 'parliament')).toBe(true);
    expect(withinTypoAllowance('prlamnt', 'parliament')).toBe(false);
    expect(withinTypoAllowance('hous', 'house')).toBe(true);
    expect(withinTypoAllowance('hose', 'house')).toBe(true);
    expect(withinTypoAllowance('hoe', 'house')).toBe(false);
    // Short answers must be exact: one letter makes another word.
    expect(withinTypoAllowance('car', 'cat')).toBe(false);
  });

  it('never forgives a wrong digit', () => {
    expect(withinTypoAllowance('12june1992', '12june1991')).toBe(false);
    expect(withinTypoAllowance('12jnue1991', '12june1991')).toBe(true);
  });
});

describe('matchAcceptedAnswer', () => {
  it('matches any accepted answer exactly, with a typo only when allowed, and sees an empty answer', () => {
    expect(matchAcceptedAnswer(' CHLOROPHYLL. ', ['chlorophyll'], false)).toBe('exact');
    expect(matchAcceptedAnswer('chlorofyll', ['chlorophyll'], false)).toBe('none');
    expect(matchAcceptedAnswer('chlorofyll', ['chlorophyll'], true)).toBe('typo');
    expect(matchAcceptedAnswer('Nur Otan', ['Нұр Отан', 'Nur Otan'], false)).toBe('exact');
    expect(matchAcceptedAnswer(' ?! ', ['chlorophyll'], true)).toBe('empty');
  });
});
