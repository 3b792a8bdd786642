import { describe, expect, it } from 'vitest';
import { definesBlank, withoutConnective, withoutLeadIn, withoutOwnAbbreviation, withoutOwnDemonstrative } from './cards.ts';
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

describe('withoutLeadIn', () => {
  it('drops a pasted bullet and a run-in label the sentence repeats', () => {
    expect(withoutLeadIn('• In a food chain, energy passes from one organism to the next.')).toBe('In a food chain, energy passes from one organism to the next.');
    expect(withoutLeadIn('Food chain: Food chain is the path energy takes from one organism to the next.')).toBe('Food chain is the path energy takes from one organism to the next.');
  });

  it('keeps a label that adds words of its own', () => {
    expect(withoutLeadIn('Stage one: the seed absorbs water and swells.')).toBe('Stage one: the seed absorbs water and swells.');
  });
  it('drops a figure pointer in brackets, wherever it stands, and keeps other brackets', () => {
    expect(withoutLeadIn('Glaciers carve valleys into a U shape (Figure 7.3).')).toBe('Glaciers carve valleys into a U shape.');
    expect(withoutLeadIn('Tendons (see Figures 2.1 and 2.2) join muscle to bone.')).toBe('Tendons join muscle to bone.');
    expect(withoutLeadIn('Tendons (dense connective tissue) join muscle to bone.')).toBe('Tendons (dense connective tissue) join muscle to bone.');
  });
});

describe('withoutConnective', () => {
  it('drops a connective that only links the sentence to the one before', () => {
    expect(withoutConnective('However, glaciers carve U-shaped valleys as they move.')).toBe('Glaciers carve U-shaped valleys as they move.');
    expect(withoutConnective('In addition, mRNA carries the code to the ribosome.')).toBe('mRNA carries the code to the ribosome.');
    expect(withoutConnective('Among other duties, the clerk kept the minutes.')).toBe('The clerk kept the minutes.');
  });

  it('keeps a lead-in that carries meaning, and a word that only starts like a connective', () => {
    expect(withoutConnective('As a result, the river silted up.')).toBe('As a result, the river silted up.');
    expect(withoutConnective('Thus far the evidence is thin.')).toBe('Thus far the evidence is thin.');
  });
});

describe('withoutOwnDemonstrative', () => {
  it('drops "This/These" right before the blank: the blank is the term itself', () => {
    expect(withoutOwnDemonstrative('These _____ carry oxygen from the lungs to every tissue.')).toBe('_____ carry oxygen from the lungs to every tissue.');
    expect(withoutOwnDemonstrative('This _____, the first stage of mitosis, condenses the chromosomes.')).toBe('_____, the first stage of mitosis, condenses the chromosomes.');
  });

  it('keeps a demonstrative that heads another noun', () => {
    expect(withoutOwnDemonstrative('This system of _____ kept prices stable.')).toBe('This system of _____ kept prices stable.');
  });
});

describe('definesBlank', () => {
  it('finds a sentence that goes on to say what the blank is', () => {
    expect(definesBlank('These _____ are dense clouds of gas that collapse into stars.')).toBe(true);
    expect(definesBlank('This _____ is a protein made of four chains.')).toBe(true);
  });

  it('does not take a description of some members for one', () => {
    expect(definesBlank('These _____ were wealthy and sold cloth in the port.')).toBe(false);
    expect(definesBlank('These _____ are common in the north.')).toBe(false);
  });
});
