import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { findCauses, findComparisons, findParts, findQuantities, findSequences, toleranceFor } from './relations.ts';

const tokensOf = (sentence: string) => analyzeText(sentence).sentences[0]!.tokens;

describe('findQuantities', () => {
  it.each([
    ['About 71 % of Earth’s surface is covered by water.', { written: '71', value: 71, unit: '%', hedged: true }],
    ['The Sun is about 150 million kilometres from Earth.', { written: '150', value: 150, unit: 'million kilometres', hedged: true }],
    ['The Curie temperature for iron is 1043 K, well above room temperature.', { written: '1043', value: 1043, unit: 'K', hedged: false }],
    ['Hair typically grows at the rate of 0.3 mm per day during the anagen phase.', { written: '0.3', value: 0.3, unit: 'mm per day', hedged: false }],
    ['The colonists would contribute 17 percent of the total cost.', { written: '17', value: 17, unit: 'percent', hedged: false }],
    ['There are about 120 million rods in the human retina.', { written: '120', value: 120, unit: 'million', hedged: true }],
  ])('finds the figure in “%s”', (sentence, expected) => {
    expect(findQuantities(sentence)).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    'Three of the 5 members voted against the plan.',
    'The act was passed in 1765 by Parliament.',
    'Figure 26.2 shows a spiral galaxy.',
    'The length of this phase is typically from 2 to 7 years.',
    'The 4B/5B encoding results in better efficiency.',
    'Beta waves have the highest frequency (13 Hz) of all.',
    'Basic structure held until about 10,000–12,000 years ago.',
    'Spiral galaxies range in diameter from about 20,000 to more than 100,000 light-years.',
    'The Curie temperature for iron is 1043 K (770 ºC), well above room temperature.',
  ])('finds no figure worth asking in “%s”', (sentence) => {
    expect(findQuantities(sentence)).toEqual([]);
  });

  it('gives an estimate a tenth of its value as tolerance, rounded, and an exact figure none', () => {
    expect(toleranceFor({ value: 150, hedged: true })).toBe(15);
    expect(toleranceFor({ value: 0.3, hedged: true })).toBe(0.03);
    expect(toleranceFor({ value: 71, hedged: true })).toBe(7);
    expect(toleranceFor({ value: 1043, hedged: false })).toBe(0);
  });
});

describe('findCauses', () => {
  it('reads “X causes Y”, asked with the text’s own verb', () => {
    expect(findCauses(tokensOf('Early in the 19th century, it was discovered that electrical currents cause magnetic effects.'))).toEqual([
      expect.objectContaining({ cause: 'electrical currents', effect: 'magnetic effects', direction: 'forward', asked: 'causes' }),
    ]);
    expect(findCauses(tokensOf('Deforestation can lead to soil erosion in tropical regions.'))).toEqual([
      expect.objectContaining({ cause: 'Deforestation', effect: 'soil erosion in tropical regions', asked: 'can lead to' }),
    ]);
  });

  it('reads “Y due to X” with the cause after the cue', () => {
    expect(findCauses(tokensOf('Hair loss can happen due to hormonal or dietary changes.'))).toEqual([
      expect.objectContaining({ cause: 'hormonal or dietary changes', direction: 'backward' }),
    ]);
  });

  it('reads “X, which cause Y” and a cause with an “of” phrase or a possessive', () => {
    expect(findCauses(tokensOf('Rhinoviruses, which cause the common cold, are single-stranded RNA viruses.'))).toEqual([
      expect.objectContaining({ cause: 'Rhinoviruses', effect: 'the common cold', asked: 'causes' }),
    ]);
    expect(findCauses(tokensOf('The charge of an electron was now known due to Millikan’s research on oil drops.'))).toEqual([
      expect.objectContaining({ cause: 'Millikan’s research', direction: 'backward' }),
    ]);
  });

  it('finds no cause the text denies, and none too vague to learn', () => {
    expect(findCauses(tokensOf('A libertarian believes that actions are free, not caused by external forces.'))).toEqual([]);
    expect(findCauses(tokensOf('The compounds precipitate due to a change in the duct.'))).toEqual([]);
  });

  it('finds no cause whose subject leans on another sentence, and none in a passive', () => {
    expect(findCauses(tokensOf('His unpopularity led to his dismissal by the king.'))).toEqual([]);
    expect(findCauses(tokensOf('It causes local magnetization of the material.'))).toEqual([]);
    expect(findCauses(tokensOf('The causes of the war are still debated by historians.'))).toEqual([]);
  });
});

describe('findComparisons', () => {
  it('reads both sides of “A …, whereas B …”', () => {
    expect(findComparisons(tokensOf('DNA is typically double stranded, whereas RNA is single stranded.'))).toEqual([
      { subject: 'DNA', other: 'RNA', property: 'is typically double stranded' },
      { subject: 'RNA', other: 'DNA', property: 'is single stranded' },
    ]);
  });

  it('reads “Unlike A, B …”', () => {
    expect(findComparisons(tokensOf('Unlike mammals, reptiles are cold-blooded animals.'))).toEqual([
      { subject: 'reptiles', other: 'mammals', property: 'are cold-blooded animals' },
    ]);
  });

  it('reads “While A …, B …”, leaves asides in parentheses out, and cuts a relative clause off the other side', () => {
    expect(findComparisons(tokensOf('While pastoral societies used small tools, agricultural societies relied on permanent tools.'))[0]).toEqual({
      subject: 'pastoral societies',
      other: 'agricultural societies',
      property: 'used small tools',
    });
    expect(findComparisons(tokensOf('A price ceiling keeps a price from rising above a certain level (the “ceiling”), while a price floor keeps a price from falling below a given level.'))[0]).toEqual({
      subject: 'price ceiling',
      other: 'price floor',
      property: 'keeps a price from rising above a certain level',
    });
    expect(findComparisons(tokensOf('Unlike industrial societies that are rooted in the production of goods, information societies are based on the production of services.'))).toEqual([
      { subject: 'information societies', other: 'industrial societies', property: 'are based on the production of services' },
    ]);
  });

  it('finds no comparison in a temporal “while” or with a pronoun for a side', () => {
    expect(findComparisons(tokensOf('While studying, she drank a lot of coffee.'))).toEqual([]);
    expect(findComparisons(tokensOf('Some students did the work, while others did very little.'))).toEqual([]);
  });
});

describe('findParts', () => {
  it('reads what a whole consists of or is composed of', () => {
    expect(findParts(tokensOf('Ribosomes are composed of rRNA and protein.'))).toEqual([{ whole: 'Ribosomes', verb: 'composed', plural: true, members: ['rRNA', 'protein'] }]);
    expect(findParts(tokensOf('A typical spiral galaxy consists of a central bulge, a halo, a disk, and spiral arms.'))).toEqual([
      { whole: 'A typical spiral galaxy', verb: 'consist', plural: false, members: ['central bulge', 'halo', 'disk', 'spiral arms'] },
    ]);
  });

  it('finds no parts for a pronoun or for a clause', () => {
    expect(findParts(tokensOf('They consist of a central bulge and a halo.'))).toEqual([]);
    expect(findParts(tokensOf('The test consists of reading the text and answering questions.'))).toEqual([]);
  });
});

describe('findSequences', () => {
  const text = [
    'Hair Growth',
    '',
    'Hair grows and is eventually shed and replaced by new hair. This occurs in three phases. The first is the anagen phase, during which cells divide rapidly. The catagen phase lasts only 2 to 3 weeks. Finally, during the telogen phase, the hair follicle is at rest.',
  ].join('\n');

  it('reads stages named one after another after “three phases”, of the section’s topic', () => {
    const [sequence] = findSequences(analyzeText(text).sentences);
    expect(sequence).toMatchObject({ head: 'phase', count: 3, topic: 'hair growth' });
    expect(sequence!.items.map((item) => item.text)).toEqual(['anagen phase', 'catagen phase', 'telogen phase']);
  });

  it('finds none when fewer stages are named than announced', () => {
    expect(findSequences(analyzeText(text.replace(' The catagen phase lasts only 2 to 3 weeks.', '')).sentences)).toEqual([]);
  });
});
