import { describe, expect, it } from 'vitest';
import { withoutOwnAbbreviation } from './cards.ts';
import { clozeDisagrees } from './quality/checks.ts';

describe('withoutOwnAbbreviation', () => {
  it('drops the bracketed initials of the answer after its blank', () => {
    expect(withoutOwnAbbreviation('Every lab follows the rules of a _____ (BSC) before work begins.', 'biosafety committee')).toBe(
      'Every lab follows the rules of a _____ (BSC) before work begins.',
    );
    expect(withoutOwnAbbreviation('Every lab follows the rules of a _____ (LSC) before work begins.', 'lab safety committee')).toBe('Every lab follows the rules of a _____ before work begins.');
    expect(withoutOwnAbbreviation('_____ (GDP) sums what a country makes.', 'Gross Domestic Product')).toBe('_____ sums what a country makes.');
  });

  it('keeps a bracket that is not the answer’s initials', () => {
    expect(withoutOwnAbbreviation('The _____ (USA) grew fast.', 'economy')).toBe('The _____ (USA) grew fast.');
  });

  it('leaves the cloze in agreement with the sentence it cites', () => {
    const sentence = 'Every lab follows the rules of a lab safety committee (LSC) before work begins.';
    expect(clozeDisagrees('Every lab follows the rules of a _____ before work begins.', '_____', 'lab safety committee', sentence)).toBe(false);
  });
});
