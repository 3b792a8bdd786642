import { describe, expect, it } from 'vitest';
import {
  bracketedBlank,
  explanationNamesOtherTerm,
  passingNameAnswer,
  abbreviationGivesAway,
  answerNotInSource,
  backgroundWordAnswer,
  blankInList,
  isInstruction,
  weakSentence,
  clozeDisagrees,
  commonWordAnswer,
  contextDependent,
  correctLookingDistractor,
  cutExplanation,
  demonstrativeTerm,
  duplicateChoices,
  eraNotation,
  everydayWordAnswer,
  exampleSpecies,
  givesAnswerAway,
  oddSwap,
  passingWordAnswer,
  refersToFigure,
  roleOnlyDescription,
  sameFamily,
  splitsName,
  strayHyphen,
  swapMisfits,
  trueFalseDisagrees,
  unbalancedAnswer,
  unspecificCue,
  vagueExplanation,
  writtenCompounds,
} from './checks.ts';

const BLANK = '_____';

describe('contextDependent, pronouns and counting', () => {
  it.each([
    'On the third day, they crossed the river at its mouth.',
    'Since they are made of ice, glaciers move slowly.',
    'And the river floods every spring.',
    'The second problem is that the levees are too low.',
    'One reason is that the soil is rich.',
    'In both cases, the river drops its sand at the mouth.',
    'Deltas, by contrast, form where the river slows down.',
    'However, the levees that held back the river are still there.',
    'Similarly, a wider channel carries more water each second.',
    'The answer is that silt settles where the current slows.',
    'A further sign of the flood is the line of debris on the banks.',
    'The concern here is that the banks may give way.',
  ])('leans on the sentence before: %s', (sentence) => expect(contextDependent(sentence)).toBe(true));

  it.each([
    'Glaciers move slowly because they are made of ice.',
    'The first three stages of a flood are rising, cresting and falling.',
    'If farmers plant too early, they lose the crop to frost.',
  ])(
    'stands on its own: %s',
    (sentence) => expect(contextDependent(sentence)).toBe(false),
  );
});

describe('contextDependent, a demonstrative whose noun the sentence names first', () => {
  it('reads the pointer as inside the sentence', () => {
    expect(contextDependent('Beekeepers inspect the hives weekly and keep notes on the health of these hives.')).toBe(false);
    expect(contextDependent('Potters shape the vessels by hand and fire each of those vessels twice.')).toBe(false);
  });
  it('still reads a demonstrative with no noun before it, or "such", as pointing back', () => {
    expect(contextDependent('Beekeepers keep notes on the health of these hives.')).toBe(true);
    expect(contextDependent('The flood of 1927 was perhaps the worst of many such floods.')).toBe(true);
  });
});

describe('contextDependent, "such as"', () => {
  it('reads "such as" as examples, not a pointer back', () => {
    expect(contextDependent('A dam is a barrier across a river, such as the Hoover Dam, that holds back water.')).toBe(false);
    expect(contextDependent('Such dams hold back water.')).toBe(true);
  });
});

describe('contextDependent: connectives that answer the sentence before', () => {
  it('catches "however" inside a sentence and openers that continue an argument', () => {
    expect(contextDependent('Copper was scarce in the valley, however, and traders brought it from the hills.')).toBe(true);
    expect(contextDependent('Indeed, most farmers kept goats as well as sheep.')).toBe(true);
    expect(contextDependent('As a consequence, the river silted up within a century.')).toBe(true);
    expect(contextDependent('The answer lies in the shape of the enzyme’s active site.')).toBe(true);
    expect(contextDependent('The first is the larval stage, when the insect feeds constantly.')).toBe(true);
  });

  it('leaves standalone sentences alone', () => {
    expect(contextDependent('Furthermore, enzymes lower the energy a reaction needs to start.')).toBe(false);
    expect(contextDependent('The first stage of mitosis is prophase.')).toBe(false);
  });
});

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

describe('refersToFigure: picture credits', () => {
  it('catches a credit run into a sentence', () => {
    expect(refersToFigure('(Photograph provided by the State Museum © 2019) The shell is made of calcium carbonate.')).toBe(true);
    expect(refersToFigure('The crater was imaged from orbit, courtesy of the space agency.')).toBe(true);
    expect(refersToFigure('The shell is made of calcium carbonate provided by the food the snail eats.')).toBe(false);
  });
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

  it('passes a phrase of everyday words that the sentence explains in apposition after the blank', () => {
    const twice = { defined: false, mentions: 2, proper: false };
    expect(commonWordAnswer('crop rotation', twice, 'Farmers turned to _____, the practice of planting different crops in turn.', BLANK)).toBe(false);
    expect(commonWordAnswer('crop rotation', twice, 'Farmers turned to _____, the neighbours said.', BLANK)).toBe(true);
    expect(commonWordAnswer('water', twice, 'Farmers turned to _____, the practice of flooding the fields.', BLANK)).toBe(true);
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
  it.each(['Explain how determinism, libertarianism, and compatibilism are different.', 'By the end of this section, you will be able to: Identify the parts of a cell', '• Describe the structure of RNA', 'Watch this short video to see how a glacier carves a valley.', 'Visit the museum website to explore the collection.'])(
    'flags a learning objective or an instruction: %s',
    (text) => {
      expect(isInstruction(text)).toBe(true);
    },
  );

  it('passes a statement', () => {
    expect(isInstruction('Descriptive statistics summarize data.')).toBe(false);
    expect(isInstruction('Watchmakers once trained for seven years.')).toBe(false);
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

describe('swapMisfits', () => {
  const defined = (term: string, plural = false) => ({ term, plural, defined: true, proper: false });
  const at = (statement: string, text: string, plural = false) => ({ at: statement.indexOf(text), text, plural });

  it('lets a defined term of the same number stand in for the subject', () => {
    const statement = 'A glacier is a slow river of ice that moves down a valley.';
    expect(swapMisfits(statement, at(statement, 'glacier'), defined('moraine'))).toBe(false);
    const plural = 'Tributaries are streams that flow into a larger river.';
    expect(swapMisfits(plural, at(plural, 'Tributaries', true), defined('deltas', true))).toBe(false);
  });

  it('refuses after "a/an" a term written in the plural, an adjective, or two things joined by "and"', () => {
    const statement = 'A glacier is a slow river of ice that moves down a valley.';
    expect(swapMisfits(statement, at(statement, 'glacier'), defined('moraines'))).toBe(true);
    expect(swapMisfits(statement, at(statement, 'glacier'), defined('glacial'))).toBe(true);
    expect(swapMisfits(statement, at(statement, 'glacier'), defined('erosion and deposition'))).toBe(true);
    expect(swapMisfits(statement, at(statement, 'glacier'), defined('ice sheet'))).toBe(false);
  });

  it('refuses a swap the text never defines', () => {
    const statement = 'A glacier is a slow river of ice that moves down a valley.';
    expect(swapMisfits(statement, at(statement, 'glacier'), { ...defined('moraine'), defined: false })).toBe(true);
  });

  it('refuses a swap in passing, away from the subject', () => {
    const statement = 'When the ice melts, a glacier leaves its rocks behind.';
    expect(swapMisfits(statement, at(statement, 'glacier'), defined('moraine'))).toBe(true);
  });

  it('refuses a singular for words the statement writes in the plural ("Moraine are …")', () => {
    const statement = 'Tributaries are streams that flow into a larger river.';
    expect(swapMisfits(statement, at(statement, 'Tributaries', true), defined('moraine'))).toBe(true);
  });

  it('refuses a count noun left without its article ("Sand dune is …"), not a field or a mass noun', () => {
    const statement = 'Erosion is the wearing away of rock by water and wind.';
    expect(swapMisfits(statement, at(statement, 'Erosion'), defined('sand dune'))).toBe(true);
    expect(swapMisfits(statement, at(statement, 'Erosion'), defined('sedimentation'))).toBe(false);
  });

  it('refuses a swap that shares a word with the rest of the statement', () => {
    const statement = 'The river mouth is where a river meets the sea.';
    expect(swapMisfits(statement, at(statement, 'river mouth'), defined('river delta'))).toBe(true);
  });
});

describe('unspecificCue', () => {
  it.each([
    `${BLANK} also play an important role in keeping the soil moist.`,
    `${BLANK} is not fully understood by geologists.`,
    `The ${BLANK} was not the only reason for the drought.`,
    `Like ${BLANK}, sandstone wears away slowly.`,
  ])('cannot cue one answer: %s', (text) => expect(unspecificCue(text, BLANK)).toBe(true));

  it.each([
    `${BLANK} is the wearing away of rock by water and wind.`,
    `Unlike ${BLANK} that form from cooled lava, sandstone forms from grains of sand.`,
    `A ${BLANK} has no outlet to the sea.`,
    `A ${BLANK} is not a river but a body of still water.`,
  ])('says what the blank is: %s', (text) => expect(unspecificCue(text, BLANK)).toBe(false));
});

describe('unbalancedAnswer', () => {
  it('finds a bracket the answer opens and does not close', () => {
    expect(unbalancedAnswer('carbon dioxide (CO2')).toBe(true);
    expect(unbalancedAnswer('CO2)')).toBe(true);
    expect(unbalancedAnswer('carbon dioxide (CO2)')).toBe(false);
    expect(unbalancedAnswer('carbon dioxide')).toBe(false);
  });
});

describe('exampleSpecies', () => {
  it('finds a species the text names once or twice by its Latin name', () => {
    expect(exampleSpecies({ term: 'Bacillus subtilis', mentions: 1 })).toBe(true);
    expect(exampleSpecies({ term: 'E. coli', mentions: 2 })).toBe(true);
  });

  it('passes a species the text keeps returning to, and terms that only look like one', () => {
    expect(exampleSpecies({ term: 'Bacillus subtilis', mentions: 4 })).toBe(false);
    expect(exampleSpecies({ term: 'river delta', mentions: 1 })).toBe(false);
    expect(exampleSpecies({ term: 'Ice age', mentions: 1 })).toBe(false);
  });
});

describe('vagueExplanation: an event or an evaluation instead of what the term is', () => {
  it('refuses "a problem in …", "a violation of …", "a development that …" on a card back and as a prompt', () => {
    for (const asPrompt of [false, true]) {
      expect(vagueExplanation('a serious problem in the colonial army', asPrompt)).toBe(true);
      expect(vagueExplanation('a violation of the trade treaty', asPrompt)).toBe(true);
      expect(vagueExplanation('a development that helped farmers in dry regions', asPrompt)).toBe(true);
    }
  });

  it('passes an explanation that says what the term is', () => {
    expect(vagueExplanation('a disease carried by mosquitoes that causes fever and chills', false)).toBe(false);
    expect(vagueExplanation('a drug made from the bark of a tree that prevents malaria', true)).toBe(false);
  });
});

describe('contextDependent: "do so"', () => {
  it('reads "did so" as pointing back to an action named before', () => {
    expect(contextDependent('the means by which they did so')).toBe(true);
    expect(contextDependent('Farmers irrigate their fields in the dry season.')).toBe(false);
  });
});

describe('vagueExplanation', () => {
  it.each(['a process', 'The material'])('is too thin to teach a term anywhere: %s', (text) => {
    expect(vagueExplanation(text, false)).toBe(true);
    expect(vagueExplanation(text, true)).toBe(true);
  });

  it.each(['one of the oldest kinds of pottery', 'an example of an igneous rock', 'a key feature of river deltas', 'A characteristic of desert soils'])(
    'as a prompt, names only a class many terms belong to: %s',
    (text) => {
      expect(vagueExplanation(text, true)).toBe(true);
      expect(vagueExplanation(text, false)).toBe(false);
    },
  );

  it.each(['a mixture of clay and sand', 'the part of a river that meets the sea', 'a feature of a coastline that forms where waves cut into soft rock'])(
    'says which member it is: %s',
    (text) => expect(vagueExplanation(text, true)).toBe(false),
  );
});

describe('roleOnlyDescription', () => {
  it('finds a person described only by era, nationality or trade', () => {
    expect(roleOnlyDescription('a 19th century Welsh geologist', true)).toBe(true);
    expect(roleOnlyDescription('an Irish engineer', true)).toBe(true);
  });

  it('passes what the person did, and a common term', () => {
    expect(roleOnlyDescription('a Welsh geologist who mapped the rocks of Britain', true)).toBe(false);
    expect(roleOnlyDescription('a good conductor', false)).toBe(false);
  });
});

describe('demonstrativeTerm', () => {
  it('finds the term named after "these", "this", "such"', () => {
    expect(demonstrativeTerm('On the coast, these cliffs include chalk and flint.', ['cliffs'])).toBe(true);
    expect(demonstrativeTerm('Such a delta is a fan of sand at the mouth of a river.', ['delta'])).toBe(false);
    expect(demonstrativeTerm('Such deltas form where a river slows down at the sea.', ['deltas'])).toBe(true);
  });

  it('passes the term named on its own', () => {
    expect(demonstrativeTerm('Cliffs are steep faces of rock along a coast.', ['cliffs'])).toBe(false);
    expect(demonstrativeTerm('These cliffs are steep faces of rock along a coast.', ['cliffs'])).toBe(false);
  });
});

describe('abbreviationGivesAway', () => {
  it('finds a blank that abbreviates the words before it', () => {
    expect(abbreviationGivesAway(`Most rain falls in the wet season (${BLANK}) of the tropics.`, BLANK, 'WS')).toBe(true);
  });

  it('passes an abbreviation after the blank, and a blank that is no abbreviation', () => {
    expect(abbreviationGivesAway(`Soils are tested by the ${BLANK} (USDA) every year.`, BLANK, 'United States Department of Agriculture')).toBe(false);
    expect(abbreviationGivesAway(`Plants take in carbon dioxide (${BLANK}) through their leaves.`, BLANK, 'gas')).toBe(false);
    expect(abbreviationGivesAway(`Plants take in ${BLANK} through their leaves.`, BLANK, 'carbon dioxide')).toBe(false);
  });
});

describe('splitsName, a genus before its epithet', () => {
  it('finds a blank on the genus of a Latin species name', () => {
    expect(splitsName(`The soil teems with ${BLANK} subtilis in spring.`, BLANK, 'Bacillus')).toBe(true);
    expect(splitsName(`The soil teems with ${BLANK} in spring.`, BLANK, 'Bacillus')).toBe(false);
  });
});

describe('refersToFigure, a numbered reaction', () => {
  it('finds "Reaction 2"', () => expect(refersToFigure('Reaction 2 is sped up by an enzyme in the liver.')).toBe(true));
});

describe('everydayWordAnswer', () => {
  it('finds one everyday word', () => {
    expect(everydayWordAnswer('water')).toBe(true);
    expect(everydayWordAnswer('Rocks')).toBe(true);
  });

  it('passes a term of the subject, and a phrase', () => {
    expect(everydayWordAnswer('photosynthesis')).toBe(false);
    expect(everydayWordAnswer('river mouth')).toBe(false);
  });
});

describe('cutExplanation', () => {
  it('finds an explanation stopped inside a list or between two adjectives', () => {
    expect(cutExplanation('the mix of sand, silt', 'Soil is the mix of sand, silt and clay that covers the land.')).toBe(true);
    expect(cutExplanation('a layer of weathered', 'The topsoil, a layer of weathered, crumbly earth, feeds the plants.')).toBe(true);
  });

  it('passes a whole explanation', () => {
    expect(cutExplanation('the mix of sand, silt and clay that covers the land', 'Soil is the mix of sand, silt and clay that covers the land.')).toBe(false);
    expect(cutExplanation('a layer of crumbly earth', 'The topsoil, a layer of crumbly earth, feeds the plants.')).toBe(false);
  });
});

describe('eraNotation', () => {
  it('finds an era notation taken for a term', () => {
    for (const term of ['BCE', 'B.C.', 'AD', 'ce']) expect(eraNotation(term)).toBe(true);
    expect(eraNotation('bronze age')).toBe(false);
  });
});

describe('refersToFigure, another chapter', () => {
  it('finds a cross-reference to another part of the book', () => {
    expect(refersToFigure('the river deltas discussed in Rivers of the World')).toBe(true);
    expect(refersToFigure('Deltas grow slowly (see Rivers of the World).')).toBe(true);
    expect(refersToFigure('Deltas are discussed by geologists in many countries.')).toBe(false);
  });
});

describe('passingWordAnswer', () => {
  const passing = { defined: false, mentions: 1, proper: false };
  it('flags a word of general English the text names in passing', () => {
    expect(passingWordAnswer('publication', passing, 'The survey was finished a year before its _____ in the journal.', BLANK)).toBe(true);
  });
  it('passes a technical word, a word the text defines or keeps naming, and a blank that opens the sentence', () => {
    expect(passingWordAnswer('chloroplasts', passing, 'Light is captured by the _____ of the leaf.', BLANK)).toBe(false);
    expect(passingWordAnswer('publication', { ...passing, defined: true }, 'The survey was finished a year before its _____ in the journal.', BLANK)).toBe(false);
    expect(passingWordAnswer('publication', { ...passing, mentions: 3 }, 'The survey was finished a year before its _____ in the journal.', BLANK)).toBe(false);
    expect(passingWordAnswer('Settlements', passing, '_____ grew up where rivers met the sea.', BLANK)).toBe(false);
    expect(passingWordAnswer('fossils', passing, 'Old riverbeds often hold _____ of early fish.', BLANK)).toBe(false);
  });
});

describe('bracketedBlank', () => {
  it('refuses a blank inside brackets: a gloss, another name, a citation', () => {
    expect(bracketedBlank('Most reptiles are ectotherms (_____ animals) that bask in the sun.', '_____')).toBe(true);
    expect(bracketedBlank('The larva (also called a _____) feeds on leaves for several weeks.', '_____')).toBe(true);
    expect(bracketedBlank('Rituals mark the passage between life stages (_____ 1909).', '_____')).toBe(true);
  });

  it('leaves a blank outside brackets alone', () => {
    expect(bracketedBlank('The _____ (a kind of larva) feeds on leaves for several weeks.', '_____')).toBe(false);
    expect(bracketedBlank('Most reptiles (snakes and lizards) are _____ that bask in the sun.', '_____')).toBe(false);
  });
});

describe('passingNameAnswer', () => {
  const undefinedConcept = { defined: false };
  it('refuses a name blanked mid-sentence that the text does not explain', () => {
    expect(passingNameAnswer('Oxford University', undefinedConcept, 'In 1921 the chemist took a post at _____, where she studied crystals.', '_____')).toBe(true);
    expect(passingNameAnswer('Treaty of Paris', undefinedConcept, 'The war ended two years later, and the _____ redrew the borders.', '_____')).toBe(true);
  });

  it('keeps a name the sentence opens on, introduces by name, or the text defines or heads', () => {
    expect(passingNameAnswer('Mendel', undefinedConcept, '_____ crossed pea plants to trace how traits pass on.', '_____')).toBe(false);
    expect(passingNameAnswer('Doppler effect', undefinedConcept, 'The pitch of a passing siren changes, an effect called the _____.', '_____')).toBe(false);
    expect(passingNameAnswer('Treaty of Paris', { defined: true }, 'The war ended two years later, and the _____ redrew the borders.', '_____')).toBe(false);
    expect(passingNameAnswer('Treaty of Paris', { defined: false, headed: true }, 'The war ended two years later, and the _____ redrew the borders.', '_____')).toBe(false);
  });

  it('keeps abbreviations of technical terms and lower-case terms', () => {
    expect(passingNameAnswer('ATP', undefinedConcept, 'Cells store the energy they release from food as _____ for later use.', '_____')).toBe(false);
    expect(passingNameAnswer('mitochondria', undefinedConcept, 'Cells release the energy of food in their _____ for later use.', '_____')).toBe(false);
  });
});

describe('explanationNamesOtherTerm', () => {
  const terms = ['nucleus', 'cell membrane', 'cytoplasm'];
  it('catches "X is the Y, …" read the wrong way round, and an explanation that names another term', () => {
    expect(explanationNamesOtherTerm('the nucleus, the control centre of the cell', terms)).toBe(true);
    expect(explanationNamesOtherTerm('a thin layer called the cell membrane', terms)).toBe(true);
  });

  it('passes an explanation that only mentions another term inside it', () => {
    expect(explanationNamesOtherTerm('the jelly-like fluid between the nucleus and the cell membrane', terms)).toBe(false);
    expect(explanationNamesOtherTerm('the nucleus of an atom', terms)).toBe(false);
  });

  it('passes a definition by its class, even when the class is another term of the text', () => {
    expect(explanationNamesOtherTerm('a cell membrane, which lets some molecules through and keeps others out', terms)).toBe(false);
    expect(explanationNamesOtherTerm('a public association, which was created to take part in politics', ['public association'])).toBe(false);
  });
});

describe('clozeDisagrees and trueFalseDisagrees: a dropped figure pointer', () => {
  it('accepts an item that left out the bracketed figure pointer of its sentence', () => {
    const source = 'Glaciers carve valleys into a U shape (Figure 7.3) over thousands of years.';
    expect(clozeDisagrees('_____ carve valleys into a U shape over thousands of years.', '_____', 'Glaciers', source)).toBe(false);
    expect(trueFalseDisagrees('Glaciers carve valleys into a U shape over thousands of years.', 'True', source)).toBe(false);
  });

  it('still refuses an item whose words differ from the sentence', () => {
    const source = 'Glaciers carve valleys into a U shape (Figure 7.3) over thousands of years.';
    expect(clozeDisagrees('_____ carve valleys into a V shape over thousands of years.', '_____', 'Glaciers', source)).toBe(true);
  });
});

describe('givesAnswerAway: short words of a multi-word answer', () => {
  it('needs the short word to show as well', () => {
    expect(givesAnswerAway('The _____ is half the baud rate of the line.', 'bit rate')).toBe(false);
    expect(givesAnswerAway('Most stars swell into giants late in life, and a _____ is one of them.', 'red giant')).toBe(false);
  });

  it('still finds an answer whose every word shows', () => {
    expect(givesAnswerAway('A red star of this size is called a giant.', 'red giant')).toBe(true);
    expect(givesAnswerAway('Photosynthetic cells hold chlorophyll.', 'photosynthesis')).toBe(true);
  });
});

describe('commonWordAnswer: a gloss in brackets after the blank', () => {
  const concept = { defined: false, mentions: 1, proper: false };
  it('passes an everyday phrase the sentence glosses right after the blank', () => {
    expect(commonWordAnswer('first cousins', concept, 'Sociologists count _____ (the children of a parent’s brother or sister) as close kin.', '_____')).toBe(false);
  });

  it('still refuses it without a gloss, or with a date in the brackets', () => {
    expect(commonWordAnswer('first cousins', concept, 'Sociologists count _____ as close kin.', '_____')).toBe(true);
    expect(commonWordAnswer('first cousins', concept, 'Sociologists count _____ (Smith and Jones 1990) as close kin.', '_____')).toBe(true);
  });
});

describe('passingNameAnswer: a sentence that says what the name is', () => {
  const undefinedConcept = { defined: false };
  it('passes a name the sentence goes on to describe with "was/were …"', () => {
    expect(passingNameAnswer('Grange', undefinedConcept, 'Founded in 1867 by farmers, the _____ was a league that fought railroad rates.', '_____')).toBe(false);
    expect(passingNameAnswer('Levellers', undefinedConcept, 'During the civil war, the _____ were soldiers, tradesmen, and pamphleteers who demanded a wider vote.', '_____')).toBe(false);
  });

  it('still refuses a name the sentence only says something happened to', () => {
    expect(passingNameAnswer('Grange', undefinedConcept, 'Founded in 1867 by farmers, the _____ was dissolved in a few states.', '_____')).toBe(true);
    expect(passingNameAnswer('Grange', undefinedConcept, 'Founded in 1867 by farmers, the _____ was quickly popular.', '_____')).toBe(true);
  });
});
