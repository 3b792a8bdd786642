import { describe, expect, it } from 'vitest';
import { likelyRemembered, recallBand } from './recall-bands.ts';

describe('recallBand', () => {
  it('names each band by its lower edge, edges included', () => {
    expect([1, 0.9, 0.8999, 0.7, 0.6999, 0].map(recallBand)).toEqual(['strong', 'strong', 'fading', 'fading', 'weak', 'weak']);
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
