import { describe, expect, it } from 'vitest';
import { abbreviations, namedTerms } from './naming.ts';
import { parseSentence } from './nlp.ts';
import { nounPhrases } from './phrases.ts';
import { prepareTokens } from './tokens.ts';

function named(sentence: string): string[] {
  const tokens = prepareTokens(parseSentence(sentence).tokens);
  return namedTerms(tokens, nounPhrases(tokens)).map((phrase) => phrase.surface);
}

describe('namedTerms', () => {
  it.each([
    ['The first is that it leads to a situation known as baseline wander.', 'baseline wander'],
    ['A long period without a transition leads to clock drift, which is called clock drift by engineers.', 'clock drift'],
    ['They are sometimes referred to as lenticular galaxies.', 'lenticular galaxies'],
    ['Astronomers call these galaxies barred spirals.', 'barred spirals'],
    ['The nail fold forms the nail cuticle, also called the eponychium.', 'eponychium'],
    ['In 1904, Thomson proposed the “plum pudding” model of atoms.', 'plum pudding model'],
    ['His so-called “hard determinism” posited that all our actions are outside of our control.', 'hard determinism'],
  ])('reads the term a sentence introduces: %s', (sentence, term) => {
    expect(named(sentence)).toContain(term);
  });

  it('reads no term where nothing is introduced', () => {
    expect(named('Plants make food from light in their leaves.')).toEqual([]);
    expect(named('The city was named after its founder.')).toEqual([]);
  });
});

describe('namedTerms where the name runs into the verb', () => {
  it('stops the name before the verb of the clause', () => {
    expect(named('The regions within the material called domains act like small bar magnets.')).toEqual(['domains']);
  });
});

describe('namedTerms after "refer to … as" and an aside', () => {
  it.each([
    ['Chemists refer to this quantity as the activation energy.', 'activation energy'],
    ['The clerk filed it under a heading called, oddly enough, dead letters.', 'dead letters'],
  ])('reads the term: %s', (sentence, term) => {
    expect(named(sentence)).toContain(term);
  });
});

describe('abbreviations', () => {
  function pairs(sentence: string): string[] {
    const tokens = prepareTokens(parseSentence(sentence).tokens);
    return abbreviations(tokens, nounPhrases(tokens)).map((pair) => `${pair.long.surface} = ${pair.short}`);
  }

  it('reads the words whose initials spell the bracketed abbreviation', () => {
    expect(pairs('Every school has a parent teacher association (PTA) that meets monthly.')).toEqual(['parent teacher association = pta']);
    expect(pairs('The signal uses return to zero (RZ) coding.')).toEqual(['return to zero = rz']);
    expect(pairs('She chaired the Food and Drug Administration (FDA) for a year.')).toEqual(['Food and Drug Administration = fda']);
  });

  it('reads a hyphenated word as the initials of its parts', () => {
    expect(pairs('Engineers prefer frequency-shift keying (FSK) on noisy lines.')).toEqual(['frequency-shift keying = fsk']);
  });

  it('reads nothing when the initials do not spell it', () => {
    expect(pairs('The results (NASA) were published.')).toEqual([]);
    expect(pairs('The survey (2019) was published.')).toEqual([]);
  });
});

describe('namedTerms after "labeled" and inside quotation marks', () => {
  it('reads the whole quoted name, "of" and all', () => {
    expect(named('Farmers settled the valleys that geographers have labeled the “breadbaskets of the world.”')).toContain('breadbaskets of the world');
  });
});

describe('a quoted name that heads on into a noun', () => {
  it('reads “billiard ball” model as the billiard ball model', () => {
    expect(named('Dalton proposed the “billiard ball” model of atoms.')).toContain('billiard ball model');
    expect(named('His so-called “hard determinism” posited that all our actions are outside of our control.')).toContain('hard determinism');
  });
});
