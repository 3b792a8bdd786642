// A hand-made generator result for data tests: one item of every kind, and one the edit forms would refuse.
// Tests that need the real generator use SAMPLE_ARTICLE instead.
import type { Generated, SourceSentence } from '../generate/types.ts';

export const FIXTURE_TEXT =
  'Photosynthesis is the process by which plants make food from light. Chlorophyll is the green pigment in leaves. ' +
  'Plants need water, carbon dioxide and light. In 1779 Jan Ingenhousz showed that plants release oxygen in light.';

function sentence(index: number): SourceSentence {
  const sentences = FIXTURE_TEXT.match(/[^.]+\./g)!.map((text) => text.trim());
  const start = FIXTURE_TEXT.indexOf(sentences[index]!);
  return { index, sentence: sentences[index]!, start, end: start + sentences[index]!.length };
}

/** What the generator might make of FIXTURE_TEXT: one item of every kind, and one bad question. */
export function fixtureGenerated(): Generated {
  const [s0, s1, s2, s3] = [sentence(0), sentence(1), sentence(2), sentence(3)];
  return {
    title: 'Photosynthesis',
    sentences: [s0, s1, s2, s3],
    concepts: [
      { key: 'photosynthesis', term: 'Photosynthesis', kind: 'term', definition: 'the process by which plants make food from light', score: 3, mentions: 1, proper: false, named: false, source: s0 },
      { key: 'chlorophyll', term: 'Chlorophyll', kind: 'term', definition: 'the green pigment in leaves', score: 2, mentions: 1, proper: false, named: false, source: s1 },
      { key: 'needs', term: 'What plants need', kind: 'list', members: ['water', 'carbon dioxide', 'light'], score: 1, mentions: 1, proper: false, named: false, source: s2 },
      { key: '1779', term: '1779', kind: 'date', members: ['1779'], score: 0.5, mentions: 1, proper: false, named: false, source: s3 },
    ],
    cards: [
      { kind: 'basic', front: 'Photosynthesis', back: 'The process by which plants make food from light', conceptKey: 'photosynthesis', source: s0 },
      { kind: 'reverse', front: 'The green pigment in leaves', back: 'Chlorophyll', conceptKey: 'chlorophyll', source: s1 },
      { kind: 'cloze', front: '_____ is the green pigment in leaves.', back: 'Chlorophyll', conceptKey: 'chlorophyll', source: s1 },
    ],
    questions: [
      { type: 'single', prompt: 'Which is the green pigment?', choices: ['Chlorophyll', 'Glucose', 'Xylem'], answer: 'Chlorophyll', conceptKey: 'chlorophyll', source: s1 },
      { type: 'multiple', prompt: 'What do plants need?', choices: ['Water', 'Salt', 'Light'], answer: ['Water', 'Light'], conceptKey: 'needs', source: s2 },
      { type: 'truefalse', prompt: 'Chlorophyll is red.', choices: ['True', 'False'], answer: 'False', conceptKey: 'chlorophyll', source: s1 },
      { type: 'short', prompt: 'What is the green pigment called?', answer: 'chlorophyll', accepted: ['chlorophyll', 'chlorophylls'], conceptKey: 'chlorophyll', source: s1 },
      { type: 'cloze', prompt: 'In _____ Ingenhousz showed that plants release oxygen.', answer: '1779', accepted: ['1779'], conceptKey: '1779', source: s3 },
      {
        type: 'matching',
        prompt: 'Match each term with its meaning.',
        choices: ['the green pigment in leaves', 'making food from light'],
        answer: [
          ['Photosynthesis', 'making food from light'],
          ['Chlorophyll', 'the green pigment in leaves'],
        ],
        conceptKey: 'photosynthesis',
        source: s0,
      },
      // Two equal choices: the edit form would refuse it, so the draft leaves it out.
      { type: 'single', prompt: 'Broken?', choices: ['Same', 'same'], answer: 'Same', conceptKey: 'chlorophyll', source: s1 },
    ],
  };
}
