import { describe, expect, it } from 'vitest';
import type { Question, SourceSentence } from '../types.ts';
import { cardDefects, withoutMutualGiveaways, type GateContext } from './gate.ts';

const sentence = (text: string, index = 0): SourceSentence => ({ index, sentence: text, start: 0, end: text.length });
const DEFINITION = sentence('Photosynthesis is the process by which plants make food from light.');
const OTHER = sentence('Chlorophyll absorbs red and blue light in the leaves of plants.', 1);

const whichTerm: Question = {
  type: 'single',
  prompt: 'Which term does the text explain as “the process by which plants make food from light”?',
  choices: ['Photosynthesis', 'Respiration', 'Transpiration', 'Osmosis'],
  answer: 'Photosynthesis',
  conceptKey: 'photosynthesis',
  source: DEFINITION,
};
const sameSentenceTrueFalse: Question = {
  type: 'truefalse',
  prompt: 'According to the text: Photosynthesis is the process by which plants make food from light.',
  choices: ['True', 'False'],
  answer: 'True',
  conceptKey: 'photosynthesis',
  source: DEFINITION,
};
const clozeShowingTheAnswer: Question = {
  type: 'cloze',
  prompt: 'Fill in the blank: Photosynthesis is the process by which plants make food from _____.',
  answer: 'light',
  accepted: ['light'],
  conceptKey: 'light',
  source: DEFINITION,
};
const unrelated: Question = {
  type: 'cloze',
  prompt: 'Fill in the blank: _____ absorbs red and blue light in the leaves of plants.',
  answer: 'Chlorophyll',
  accepted: ['Chlorophyll'],
  conceptKey: 'chlorophyll',
  source: OTHER,
};

describe('withoutMutualGiveaways', () => {
  it('leaves out a true/false of the sentence a "which term" question quotes', () => {
    expect(withoutMutualGiveaways([whichTerm, sameSentenceTrueFalse, unrelated])).toEqual([whichTerm, unrelated]);
  });

  it('leaves out a question whose answer an earlier question shows, and one that shows an earlier answer', () => {
    expect(withoutMutualGiveaways([clozeShowingTheAnswer, whichTerm])).toEqual([clozeShowingTheAnswer]);
    expect(withoutMutualGiveaways([whichTerm, clozeShowingTheAnswer])).toEqual([whichTerm]);
  });

  it('keeps questions about different sentences', () => {
    expect(withoutMutualGiveaways([whichTerm, unrelated])).toEqual([whichTerm, unrelated]);
  });
});

describe('cardDefects', () => {
  const context: GateContext = {
    concepts: new Map([['harvest', { key: 'harvest', term: 'harvest', defined: true, proper: false, mentions: 3, forms: ['harvest'] }]]),
    vocabulary: new Set(),
    compounds: new Set(),
  };
  const cloze = (front: string, sentence: string) => cardDefects({ kind: 'cloze', front, back: 'harvest', conceptKey: 'harvest', source: { index: 0, sentence, start: 0, end: sentence.length } }, context);

  it('reads a cloze with its answer in place: "this _____" leans on the sentence before as "this harvest" does', () => {
    expect(cloze('For the farmers of the valley, this _____ meant a winter without hunger.', 'For the farmers of the valley, this harvest meant a winter without hunger.')).toContain('context-opening');
  });

  it('passes a cloze that stands on its own', () => {
    expect(cloze('The _____ is the gathering of ripe crops from the fields at the end of the season.', 'The harvest is the gathering of ripe crops from the fields at the end of the season.')).toEqual([]);
  });

  const defined = (kind: 'basic' | 'reverse') =>
    cardDefects(
      { kind, front: kind === 'basic' ? 'harvest' : 'gathering what was harvested from the fields', back: kind === 'basic' ? 'gathering what was harvested from the fields' : 'harvest', conceptKey: 'harvest', source: sentence('The harvest is gathering what was harvested from the fields.') },
      context,
    );

  it('reads an explanation that reuses the term as a giveaway only when the card asks for the term', () => {
    expect(defined('reverse')).toContain('giveaway');
    expect(defined('basic')).not.toContain('giveaway');
  });

  it('reads a basic card whose explanation names the term itself as a giveaway', () => {
    const card = (back: string) =>
      cardDefects({ kind: 'basic', front: 'Crop rotation', back, conceptKey: 'harvest', source: sentence(`Crop rotation is ${back.toLowerCase()}.`) }, context);
    expect(card('Neither crop rotation nor terracing was known to the first farmers')).toContain('giveaway');
    expect(card('Rotating the crops grown in a field from year to year')).not.toContain('giveaway');
  });
});
