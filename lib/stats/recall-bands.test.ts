import { describe, expect, it } from 'vitest';
import { likelyRemembered, recallBand, recallPercent } from './recall-bands.ts';

describe('recallBand', () => {
  it('names each band by its lower edge, edges included', () => {
    expect([1, 0.9, 0.8999, 0.7, 0.6999, 0].map(recallBand)).toEqual(['strong', 'strong', 'fading', 'fading', 'weak', 'weak']);
  });

  it('takes a recall that is 0.9 up to floating-point error as 0.9', () => {
    expect(recallBand(0.8999999999999999)).toBe('strong');
    expect(recallBand(0.6999999999)).toBe('fading');
  });

  it('says not started for a concept without a studied card', () => {
    expect(recallBand(null)).toBe('notStarted');
  });
});

describe('likelyRemembered', () => {
  it('counts fading and strong concepts, never weak or not started ones', () => {
    // 0.95 strong, 0.7 fading (edge), 0.69 weak, 0 weak, null not started: 2 of 5.
    expect(likelyRemembered([0.95, 0.7, 0.69, 0, null])).toBe(2);
    expect(likelyRemembered([])).toBe(0);
  });
});

describe('recallPercent', () => {
  it('rounds down to a whole percent, so the number never reads as the band above', () => {
    // 0.6996 is weak: 69 %, not 70 %. 0.29 · 100 is 28.999… in floating point, still 29 %.
    expect([0.6996, 0.29, 0.8999999999999999, 1, 0, Math.SQRT1_2].map(recallPercent)).toEqual([69, 29, 90, 100, 0, 70]);
  });
});
