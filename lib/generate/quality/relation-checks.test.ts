import { describe, expect, it } from 'vitest';
import type { MultipleChoiceQuestion, NumericQuestion, OrderingQuestion, SingleChoiceQuestion, SourceSentence } from '../types.ts';
import {
  causeDefects,
  comparisonDefects,
  NUMERIC_PREFIX,
  numberShown,
  numericDefects,
  numericDisagrees,
  orderingDefects,
  outOfOrder,
  partsDefects,
  trivialNumber,
  writtenValue,
} from './relation-checks.ts';

const sentence = (text: string, index = 0): SourceSentence => ({ index, sentence: text, start: 0, end: text.length });

const RODS = sentence('There are about 120 million rods in the human retina.');
const rods: NumericQuestion = {
  type: 'numeric',
  prompt: `${NUMERIC_PREFIX}There are about _____ million rods in the human retina.`,
  answer: 120,
  tolerance: 12,
  unit: 'million',
  written: '120',
  conceptKey: 'rod',
  source: RODS,
};

describe('number questions', () => {
  it('read the number as the text writes it', () => {
    expect(writtenValue('1,043')).toBe(1043);
    expect(writtenValue('0.3')).toBe(0.3);
    expect(writtenValue('1,04')).toBeNull();
  });

  it('pass a figure that fills its blank back into the cited sentence', () => {
    expect(numericDefects(rods)).toEqual([]);
  });

  it('flag a key that is not the number of the sentence, a missing blank and a tolerance as wide as the answer', () => {
    expect(numericDisagrees({ ...rods, answer: 12, written: '12' }, RODS.sentence)).toBe(true);
    expect(numericDisagrees({ ...rods, written: '120', answer: 121 }, RODS.sentence)).toBe(true);
    expect(numericDisagrees({ ...rods, prompt: 'How many rods are there?' }, RODS.sentence)).toBe(true);
    expect(numericDisagrees({ ...rods, tolerance: 120 }, RODS.sentence)).toBe(true);
    expect(numericDefects({ ...rods, answer: 12, written: '12' })).toContain('key-mismatch');
  });

  it('flag a figure with nothing to say what it measures, and a bare year', () => {
    expect(trivialNumber(3, '')).toBe(true);
    expect(trivialNumber(1848, 'years')).toBe(true);
    expect(trivialNumber(71, '%')).toBe(false);
    expect(trivialNumber(150, 'million kilometres')).toBe(false);
  });

  it('flag a prompt that shows the number elsewhere', () => {
    expect(numberShown('About _____ % of the surface, that is 71 %, is water.', '71')).toBe(true);
    expect(numberShown('About _____ % of the surface is water (1,043 K).', '1,043')).toBe(true);
    expect(numberShown('About _____ % of the surface is water.', '71')).toBe(false);
  });

  it('flag a sentence that leans on the one before', () => {
    const source = sentence('It lies about 150 million kilometres from the Sun.');
    expect(numericDefects({ ...rods, prompt: `${NUMERIC_PREFIX}It lies about _____ million kilometres from the Sun.`, answer: 150, tolerance: 15, written: '150', source })).toContain('context-opening');
  });
});

const PHASES = [
  sentence('The first is the anagen phase, during which cells divide rapidly at the root of the hair.', 3),
  sentence('The catagen phase lasts only 2 to 3 weeks.', 4),
  sentence('Finally, during the telogen phase, the hair follicle is at rest.', 5),
];
const phases: OrderingQuestion = {
  type: 'ordering',
  prompt: 'Put the three phases of hair growth in the order they occur.',
  choices: ['Telogen phase', 'Anagen phase', 'Catagen phase'],
  answer: ['Anagen phase', 'Catagen phase', 'Telogen phase'],
  steps: PHASES,
  conceptKey: 'phases of hair growth',
  source: PHASES[0]!,
};

describe('ordering questions', () => {
  it('pass stages named in the order of the text, shown in another order', () => {
    expect(orderingDefects(phases)).toEqual([]);
  });

  it('flag items not in the text’s order', () => {
    expect(outOfOrder({ ...phases, answer: ['Catagen phase', 'Anagen phase', 'Telogen phase'] })).toBe(true);
    expect(outOfOrder({ ...phases, steps: [PHASES[1]!, PHASES[0]!, PHASES[2]!], answer: ['Catagen phase', 'Anagen phase', 'Telogen phase'] })).toBe(true);
    const listed = sentence('The cell cycle has four phases: G1, S, G2 and M.');
    expect(outOfOrder({ answer: ['G1', 'S', 'G2', 'M'], source: listed })).toBe(false);
    expect(outOfOrder({ answer: ['S', 'G1', 'G2', 'M'], source: listed })).toBe(true);
  });

  it('flag events whose years do not rise or are not in their sentences', () => {
    const events = [sentence('Redi performed an experiment in 1668.', 1), sentence('Needham published a report in 1745.', 2), sentence('Pasteur ended the debate in 1859.', 3)];
    const dated = { answer: ['Redi performed an experiment', 'Needham published a report', 'Pasteur ended the debate'], steps: events, source: events[0]! };
    expect(outOfOrder({ ...dated, years: [1668, 1745, 1859] })).toBe(false);
    expect(outOfOrder({ ...dated, years: [1668, 1859, 1745] })).toBe(true);
    expect(outOfOrder({ ...dated, years: [1668, 1745, 1860] })).toBe(true);
  });

  it('flag items shown in the right order, items that carry their rank, duplicates and too few items', () => {
    expect(orderingDefects({ ...phases, choices: phases.answer })).toContain('giveaway');
    expect(orderingDefects({ ...phases, answer: ['Stage 1 sleep', 'Stage 2 sleep', 'Stage 3 sleep'], choices: ['Stage 2 sleep', 'Stage 1 sleep', 'Stage 3 sleep'] })).toContain('giveaway');
    expect(orderingDefects({ ...phases, answer: ['Anagen phase', 'anagen phase', 'Telogen phase'], choices: ['Telogen phase', 'Anagen phase', 'anagen phase'] })).toContain('duplicate-choices');
    expect(orderingDefects({ ...phases, answer: ['Anagen phase', 'Catagen phase'], choices: ['Catagen phase', 'Anagen phase'], steps: PHASES.slice(0, 2) })).toContain('too-few-items');
    expect(orderingDefects({ ...phases, choices: ['Telogen phase', 'Anagen phase', 'Resting phase'] })).toContain('key-mismatch');
  });
});

const CURRENTS = sentence('Early in the 19th century, it was discovered that electrical currents cause magnetic effects.');
const cause: SingleChoiceQuestion = {
  type: 'single',
  relation: 'cause',
  prompt: 'According to the text, what causes magnetic effects?',
  choices: ['Ferromagnetic materials', 'Electrical currents', 'Magnetic domains', 'Curie temperature'],
  answer: 'Electrical currents',
  conceptKey: 'electrical current',
  source: CURRENTS,
};

describe('cause questions', () => {
  it('pass a cause the cited sentence gives', () => {
    expect(causeDefects(cause)).toEqual([]);
  });

  it('flag a sentence that states no cause, a key it does not name, and a wrong choice it names', () => {
    expect(causeDefects({ ...cause, source: sentence('Electrical currents flow in wires and produce heat.') })).toContain('key-mismatch');
    expect(causeDefects({ ...cause, answer: 'Magnetic domains' })).toContain('key-mismatch');
    expect(causeDefects({ ...cause, choices: ['19th century', 'Electrical currents', 'Magnetic domains', 'Curie temperature'] })).toContain('correct-distractor');
  });
});

const DNA = sentence('DNA is typically double stranded, whereas RNA is single stranded.');
const comparison: SingleChoiceQuestion = {
  type: 'single',
  relation: 'comparison',
  prompt: 'According to the text, which is typically double stranded?',
  choices: ['RNA', 'DNA'],
  answer: 'DNA',
  conceptKey: 'dna',
  source: DNA,
};

describe('comparison questions', () => {
  it('pass two things the sentence sets side by side, neither shown in the prompt', () => {
    expect(comparisonDefects(comparison)).toEqual([]);
  });

  it('flag a prompt that names one of the two, a third choice, and a sentence with no contrast', () => {
    expect(comparisonDefects({ ...comparison, prompt: 'According to the text, which is double stranded, unlike RNA?' })).toContain('giveaway');
    expect(comparisonDefects({ ...comparison, choices: ['RNA', 'DNA', 'Protein'] })).toContain('key-mismatch');
    expect(comparisonDefects({ ...comparison, source: sentence('DNA is typically double stranded and RNA is single stranded.') })).toContain('key-mismatch');
  });
});

const RIBOSOMES = sentence('Ribosomes are composed of rRNA and protein.');
const parts: MultipleChoiceQuestion = {
  type: 'multiple',
  relation: 'parts',
  prompt: 'According to the text, what are ribosomes composed of? Select all that apply.',
  choices: ['Protein', 'Messenger RNA', 'rRNA', 'Nucleotide'],
  answer: ['Protein', 'rRNA'],
  conceptKey: 'ribosome',
  source: RIBOSOMES,
};

describe('parts questions', () => {
  it('pass parts the sentence names, with wrong choices it does not', () => {
    expect(partsDefects(parts)).toEqual([]);
  });

  it('flag a part the sentence does not name and a wrong choice it does', () => {
    expect(partsDefects({ ...parts, answer: ['Protein', 'Nucleotide'] })).toContain('key-mismatch');
    expect(partsDefects({ ...parts, answer: ['Protein'] })).toContain('correct-distractor');
    expect(partsDefects({ ...parts, choices: ['Protein', 'Proteins', 'rRNA', 'Nucleotide'] })).toContain('correct-distractor');
  });
});
