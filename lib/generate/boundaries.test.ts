// Sentence boundaries on small texts of each shape that went wrong: quotations, abbreviations and initials,
// headings glued to the next sentence by a single line break, and words broken at line ends (a PDF paste).
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { goesOn, headingLines } from './boundaries.ts';
import { generateFromText } from './index.ts';

const sentencesOf = (text: string) => analyzeText(text).sentences.map((sentence) => sentence.source.sentence);
const headingsOf = (text: string) =>
  analyzeText(text)
    .sentences.filter((sentence) => sentence.heading)
    .map((sentence) => sentence.source.sentence);

describe('a quoted exclamation or question', () => {
  it('does not end the sentence when it goes on in lower case', () => {
    expect(sentencesOf('“Eureka!” he shouted. Then he ran home.')).toEqual(['“Eureka!” he shouted.', 'Then he ran home.']);
    expect(sentencesOf('"Why does ice float?" she asked. Ice is less dense than water.')).toEqual(['"Why does ice float?" she asked.', 'Ice is less dense than water.']);
  });

  it('does not end the sentence before a verb of saying', () => {
    expect(sentencesOf('He said “Stop!” and left. She stayed.')).toEqual(['He said “Stop!” and left.', 'She stayed.']);
    expect(sentencesOf('“Is it alive?” asked the girl. It was not.')).toEqual(['“Is it alive?” asked the girl.', 'It was not.']);
  });

  it('still ends it when a new sentence follows', () => {
    expect(sentencesOf('He shouted “Eureka!” Then he ran home.')).toEqual(['He shouted “Eureka!”', 'Then he ran home.']);
    expect(sentencesOf('Why does ice float? It is less dense than water.')).toEqual(['Why does ice float?', 'It is less dense than water.']);
  });
});

describe('abbreviations and initials', () => {
  it.each([
    ['Mt. Everest is the highest mountain. It lies in the Himalayas.', 'Mt. Everest is the highest mountain.'],
    ['The case Marbury v. Madison set judicial review. It was decided in 1803.', 'The case Marbury v. Madison set judicial review.'],
    ['Metals, e.g. iron and copper, conduct heat. Wood does not.', 'Metals, e.g. iron and copper, conduct heat.'],
    ['Noble gases, i.e. helium and neon, rarely react. Sodium reacts fast.', 'Noble gases, i.e. helium and neon, rarely react.'],
    ['Salt, sugar, etc. dissolve in water. Sand does not.', 'Salt, sugar, etc. dissolve in water.'],
    ['Dr. Jenner made the first vaccine. It protected against smallpox.', 'Dr. Jenner made the first vaccine.'],
    ['The electron was found by J. J. Thomson in 1897. He used a cathode ray tube.', 'The electron was found by J. J. Thomson in 1897.'],
    ['St. Helens erupted in 1980. The blast flattened forests.', 'St. Helens erupted in 1980.'],
    // The tagger alone cuts these.
    ['See Fig. 3 for the layout of a cell. It shows the nucleus.', 'See Fig. 3 for the layout of a cell.'],
    ['The city dates to ca. 1200 BC. It was rebuilt twice.', 'The city dates to ca. 1200 BC.'],
    ['Smith et al. found the gene in 1990. It was new.', 'Smith et al. found the gene in 1990.'],
  ])('keep one sentence: %s', (text, first) => {
    expect(sentencesOf(text)[0]).toBe(first);
  });

  it('end a sentence where a common word starts the next one', () => {
    expect(sentencesOf('Blood type A. The second type is B.')).toEqual(['Blood type A.', 'The second type is B.']);
    expect(sentencesOf('We bought salt, sugar, etc. Then we went home.')).toEqual(['We bought salt, sugar, etc.', 'Then we went home.']);
  });

  it('goesOn reads the word before the full stop', () => {
    const lower = new Set(['the', 'then']);
    expect(goesOn('It was named for Gen.', 'Grant.', ' ', lower)).toBe(true);
    expect(goesOn('See No.', '5 below.', ' ', lower)).toBe(true);
    expect(goesOn('Say no.', 'Then go.', ' ', lower)).toBe(false);
    expect(goesOn('It ended, etc.', 'The end.', ' ', lower)).toBe(false);
    expect(goesOn('Mt.', 'Everest.', '\n\n', lower)).toBe(false);
  });
});

describe('headings', () => {
  it('followed by a single line break are sentences of their own, marked as headings', () => {
    const text = 'Accessory Structures\nHair is a keratinous filament. It grows out of the epidermis.\nNails\nThe nail bed is skin under the nail. Nails protect the fingertips.';
    expect(sentencesOf(text)).toEqual([
      'Accessory Structures',
      'Hair is a keratinous filament.',
      'It grows out of the epidermis.',
      'Nails',
      'The nail bed is skin under the nail.',
      'Nails protect the fingertips.',
    ]);
    expect(headingsOf(text)).toEqual(['Accessory Structures', 'Nails']);
  });

  it('stacked on each other, numbered or in capitals, each stand alone', () => {
    const text = '4.1 Types of Societies\nLEARNING OBJECTIVES\nBy the end of this section, you should be able to describe societies.';
    expect(sentencesOf(text)).toEqual(['4.1 Types of Societies', 'LEARNING OBJECTIVES', 'By the end of this section, you should be able to describe societies.']);
  });

  it('are not found in the lines of hard-wrapped prose', () => {
    const wrapped = [
      'In sociological terms, society refers to a group of people who live in',
      'a definable community and share the same cultural components. On a',
      'broader scale, society consists of the people and institutions around',
      'us, our shared beliefs, and our cultural ideas. Typically, many',
      'societies also share a political authority and a common set of laws.',
      // A sentence that starts a line and breaks before a name reads like a heading but for its length.
      'Colonists in Boston, New York and Philadelphia wrote to King',
      'George III about the tax, and the king did not answer them at all.',
      'Preindustrial Societies',
      'Before the Industrial Revolution, work was largely person- or animal-based,',
      'and relied on human workers or horses to power mills and drive pumps.',
    ].join('\n');
    expect(headingLines(wrapped).map((line) => line.text)).toEqual(['Preindustrial Societies']);
  });

  it('do not take a line that ends in a word needing another, or a sentence', () => {
    expect(headingLines('The end.\nThe theory of\nPlate tectonics is a theory.').map((line) => line.text)).toEqual([]);
    expect(headingLines('Hair\nHair is a filament.').map((line) => line.text)).toEqual(['Hair']);
  });

  it('find a heading after a picture credit that closes the paragraph before it', () => {
    const text = 'Farmers stored grain in the temple. (Credit: City Museum\narchive, public domain)\nBronze Age Trade\nMerchants carried tin over long distances.';
    expect(headingLines(text).map((line) => line.text)).toEqual(['Bronze Age Trade']);
    // A bracket that closes a sentence's own words does not end it: the next line goes on.
    expect(headingLines('Farmers in the valley stored grain in\nthe temple granaries (mostly barley)\nBronze Age Trade\nMerchants carried tin.').map((line) => line.text)).toEqual([]);
  });
});

describe('words broken at line ends (a PDF paste)', () => {
  const text = [
    'Money Functions',
    'Gold is a good con-',
    'ductor of electricity, and engineers use it in circuits. Before the',
    'Industrial Revolution, work was largely person- or animal-based. A good',
    'conductor of electricity carries current with little loss. Copper is also a good',
    'conductor of electricity, and copper is cheaper than gold. The con-',
    'ductor carries the current to the lamp.',
  ].join('\n');

  it('are rejoined in what items show, and cited as written', () => {
    const result = generateFromText(text);
    if (!result.ok) throw new Error(result.error.message);
    const shown = [
      ...result.value.concepts.flatMap((concept) => [concept.term, concept.definition ?? '']),
      ...result.value.cards.flatMap((card) => [card.front, card.back]),
      ...result.value.questions.flatMap((question) => [question.prompt, JSON.stringify(question.answer)]),
    ];
    for (const words of shown) expect(words).not.toMatch(/con-\s*ductor|con-ductor|\p{L}-\s+(?!or\b|and\b)/u);
    const analyzed = analyzeText(text);
    const gold = analyzed.sentences.find((sentence) => sentence.source.sentence.startsWith('Gold'))!;
    expect(gold.source.sentence).toBe('Gold is a good con-\nductor of electricity, and engineers use it in circuits.');
    expect(gold.clean).toBe('Gold is a good conductor of electricity, and engineers use it in circuits.');
  });

  it('keep a suspended hyphen before "or" and "and"', () => {
    const analyzed = analyzeText(text);
    expect(analyzed.sentences.map((sentence) => sentence.clean)).toContain('Before the Industrial Revolution, work was largely person- or animal-based.');
  });
});
