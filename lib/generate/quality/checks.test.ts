import { describe, expect, it } from 'vitest';
import {
  answerNotInSource,
  backgroundWordAnswer,
  blankInList,
  isInstruction,
  weakSentence,
  clozeDisagrees,
  commonWordAnswer,
  contextDependent,
  correctLookingDistractor,
  duplicateChoices,
  givesAnswerAway,
  oddSwap,
  refersToFigure,
  sameFamily,
  splitsName,
  strayHyphen,
  trueFalseDisagrees,
  writtenCompounds,
} from './checks.ts';

const BLANK = '_____';

describe('contextDependent', () => {
  it.each([
    'They also produce hormones, which travel in the blood.',
    'Such cells are called stem cells.',
    'This is called the greenhouse effect.',
    'These organelles make proteins.',
    'As a result, prices rise.',
    '“It was the best of times,” he wrote.',
  ])('flags a sentence that leans on the one before: %s', (sentence) => {
    expect(contextDependent(sentence)).toBe(true);
  });

  it.each(['The cell membrane controls what enters the cell.', 'A fruit is a seed-bearing structure, such as an apple or a bean pod.', 'There are three types of rock.', 'Thermal energy flows from hot to cold.', 'Theory predicts the outcome.'])(
    'passes a sentence that stands alone: %s',
    (sentence) => {
      expect(contextDependent(sentence)).toBe(false);
    },
  );
});

describe('refersToFigure', () => {
  it.each(['Figure 3.2 shows the structure of a neuron.', 'As shown below, the curve rises.', 'The table below lists the planets.', 'See the map for details.', '(credit: NASA)', 'as in Table 4'])(
    'flags a reference to something the item cannot show: %s',
    (text) => {
      expect(refersToFigure(text)).toBe(true);
    },
  );

  it.each(['A figure of speech is a phrase.', 'The tables turned in 1848.', 'Mitosis has four phases.'])('passes ordinary prose: %s', (text) => {
    expect(refersToFigure(text)).toBe(false);
  });
});

describe('commonWordAnswer', () => {
  const undefinedRare = { defined: false, mentions: 1, proper: false };
  it('flags an everyday word the text neither defines nor introduces, however often it comes up', () => {
    expect(commonWordAnswer('liquid', undefinedRare)).toBe(true);
    expect(commonWordAnswer('water', undefinedRare)).toBe(true);
    expect(commonWordAnswer('experiments', { defined: false, mentions: 9, proper: false })).toBe(true);
  });

  it('flags a phrase of everyday words named once or twice, and passes one the text keeps returning to', () => {
    expect(commonWordAnswer('daily life', { defined: false, mentions: 2, proper: false })).toBe(true);
    expect(commonWordAnswer('civil society', { defined: false, mentions: 3, proper: false })).toBe(false);
  });

  it('passes a rare word, a defined everyday word and a name', () => {
    expect(commonWordAnswer('photosynthesis', undefinedRare)).toBe(false);
    expect(commonWordAnswer('cell', { defined: true, mentions: 1, proper: false })).toBe(false);
    expect(commonWordAnswer('Washington', { defined: false, mentions: 1, proper: true })).toBe(false);
  });

  it('flags an answer of function words only', () => {
    expect(commonWordAnswer('the', undefinedRare)).toBe(true);
  });
});

describe('splitsName', () => {
  it.each([
    ['The eruption of Mt. _____ in 1980 was recorded.', 'St. Helens'],
    ['In Smith v. _____, the court ruled.', 'Jones'],
    ['The _____ of Independence was signed in 1776.', 'Declaration'],
    ['The _____ Revolution began in 1789.', 'French'],
    ['The ideas of Karl _____ shaped the century.', 'Marx'],
  ])('flags a blank inside a name: %s', (text, answer) => {
    expect(splitsName(text, BLANK, answer)).toBe(true);
  });

  it.each([
    ['_____ is the process by which plants make food.', 'Photosynthesis'],
    ['In 1789, _____ stormed the Bastille.', 'Parisians'],
    ['The cell is surrounded by a _____ that controls what enters.', 'membrane'],
  ])('passes a blank that stands alone: %s', (text, answer) => {
    expect(splitsName(text, BLANK, answer)).toBe(false);
  });
});

describe('sameFamily and givesAnswerAway', () => {
  it('joins the forms of one word and keeps different words apart', () => {
    expect(sameFamily('photosynthesis', 'photosynthetic')).toBe(true);
    expect(sameFamily('democracy', 'democratic')).toBe(true);
    expect(sameFamily('cells', 'cell')).toBe(true);
    expect(sameFamily('cell', 'cellular')).toBe(false);
    expect(sameFamily('protein', 'protest')).toBe(false);
  });

  it('flags a prompt that shows the answer in another form', () => {
    expect(givesAnswerAway('Photosynthetic organisms use _____ to make sugar.', 'photosynthesis')).toBe(true);
    expect(givesAnswerAway('What term does the text use for “a democratic form of rule”?', 'Democracy')).toBe(true);
  });

  it('passes a multi-word answer when only part of it shows', () => {
    expect(givesAnswerAway('The cell takes in water through the _____.', 'cell membrane')).toBe(false);
    expect(givesAnswerAway('Which term names the layer of rock beneath the crust?', 'mantle')).toBe(false);
  });
});

describe('choices', () => {
  it('flags two choices that read as one', () => {
    expect(duplicateChoices(['Antigen', 'Antigens', 'Antibody', 'Enzyme'])).toBe(true);
    expect(duplicateChoices(['The nucleus', 'nucleus', 'Ribosome'])).toBe(true);
    expect(duplicateChoices(['Antigen', 'Antibody', 'Enzyme'])).toBe(false);
  });

  it('flags a wrong choice a careful student could defend', () => {
    expect(correctLookingDistractor('Political party', 'Party')).toBe(true);
    expect(correctLookingDistractor('antibodies', 'Antibody')).toBe(true);
    expect(correctLookingDistractor('Lymphocytes', 'B cells', 'Lymphocytes are white blood cells such as B cells and T cells.')).toBe(true);
    expect(correctLookingDistractor('Lymphocytes', 'Macrophages', 'Lymphocytes are white blood cells such as B cells and T cells.')).toBe(false);
  });
});

describe('keys', () => {
  it('flags a cloze whose answer does not give back the cited sentence', () => {
    expect(clozeDisagrees('_____ is the powerhouse of the cell.', BLANK, 'Mitochondria', 'Mitochondria is the powerhouse of the cell.')).toBe(false);
    expect(clozeDisagrees('_____ is the powerhouse of the cell.', BLANK, 'Ribosome', 'Mitochondria is the powerhouse of the cell.')).toBe(true);
    expect(clozeDisagrees('_____ is the process.', BLANK, 'Photosynthesis', 'Photo-\nsynthesis is the process.')).toBe(false);
  });

  it('flags a key the cited sentence never names, in any word order', () => {
    expect(answerNotInSource('Chlorophyll', 'Chlorophyll is the green pigment in leaves.')).toBe(false);
    expect(answerNotInSource('Institutionalization in a narrow sense', 'In a narrow sense, institutionalization is the creation of a framework.')).toBe(false);
    expect(answerNotInSource('Stroma', 'Chlorophyll is the green pigment in leaves.')).toBe(true);
  });

  it('flags a true/false whose key disagrees with the sentence', () => {
    const sentence = 'Magma is molten rock beneath the surface.';
    expect(trueFalseDisagrees('Magma is molten rock beneath the surface.', 'True', sentence)).toBe(false);
    expect(trueFalseDisagrees('Magma is molten rock beneath the surface.', 'False', sentence)).toBe(true);
    expect(trueFalseDisagrees('Lava is molten rock beneath the surface.', 'False', sentence)).toBe(false);
    expect(trueFalseDisagrees('Lava is molten rock beneath the surface.', 'True', sentence)).toBe(true);
  });
});

describe('oddSwap', () => {
  it('flags a swap of a name for a term, a date for a word, a process for a thing', () => {
    expect(oddSwap('photosynthesis', 'Charles Darwin')).toBe(true);
    expect(oddSwap('the Bronze Age', '1848')).toBe(true);
    expect(oddSwap('photosynthesis', 'chloroplast')).toBe(true);
  });

  it('passes a like-for-like swap', () => {
    expect(oddSwap('helper T cells', 'cytotoxic T cells')).toBe(false);
    expect(oddSwap('photosynthesis', 'cellular respiration')).toBe(false);
    expect(oddSwap('Thomas Jefferson', 'John Adams')).toBe(false);
  });
});

describe('strayHyphen', () => {
  const text = 'The temp-\nerature rose. The temperature of the multi-party system fell.';
  it('flags a line-end hyphen left inside a word the text writes whole', () => {
    expect(strayHyphen('The temp-erature rose.', new Set(['temperature']), writtenCompounds(text))).toBe(true);
  });

  it('passes a compound the text writes with its hyphen mid-line', () => {
    expect(strayHyphen('the multi-party system', new Set(['multiparty']), writtenCompounds(text))).toBe(false);
  });
});

describe('blankInList', () => {
  it.each([
    'Hair serves a variety of functions, including protection, sensory input, _____, and communication.',
    'Volcanic eruptions, _____, and large-scale movements of the continents rework the surface.',
    'Humans learned to cook, make pottery, and _____ metals.',
    '_____, erosion, and large-scale movements of the continents rework the surface.',
  ])('flags a blank on one item of a list: %s', (text) => {
    expect(blankInList(text, BLANK)).toBe(true);
  });

  it.each(['_____ is the process by which plants make food.', 'In a cell, the _____ makes proteins, and the nucleus stores DNA.'])('passes a blank outside a list: %s', (text) => {
    expect(blankInList(text, BLANK)).toBe(false);
  });
});

describe('weakSentence', () => {
  it('flags a question, an aside in brackets, a long quotation, a thin cue and a unit after a number', () => {
    expect(weakSentence('If free riding is so prevalent, why are there so many interest groups?')).toBe(true);
    expect(weakSentence('(Although geo- means “related to Earth,” astronomers also talk about geology.)')).toBe(true);
    expect(weakSentence('Rutherford wrote: “It was quite the most incredible event that has ever happened to me.”')).toBe(true);
    expect(weakSentence('A few rift zones are found on land.', 'A few _____ are found on land.', BLANK)).toBe(true);
    expect(weakSentence('The arms range from 20,000 to 100,000 light-years across the disk of the galaxy.', 'The arms range from 20,000 to 100,000 _____ across the disk of the galaxy.', BLANK)).toBe(true);
  });

  it('passes a plain statement with enough words to cue the answer', () => {
    expect(weakSentence('Photosynthesis is the process by which plants make food from light.', '_____ is the process by which plants make food from light.', BLANK)).toBe(false);
  });
});

describe('isInstruction', () => {
  it.each(['Explain how determinism, libertarianism, and compatibilism are different.', 'By the end of this section, you will be able to: Identify the parts of a cell', '• Describe the structure of RNA'])(
    'flags a learning objective or an instruction: %s',
    (text) => {
      expect(isInstruction(text)).toBe(true);
    },
  );

  it('passes a statement', () => {
    expect(isInstruction('Descriptive statistics summarize data.')).toBe(false);
  });
});

describe('context and captions', () => {
  it('flags a demonstrative anywhere and a caption', () => {
    expect(contextDependent('Since the deflections were rare, this charge occupied little space.')).toBe(true);
    expect(refersToFigure('The Milky Way is seen to the right of the dome.')).toBe(true);
    expect(refersToFigure('(a) ESO 325-G004 is a giant elliptical galaxy.')).toBe(true);
    expect(refersToFigure('At the original equilibrium E0, the price is $500.')).toBe(true);
  });
});

describe('backgroundWordAnswer', () => {
  const undefinedTerm = { defined: false, proper: false };
  it.each(['colonists', 'researchers', 'microorganisms', 'enzymes', 'anthropologists'])('flags an undefined class word as the whole answer: %s', (answer) => {
    expect(backgroundWordAnswer(answer, undefinedTerm)).toBe(true);
  });

  it('passes a defined term, a name, a singular term and a phrase', () => {
    expect(backgroundWordAnswer('enzymes', { defined: true, proper: false })).toBe(false);
    expect(backgroundWordAnswer('Wegener', { defined: false, proper: true })).toBe(false);
    expect(backgroundWordAnswer('thymine', undefinedTerm)).toBe(false);
    expect(backgroundWordAnswer('oceanic crust', undefinedTerm)).toBe(false);
  });
});

describe('connectives', () => {
  it('passes a sentence opened by a connective that does not point back to a thing', () => {
    expect(contextDependent('Thus, clock recovery depends on having lots of transitions in the signal.')).toBe(false);
    expect(contextDependent('Therefore, the price rises.')).toBe(false);
  });
});
