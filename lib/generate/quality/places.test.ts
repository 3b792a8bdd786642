import { describe, expect, it } from 'vitest';
import type { Card } from '../types.ts';
import { cardDefects, type GateContext } from './gate.ts';
import { isPlaceName, untaughtPlace } from './places.ts';

describe('isPlaceName', () => {
  it('knows countries, continents and regions from the shipped gazetteer, with or without "the"', () => {
    for (const place of ['the United States', 'Brazil', 'South America', 'Asia', 'Western Europe', 'Sub-Saharan Africa', 'Soviet Union', 'Kenya’s']) {
      expect(isPlaceName(place), place).toBe(true);
    }
  });

  it('knows the words for their peoples, singular and plural', () => {
    for (const people of ['European', 'Europeans', 'Africans', 'Brazilian', 'Italians', 'French', 'Chinese', 'North Americans']) {
      expect(isPlaceName(people), people).toBe(true);
    }
  });

  it('leaves terms that only contain a place, and ordinary words, alone', () => {
    for (const term of ['Mid-Atlantic Ridge', 'European Parliament treaty', 'plate tectonics', 'Chad Smith experiment', 'china clay', 'turkey vulture']) {
      expect(isPlaceName(term), term).toBe(false);
    }
  });
});

describe('untaughtPlace', () => {
  it('refuses a place the text only mentions, but not one it is about or introduces on purpose', () => {
    expect(untaughtPlace('Argentina', {})).toBe(true);
    expect(untaughtPlace('Argentina', { headed: true })).toBe(false);
    expect(untaughtPlace('Argentina', { named: true })).toBe(false);
  });

  it('keeps the gate from blanking a setting: "In the _____, copyrights last 70 years"', () => {
    const text = 'In the United Kingdom, copyrights last for seventy years after the death of the author.';
    const card: Card = { kind: 'cloze', front: text.replace('United Kingdom', '_____'), back: 'United Kingdom', conceptKey: 'united kingdom', source: { index: 0, sentence: text, start: 0, end: text.length } };
    const concept = { key: 'united kingdom', term: 'United Kingdom', defined: false, proper: true, mentions: 4, forms: ['United Kingdom'] };
    const context = (headed: boolean): GateContext => ({ concepts: new Map([[concept.key, { ...concept, headed }]]), vocabulary: new Set(), compounds: new Set() });
    expect(cardDefects(card, context(false))).toContain('untaught-place');
    expect(cardDefects(card, context(true))).not.toContain('untaught-place');
  });
});
