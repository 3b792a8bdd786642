import { describe, expect, it } from 'vitest';
import { namedTerms } from './naming.ts';
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
    ['In 1904, Thomson proposed the “plum pudding” model of atoms.', 'plum pudding'],
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
