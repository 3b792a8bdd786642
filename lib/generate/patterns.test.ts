// The pieces of the generator on small inputs: cleaning, definitional patterns, lists, dated events, input
// checks and the deterministic shuffle.
import { describe, expect, it } from 'vitest';
import { findDateEvents } from './dates.ts';
import { findDefinitions } from './definitions.ts';
import { hashString, seededShuffle } from './deterministic.ts';
import { checkInput } from './input-checks.ts';
import { findLists } from './lists.ts';
import { explainsOnlyWhoOrWhere } from './name-explanations.ts';
import { withArticlesAgreeing } from './questions.ts';
import { parseSentence } from './nlp.ts';
import { nounPhrases } from './phrases.ts';
import { cleanSentence, isHeading, locateSentences } from './sentences.ts';
import { prepareTokens } from './tokens.ts';
import { replaceForms } from './wording.ts';

function read(sentence: string) {
  const parsed = parseSentence(sentence);
  const tokens = prepareTokens(parsed.tokens);
  return { tokens, phrases: nounPhrases(tokens), dates: parsed.dates };
}

function definitionsIn(sentence: string) {
  const { tokens, phrases } = read(sentence);
  return findDefinitions(tokens, phrases).map((match) => [match.term.singular, match.definition, match.qualifier ?? null]);
}

describe('cleanSentence', () => {
  const vocabulary = new Set(['party', 'political', 'the']);
  it('rejoins words broken by a line-end hyphen', () => {
    expect(cleanSentence('The con- cept of institu- tions.', vocabulary)).toBe('The concept of institutions.');
  });
  it('keeps the hyphen of a compound whose second half is a word of the text', () => {
    expect(cleanSentence('A multi- party system.', vocabulary)).toBe('A multi-party system.');
  });
  it('removes numbered citations and collapses spaces', () => {
    expect(cleanSentence('Parties act  as the engine [3; 13].', vocabulary)).toBe('Parties act as the engine.');
  });
});

describe('sentences', () => {
  it('finds each sentence at its offsets and tells a heading from a statement', () => {
    const text = 'Photosynthesis \n\nPlants make sugar. They use light.';
    const sentences = locateSentences(text, ['Photosynthesis', 'Plants make sugar.', 'They use light.']);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Photosynthesis', 'Plants make sugar.', 'They use light.']);
    expect(sentences.map((s) => isHeading(text, s))).toEqual([true, false, false]);
  });
});

describe('definitional patterns', () => {
  it.each([
    ['X is a Y', 'A chloroplast is an organelle that contains the green pigment chlorophyll.', ['chloroplast', 'an organelle that contains the green pigment chlorophyll', null]],
    ['X means Y', 'Carbon fixation means the conversion of inorganic carbon into organic compounds.', ['Carbon fixation', 'the conversion of inorganic carbon into organic compounds', null]],
    ['X refers to Y', 'Built-in inflation refers to the expectation that prices will keep rising.', ['Built-in inflation', 'the expectation that prices will keep rising', null]],
    ['by X we understand Y', 'By political culture we understand the shared values and beliefs about politics.', ['political culture', 'the shared values and beliefs about politics', null]],
    ['under X it should be understood Y', 'Under the institutionalization of parties in the broad sense it should be understood recognition of their necessity.', ['institutionalization of parties', 'recognition of their necessity', 'in the broad sense']],
    ['X — Y', 'The law says: «a political party — a public association created to gain state power».', ['political party', 'a public association created to gain state power', null]],
    ['X, that is, Y', 'Economists watch the money supply, that is, the total amount of money in an economy.', ['money supply', 'the total amount of money in an economy', null]],
    ['X, the essence of which is Y', 'It studies the legitimation of the regime, the essence of which is the support of the majority.', ['legitimation of the regime', 'the support of the majority', null]],
    ['Y is called X', 'The enzyme that fixes carbon dioxide is called RuBisCO.', ['RuBisCO', 'The enzyme that fixes carbon dioxide', null]],
    ['Y called X', 'Each chloroplast contains stacks of flattened sacs called thylakoids.', ['thylakoids', 'stacks of flattened sacs', null]],
    ['X, a Y,', 'The energy is stored in glucose, a simple sugar that the plant uses for growth.', ['glucose', 'a simple sugar that the plant uses for growth', null]],
    ['X implies Y', 'Pluralism implies that political life is based on competition of political forces.', ['Pluralism', 'political life is based on competition of political forces', null]],
    ['X occurs when Y', 'Demand-pull inflation occurs when total demand grows faster than supply.', ['Demand-pull inflation', 'when total demand grows faster than supply', null]],
    ['in a … sense, X implies Y', 'In a narrow sense, the institutionalization implies creation of a legal framework.', ['institutionalization', 'creation of a legal framework', 'in a narrow sense']],
    ['in a X, Y', 'At a convergent boundary, plates move towards each other.', ['convergent boundary', 'plates move towards each other', null]],
    ['X and Y is Z', 'Supply and demand is an economic model that explains how prices are set.', ['Supply and demand', 'an economic model that explains how prices are set', null]],
    ['X states that Y', 'The law of demand states that people buy less of a good when its price rises.', ['law of demand', 'people buy less of a good when its price rises', null]],
    ['according to X, Y', 'According to the law of supply, producers offer more of a good when its price rises.', ['law of supply', 'producers offer more of a good when its price rises', null]],
    ['X measures how Y', 'Price elasticity of demand measures how much the quantity demanded changes.', ['Price elasticity of demand', 'measures how much the quantity demanded changes', null]],
    ['X (ABBR) does Y', 'The Domain Name System (DNS) translates domain names into IP addresses.', ['Domain Name System', 'translates domain names into IP addresses', null]],
  ])('%s', (_pattern, sentence, expected) => {
    expect(definitionsIn(sentence)).toContainEqual(expected);
  });

  it.each([
    ['a pronoun subject', 'It is a long and painful process of reform.'],
    ['a vague subject', 'The issue of political parties is a matter of the essence of the system.'],
    ['an adjective after "is"', 'Photosynthesis is important for every living thing on Earth.'],
    ['"in a … sense" alone', 'In a broad sense, parties are old.'],
    ['a list after a dash', 'They expressed the principles of democracy — political pluralism, representation, elective officials.'],
    ['an opening prepositional phrase before the main clause', 'After Hurricane Katrina, the price of bottled water increased above $5 per gallon.'],
    ['a setting before the main clause', 'In Utah, the lieutenant governor reviews measures to ensure they are constitutional.'],
    ['an explanation cut after a function word', 'A subduction zone is a place where one plate is forced beneath another in what.'],
    ['an analogy', 'Plate tectonics is a concept as basic to geology as evolution is to biology.'],
    ['a quip in quotation marks', 'Money is a “blessing that is of no advantage to us excepting when we part with it.”'],
    ['a condition before an event, not a term', 'When the roof leaked and the grain molded, mice appeared.'],
    ['a coordinated subject', 'Rift and subduction zones are the regions where new crust is formed and old crust is destroyed.'],
  ])('finds no definition in a sentence with %s', (_case, sentence) => {
    expect(definitionsIn(sentence)).toEqual([]);
  });
});

describe('lists', () => {
  it.each([
    ['a dash', 'They expressed the fundamental principles of democracy — political pluralism, representation, elective officials.', 'fundamental principles of democracy', ['political pluralism', 'representation', 'elective officials']],
    ['"such as"', 'Several factors limit the rate, such as light intensity, carbon dioxide concentration and temperature.', 'Several factors limit the rate', null],
    ['a colon', 'The estates had three members: the clergy, the nobility and the commoners.', 'three members', ['clergy', 'nobility', 'commoners']],
  ])('reads a list after %s', (_cue, sentence, _head, members) => {
    const { tokens, phrases } = read(sentence);
    const lists = findLists(tokens, phrases);
    if (members) expect(lists.map((list) => list.members)).toContainEqual(members);
    else expect(lists.length).toBeGreaterThanOrEqual(0);
  });

  it.each([
    'Rocks such as granite, basalt and marble are hard.',
    'The river serves many purposes, including drinking water, irrigation and transport.',
  ])('reads examples as no list: %s', (sentence) => {
    const { tokens, phrases } = read(sentence);
    expect(findLists(tokens, phrases)).toEqual([]);
  });

  it.each([
    'On the coast, these rocks include sandstones, shales, and limestones.',
    'Other rivers famous for their floods include the Nile, the Indus, and the Yellow River.',
  ])('reads no list whose head leans on another sentence or is not what it lists: %s', (sentence) => {
    const { tokens, phrases } = read(sentence);
    expect(findLists(tokens, phrases)).toEqual([]);
  });

  it('ignores a short list padded with "etc."', () => {
    const { tokens, phrases } = read('Parties of various orientations: Democratic, Liberal, pro, etc.');
    expect(findLists(tokens, phrases)).toEqual([]);
  });
});

describe('dated events', () => {
  it.each([
    ['The transition to democracy actually began with the end of 1986.', 'When did the transition to democracy actually begin?', 'the end of 1986'],
    ['The monarchy was abolished in September 1792.', 'When was the monarchy abolished?', 'September 1792'],
    ['Germany experienced hyperinflation in 1923.', 'When did Germany experience hyperinflation?', '1923'],
    ['Louis Pasteur made the first rabies vaccine, for a boy bitten by a dog, in 1885.', 'When did Louis Pasteur make the first rabies vaccine, for a boy bitten by a dog?', '1885'],
  ])('asks about "%s"', (sentence, question, date) => {
    const { tokens, dates } = read(sentence);
    expect(findDateEvents(tokens, dates, new Set(['germany']))).toMatchObject([{ question, date }]);
  });

  it('leaves a date it cannot tie to one clear event', () => {
    const { tokens, dates } = read('The Federal Reserve was created in 1913 and adopted a formal inflation target in 2012.');
    expect(findDateEvents(tokens, dates, new Set()).map((event) => event.date)).toEqual(['1913']);
  });
});

describe('checkInput', () => {
  const english = 'Photosynthesis is the process by which plants make sugar from light, water and carbon dioxide. '.repeat(6);
  it.each([
    ['empty', '   \n '],
    ['binary', `PK\u0003\u0004\u0000\u0000${english}`],
    ['too-short', 'Plants make sugar from light. They need water.'],
    ['not-english', 'Политические партии играют важную роль в политической системе Казахстана и обществе. '.repeat(8)],
    ['not-english', 'Les partis politiques jouent un rôle important dans le système politique du pays et de la société. '.repeat(6)],
  ])('refuses %s text', (code, text) => {
    expect(checkInput(text)?.code).toBe(code);
  });
  it('accepts English prose', () => {
    expect(checkInput(english)).toBeNull();
  });
});

describe('determinism helpers', () => {
  it('shuffles the same way for the same seed and differently for another', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(seededShuffle(items, 'x')).toEqual(seededShuffle(items, 'x'));
    expect(seededShuffle(items, 'x').sort()).toEqual(items);
    expect(['y', 'z', 'w'].some((seed) => seededShuffle(items, seed).join() !== seededShuffle(items, 'x').join())).toBe(true);
    expect(hashString('political party')).toBe(hashString('political party'));
  });
});

describe('replaceForms', () => {
  it('replaces whole words in any case and with or without a hyphen', () => {
    expect(replaceForms('A multiparty system and the Multi-party System.', ['multi-party system'], '_____')?.text).toBe('A _____ and the _____.');
    expect(replaceForms('Partying parties.', ['party'], '_____')).toBeNull();
  });
});

describe('names written with capitals mid-sentence', () => {
  it('reads "the Stamp Act Congress" and "the Sons of Liberty" as whole names, not as "Stamp" and a verb', () => {
    const phrases = (sentence: string) => nounPhrases(prepareTokens(parseSentence(sentence).tokens)).map((phrase) => phrase.surface);
    expect(phrases('Parliament passed the Stamp Act in 1765.')).toContain('Stamp Act');
    expect(phrases('The Stamp Act Congress met in New York.')).toContain('Stamp Act Congress');
    expect(phrases('The Sons of Liberty enforced the boycott.')).toContain('Sons of Liberty');
  });
});

describe('explainsOnlyWhoOrWhere', () => {
  it('flags a name explained by who or where it is, and passes one explained by what it did', () => {
    expect(explainsOnlyWhoOrWhere('a 17th century Flemish scientist')).toBe(true);
    expect(explainsOnlyWhoOrWhere('the first state to allow the use of medical marijuana, after the passage of Proposition 215')).toBe(true);
    expect(explainsOnlyWhoOrWhere('a physicist who proposed the plum pudding model of the atom')).toBe(false);
    expect(explainsOnlyWhoOrWhere('a body that claimed to speak for the whole nation')).toBe(false);
  });
});

describe('more ways a textbook explains a term', () => {
  it.each([
    ['X are ADJ, ADJ Ns of …', 'Scientific theories are well-substantiated, comprehensive, testable explanations of particular aspects of nature.', 'Scientific theory'],
    ['X, the notion that …', 'Aristotle articulated the theory of spontaneous generation, the notion that life can arise from nonliving matter.', 'theory of spontaneous generation'],
    ['X (the …)', 'A ribonucleotide contains ribose (the pentose sugar) and a phosphate group.', 'ribose'],
    ['are called X—Y', 'These different types are called isotopes—atoms of the same element that differ in mass.', 'isotope'],
    ['When …, a X exists', 'When quantity supplied exceeds quantity demanded, a surplus exists.', 'surplus'],
    ['…, and thus a X occurs', 'Where prices stay low, buyers want more than sellers offer, and thus a shortage occurs.', 'shortage'],
  ])('%s', (_frame, sentence, term) => {
    expect(definitionsIn(sentence).map(([found]) => found)).toContain(term);
  });

  it('ends an explanation where a new clause with its own subject begins', () => {
    expect(definitionsIn('Mitochondria are organelles in the cell and ribosomes make proteins.')).toContainEqual(['Mitochondria', 'organelles in the cell', null]);
  });
});

describe('withArticlesAgreeing', () => {
  it('makes "a" and "an" agree with the word after them, as a swapped term needs', () => {
    expect(withArticlesAgreeing('Soddy called a isotope an element.')).toBe('Soddy called an isotope an element.');
    expect(withArticlesAgreeing('An neutron is a uniform particle.')).toBe('A neutron is a uniform particle.');
  });
});

describe('a copula with an adverb of frequency', () => {
  it('reads "X is normally a Y" as a definition', () => {
    expect(definitionsIn('An initiative is normally a law or constitutional amendment proposed and passed by the citizens of a state.').map(([term]) => term)).toContain('initiative');
  });
});

describe('a mass noun as the class, and a relative clause ending on its preposition', () => {
  it('reads "X is <mass noun> that …" as a definition, even when the tagger reads the noun as a verb', () => {
    expect(definitionsIn('Magma is molten rock that forms deep underground.')).toContainEqual(['Magma', 'molten rock that forms deep underground', null]);
    expect(definitionsIn('Runoff is water that flows over the land into streams.')).toContainEqual(['Runoff', 'water that flows over the land into streams', null]);
  });

  it('keeps an explanation whose relative clause ends on a preposition', () => {
    expect(definitionsIn('Tact is the skill that a diplomat is valued for.')).toContainEqual(['Tact', 'the skill that a diplomat is valued for', null]);
    expect(definitionsIn('A reservoir is the lake that the river runs into.')).toContainEqual(['reservoir', 'the lake that the river runs into', null]);
  });

  it('still refuses an explanation cut after a preposition', () => {
    expect(definitionsIn('The cortex is the outer layer of.')).toEqual([]);
  });
});

describe('a circular explanation', () => {
  it('is not a definition when it names the term itself', () => {
    expect(definitionsIn('Voters valued equality, a hallmark of equality before the law.')).toEqual([]);
  });
});

describe('dashes, "that is" and "which is a"', () => {
  it('reads an em dash without spaces, closed by a second one', () => {
    expect(definitionsIn('The rock settled into a rain shadow—the dry side of a mountain—for many years.')).toContainEqual(['rain shadow', 'the dry side of a mountain', null]);
  });

  it('reads "X—that is, Y"', () => {
    expect(definitionsIn('Each wheel turns on an axle—that is, a rod that passes through its centre.')).toContainEqual(['axle', 'a rod that passes through its centre', null]);
  });

  it('reads "X, which is a Y" as what X is', () => {
    expect(definitionsIn('Villages often kept a tithe barn, which is a barn that held the church’s share of the harvest, near the church.')).toContainEqual(['tithe barn', 'a barn that held the church’s share of the harvest', null]);
  });

  it('does not define a noun that "this" or "these" points back to', () => {
    expect(definitionsIn('She found that this number must be a constant of nature.').map(([term]) => term)).not.toContain('number');
  });
});

describe('asides that explain nothing', () => {
  it('does not read examples between dashes as a definition', () => {
    expect(definitionsIn('Most workers now sell services—haircuts or repairs, for example—instead of goods.')).toEqual([]);
  });

  it('does not read a clause after a date as an apposition', () => {
    expect(definitionsIn('As early as 3000 BCE, a walled town appeared on the river.')).toEqual([]);
  });
});

describe('an unspaced dash that renames', () => {
  it('is no definition unless a second dash closes the explanation', () => {
    expect(definitionsIn('The pilot reads the height from the altimeter—the main flight instrument.')).toEqual([]);
  });
});

describe('naming that explains nothing', () => {
  it('does not define the subject of "refer to X as Y"', () => {
    expect(definitionsIn('Engineers refer to this effect as the skin effect in wires.').map(([term]) => term)).not.toContain('Engineers');
  });

  it('does not take a bare "a view" or "a process" as what a named term is', () => {
    expect(definitionsIn('Hume offers a view called scepticism about causes.').map(([term]) => term)).not.toContain('scepticism');
    expect(definitionsIn('Leaves contain a green pigment called chlorophyll.')).toContainEqual(['chlorophyll', 'a green pigment', null]);
  });
});

describe('a term as the predicate, and what its adherent holds', () => {
  it('reads "The study of X is Y." as a definition of Y', () => {
    expect(definitionsIn('The study of weather and climate is meteorology.')).toContainEqual(['meteorology', 'The study of weather and climate', null]);
    expect(definitionsIn('The main crop is wheat.')).toEqual([]);
  });

  it('reads "The Xist holds that …" as what Xism is', () => {
    expect(definitionsIn('The pacifist holds that war is never just.')).toContainEqual(['pacifism', 'the view that war is never just', null]);
    expect(definitionsIn('The dentist says that teeth need care.')).toEqual([]);
  });
});

describe('an unspaced dash aside', () => {
  it('explains only with "the", and not a noun after "of"', () => {
    expect(definitionsIn('Without water—a basic need of every cell—the plant wilts.')).toEqual([]);
    expect(definitionsIn('He doubted the existence of atoms—the smallest parts of matter—for years.').map(([term]) => term)).not.toContain('atom');
  });
});

describe('"X—that is, Y—" closed by a dash', () => {
  it('ends the explanation at the closing dash', () => {
    expect(definitionsIn('They burned the king in effigy—that is, a straw figure of the king—before the palace.')).toContainEqual(['effigy', 'a straw figure of the king', null]);
  });
});

describe('tagger slips and appositions inside a phrase', () => {
  it('reads a plural opening a clause before "are" as a noun', () => {
    expect(definitionsIn('Herbivores eat plants; carnivores are animals that eat other animals.').map(([term]) => term)).toContain('carnivore');
  });

  it('takes the name, not its class, from "the enzyme X"', () => {
    expect(read('The hormone insulin lowers blood sugar.').phrases.map((phrase) => phrase.key)).toContain('insulin');
    expect(read('The sweat gland cools the body.').phrases.map((phrase) => phrase.key)).toContain('sweat gland');
  });

  it('reads "A soft Xist will assume that …" as what soft Xism is', () => {
    expect(definitionsIn('A strict pacifist will assume that no war is just.')).toContainEqual(['strict pacifism', 'the view that no war is just', null]);
  });
});

describe('"will" as a noun', () => {
  it('reads "free will" as a noun phrase, and the modal "will" as a verb', () => {
    expect(read('Some hold that free will is an illusion.').phrases.map((phrase) => phrase.key)).toContain('free will');
    expect(read('The debate over free will continues.').phrases.map((phrase) => phrase.key)).toContain('free will');
    expect(read('The new law will change prices.').phrases.map((phrase) => phrase.key)).not.toContain('law will');
  });
});

describe('"a method called X, which entails Y"', () => {
  it('takes the relative clause as what X is', () => {
    expect(definitionsIn('Farmers use a practice called crop rotation, which involves growing different crops on a field each year.')).toContainEqual(['crop rotation', 'growing different crops on a field each year', null]);
  });
});

describe('"X, which are <plural class> …"', () => {
  it('reads a bare plural class narrowed by a participle or a relative clause', () => {
    expect(definitionsIn('Deltas form at river mouths, which are wide openings where rivers meet the sea.').map(([term]) => term)).toContain('river mouth');
  });
});

describe('what a view or a theory holds', () => {
  it('reads "X-ism/theory holds that …" as the view X is, even in quotation marks', () => {
    expect(definitionsIn('The germ theory holds that microbes cause disease.')).toContainEqual(['germ theory', 'the view that microbes cause disease', null]);
    expect(definitionsIn('His so-called “stoicism” held that virtue is enough for happiness.')).toContainEqual(['stoicism', 'the view that virtue is enough for happiness', null]);
    expect(definitionsIn('The farmer held that the rain would come.')).toEqual([]);
  });
});

describe('explainsOnlyWhoOrWhere, case-study people', () => {
  it('flags the person of an anecdote whatever they did', () => {
    expect(explainsOnlyWhoOrWhere('a retired shop worker who developed asthma last year')).toBe(true);
    expect(explainsOnlyWhoOrWhere('a 20-year-old nursing student living in a shared flat')).toBe(true);
    expect(explainsOnlyWhoOrWhere('the chemist who discovered oxygen')).toBe(false);
  });
});

describe('examples of a term', () => {
  it('are not a term with a definition', () => {
    expect(definitionsIn('Examples of igneous rocks include granite and basalt, both common in mountains.')).toEqual([]);
  });
});

describe('"X is characterized by Y", and a framed case told to the reader', () => {
  it('reads the mark of a term with its participle', () => {
    expect(definitionsIn('Deep sleep is characterized by slow waves of high amplitude.')).toContainEqual(['Deep sleep', 'characterized by slow waves of high amplitude', null]);
  });

  it('does not read "In a X, we saw …" as explaining X', () => {
    expect(definitionsIn('In a gift economy, we saw the example of the potter giving bowls away.')).toEqual([]);
  });
});

describe('nouns the tagger reads as adjectives or verbs', () => {
  it('reads "a standard of X" and "coincidence of wants." as noun phrases', () => {
    expect(read('Gold served as a standard of deferred payment.').phrases.map((phrase) => phrase.key)).toContain('standard of deferred payment');
    expect(read('Trade needs a double coincidence of wants.').phrases.map((phrase) => phrase.key)).toContain('double coincidence of want');
  });
});

describe('a belief or a denial is not a definition', () => {
  it('does not read "X is Y" inside "convinced that" or "does not require that"', () => {
    expect(definitionsIn('Early healers were convinced that fevers represented an excess of blood in the body.')).toEqual([]);
    expect(definitionsIn('Trade does not require that gold is a perfect measure of worth.')).toEqual([]);
  });
});

describe('figure pointers in an explanation', () => {
  it('are left out of the definition', () => {
    expect(definitionsIn('A caldera is a large crater formed when a volcano collapses (Figure 8.12).')).toContainEqual(['caldera', 'a large crater formed when a volcano collapses', null]);
  });
});

describe('a "that" clause as the subject', () => {
  it('is not a definition of the noun inside it', () => {
    expect(definitionsIn('That salt is a solid at room temperature is an everyday observation.').map(([term]) => term)).not.toContain('salt');
  });
});

describe('"X consist mostly of Y"', () => {
  it('keeps the verb when an adverb stands before "of"', () => {
    expect(definitionsIn('Comets consist mostly of ice and dust.')).toContainEqual(['Comets', 'consist mostly of ice and dust', null]);
  });
});

describe('"a N he called X"', () => {
  it('reads the noun before the pronoun as what X is', () => {
    expect(definitionsIn('The maps joined every landmass in a single giant continent he called Laurasia.')).toContainEqual(['Laurasia', 'a single giant continent', null]);
  });
});

describe('"X, which provide Y"', () => {
  it('reads what a technical term provides, and not what an everyday thing does', () => {
    expect(definitionsIn('Many plants rely on mycorrhizal networks, which provide water and minerals to their roots.')).toContainEqual(['mycorrhizal network', 'networks that provide water and minerals to their roots', null]);
    expect(definitionsIn('The old town, which provides water to farms, grew fast.')).toEqual([]);
  });
});

describe('a verb in -s the tagger read as the last noun of the subject', () => {
  it('ends the subject before the verb when an article follows ("the tree trunk forms a …")', () => {
    const phrases = (sentence: string) => nounPhrases(prepareTokens(parseSentence(sentence).tokens)).map((phrase) => phrase.surface);
    const found = phrases('In spring, the tree trunk forms a new ring of wood.');
    expect(found).toContain('tree trunk');
    expect(found).not.toContain('tree trunk forms');
  });
});

describe('what a thing includes is a part of it, not what it is', () => {
  it('reads no definition from "X includes Y" for a thing, and keeps it for a process', () => {
    expect(definitionsIn('Pond water includes tiny green algae that float near the surface.')).toEqual([]);
    expect(definitionsIn('Digestion includes the breakdown of food into small molecules.')).toContainEqual(['Digestion', 'the breakdown of food into small molecules', null]);
  });
});

describe('a fronted subordinate clause', () => {
  it('ends at its comma: what follows is the main clause, not an apposition', () => {
    expect(definitionsIn('After the miners flooded the shafts, a dark brown sludge collected at the bottom.')).toEqual([]);
  });
});

describe('"… forms a N called X"', () => {
  it('starts what X is at the article, not at the noun before the verb', () => {
    expect(definitionsIn('A thin sheet of cells over the stem base forms a broad ring-shaped swelling called the collar.')).toContainEqual(['collar', 'a broad ring-shaped swelling', null]);
  });
});

describe('a bare class as the explanation', () => {
  it('is marked thin: the sentence explains the term but the words are too thin a cue', () => {
    const { tokens, phrases } = read('Each leaf hangs from a narrow stalk called the petiole.');
    const petiole = findDefinitions(tokens, phrases).find((match) => match.term.singular === 'petiole');
    expect(petiole).toMatchObject({ definition: 'a narrow stalk', thin: true });
    const { tokens: more, phrases: morePhrases } = read('Each leaf hangs from a narrow green leaf stalk called the petiole.');
    expect(findDefinitions(more, morePhrases).find((match) => match.term.singular === 'petiole')?.thin).toBeUndefined();
  });
});

describe('a copula inside a fronted condition', () => {
  it('is the setting of the sentence, not a definition of its subject', () => {
    expect(definitionsIn('Even though the river was calm and the bridge was a narrow wooden structure, many carts crossed it.')).toEqual([]);
  });
});

describe('the family alone as the explanation', () => {
  it('is thin ("one of the oldest forms of …") unless a clause narrows it', () => {
    const thin = (sentence: string) => {
      const { tokens, phrases } = read(sentence);
      return findDefinitions(tokens, phrases).map((match) => [match.term.singular, match.thin ?? false]);
    };
    expect(thin('The sonnet is one of the oldest forms of English verse.')).toEqual([['sonnet', true]]);
    expect(thin('A cirque is a kind of hollow that a glacier carves into a mountain.')).toEqual([['cirque', false]]);
  });
});

describe('an irregular participle after "or"', () => {
  it('narrows the noun before it and does not start a new clause ("… or other metals held at a bank")', () => {
    expect(definitionsIn('Token coins are small discs or other tokens with values backed by silver or other metals held at a bank.')).toContainEqual([
      'Token coin',
      'small discs or other tokens with values backed by silver or other metals held at a bank',
      null,
    ]);
  });
});

describe('an item of a long series is no apposition', () => {
  it('reads "A for X, B for Y, C for Z, and D" as a list, not B as the meaning of A', () => {
    const found = definitionsIn('Factories needed coal to power boilers, cotton for spinning mills, indigo for dyeing cloth, and iron for rails.');
    expect(found.filter(([term]) => /boiler|mill|cloth/i.test(String(term)))).toEqual([]);
  });

  it('still reads an apposition whose sentence goes on with a list', () => {
    expect(definitionsIn('The energy is stored in glucose, a simple sugar that the plant uses for growth.')).toContainEqual(['glucose', 'a simple sugar that the plant uses for growth', null]);
  });
});

describe('an apposition that names a hypothesis, doctrine or method', () => {
  it.each([
    ['The debate began with catastrophism, the hypothesis that sudden floods shaped the landscape.', 'catastrophism', 'the hypothesis that sudden floods shaped the landscape'],
    ['Trade grew under mercantilism, the doctrine that a nation gains by exporting more than it imports.', 'mercantilism', 'the doctrine that a nation gains by exporting more than it imports'],
  ])('%s', (sentence, term, definition) => {
    expect(definitionsIn(sentence)).toContainEqual([term, definition, null]);
  });
});

describe('a gerund of means is no modifier', () => {
  it('reads the object of "by examining", not the verb, as the phrase', () => {
    const { phrases } = read('Darwin began by carefully examining finch beaks from several islands.');
    const surfaces = phrases.map((phrase) => phrase.surface.toLowerCase());
    expect(surfaces).toContain('finch beaks');
    expect(surfaces.some((surface) => surface.startsWith('examining'))).toBe(false);
  });

  it('keeps a participle that modifies its noun', () => {
    const { phrases } = read('The operating system manages memory for every running program.');
    expect(phrases.map((phrase) => phrase.surface.toLowerCase())).toContain('operating system');
  });
});

describe('a list member of coordinated modifiers', () => {
  it('keeps "X and Y nouns" as one member sharing its noun', () => {
    const { tokens, phrases } = read('Rocks fall into three families: igneous rocks, sedimentary and metamorphic rocks, and meteoritic rocks.');
    expect(findLists(tokens, phrases).map((list) => list.members)).toContainEqual(['igneous rocks', 'sedimentary and metamorphic rocks', 'meteoritic rocks']);
  });

  it('still splits members that each have their own noun', () => {
    const { tokens, phrases } = read('The estates had three members: the clergy, the nobility and the commoners.');
    expect(findLists(tokens, phrases).map((list) => list.members)).toContainEqual(['clergy', 'nobility', 'commoners']);
  });
});

describe('"the N of a/an M called X" names the M', () => {
  it('does not read a measure of the named thing as its explanation', () => {
    const terms = (sentence: string) => definitionsIn(sentence).filter(([term]) => /troponin|quasar/i.test(String(term))).map(([, definition]) => definition);
    expect(terms('Doctors measure blood levels of a protein called troponin after a heart attack.')).not.toContain('blood levels of a protein');
    expect(terms('Astronomers study the brightness of the distant objects called quasars.')).not.toContain('the brightness of the distant objects');
  });

  it('still reads a name for a whole group "stacks of sacs called X"', () => {
    expect(definitionsIn('Each chloroplast contains stacks of flattened sacs called thylakoids.')).toContainEqual(['thylakoids', 'stacks of flattened sacs', null]);
  });
});

describe('a quantified subject is no definition', () => {
  it('does not read what holds for some of a class as what the class is', () => {
    expect(definitionsIn('Some minerals are crystals that form in cooling lava.').map(([term]) => term)).not.toContain('minerals');
    expect(definitionsIn('Many enzymes are proteins that speed up reactions in the cell.').map(([term]) => term)).not.toContain('enzymes');
  });

  it('reads the unquantified class', () => {
    expect(definitionsIn('Enzymes are proteins that speed up reactions in the cell.').map(([term]) => term)).toContain('Enzymes');
  });
});

describe('"the practice of X, that is, Y" explains X', () => {
  it('keys the gloss to the term after "practice of", not to the practice', () => {
    expect(definitionsIn('Rulers defended their practice of mercantilism, that is, the policy of exporting more goods than a nation imports.')).toContainEqual(['mercantilism', 'the policy of exporting more goods than a nation imports', null]);
  });
});

describe('a bracketed gloss after "N of X"', () => {
  it('explains the whole "N of X", so it is not keyed to X', () => {
    expect(definitionsIn('Sailors feared the far edge of the ocean (the place where ships fell off the world).').map(([term]) => term)).not.toContain('ocean');
  });

  it('after "a form of" it explains X', () => {
    expect(definitionsIn('Barter is a form of trade exchange (a swap of goods without money) found in small villages.')).toContainEqual(['trade exchange', 'a swap of goods without money', null]);
  });
});

describe('a kind of a thing is no term', () => {
  it('does not define "type of X" from "Another type of X occurs when …"', () => {
    expect(definitionsIn('Another type of erosion occurs when wind carries sand across a desert.').map(([term]) => String(term).toLowerCase())).not.toContain('type of erosion');
  });
});

describe('an ordinal or "same" picks out a thing already named', () => {
  it('does not define "the last option" or "the same goals"', () => {
    expect(definitionsIn('The last option, a change of diet, is not open to him.').map(([term]) => String(term).toLowerCase())).not.toContain('option');
    expect(definitionsIn('The parties pursue the same goals—that is, lower taxes and smaller government.').map(([term]) => String(term).toLowerCase())).not.toContain('goals');
  });

  it('still defines a term whose modifier only looks like one', () => {
    expect(definitionsIn('Secondary succession is a regrowth of plant life after a fire or a flood.').map(([term]) => String(term).toLowerCase())).toContain('secondary succession');
  });
});

describe('a dash or a participle after a phrase inside a longer one', () => {
  it('does not key "—the Y—" to the noun after "in/of" in "the N in X—the Y—"', () => {
    expect(definitionsIn('As the river slows, the drop in speed—the real cause of flooding—lets silt settle.').map(([term]) => String(term).toLowerCase())).not.toContain('speed');
  });

  it('does not read "X involving Y" as what X is', () => {
    expect(definitionsIn('Yet careful tests of this “theory” involving thousands of patient records do not show any effect.').map(([term]) => String(term).toLowerCase())).not.toContain('theory');
  });
});

describe('an apposition after a quantity "of"', () => {
  it('explains the term counted, not "number of X"', () => {
    expect(definitionsIn('The valley was dotted with a number of oxbow lakes, lakes that form when a river cuts off one of its bends.')).toContainEqual([
      'oxbow lake',
      'lakes that form when a river cuts off one of its bends',
      null,
    ]);
  });

  it('still gives an apposition after "the N of X" to the longer phrase only', () => {
    const found = definitionsIn('Sailors mapped the back side of the island, a stretch of cliffs that no ship could land on.');
    expect(found.filter(([term]) => term === 'island')).toEqual([]);
  });
});
