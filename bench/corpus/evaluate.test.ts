import { describe, expect, it } from 'vitest';
import type { Concept, SourceSentence } from '../../lib/generate/types.ts';
import { evaluateText, lossClass, whereLost } from './evaluate.ts';
import type { EvalItem } from './items.ts';

const source: SourceSentence = { index: 0, sentence: 'Magma is molten rock.', start: 0, end: 21 };
const concept = (key: string, term: string, extra: Partial<Concept> = {}): Concept => ({ key, term, kind: 'term', score: 1, mentions: 2, proper: false, named: false, source, ...extra });
const item = (id: string, conceptKey: string): EvalItem => ({ id, kind: 'card:basic', conceptKeys: [conceptKey], front: 'f', back: 'b', source: source.sentence });

describe('evaluateText', () => {
  const teacherConcepts = [
    { name: 'magma', match: '^magma$' },
    { name: 'lava', match: '^lava$' },
    { name: 'igneous rock', match: '^igneous rocks?$' },
  ];
  const concepts = [concept('magma', 'magma'), concept('lava', 'lava'), concept('rocks', 'rock types', { kind: 'list', members: ['igneous rocks', 'sedimentary rocks'] })];

  it('finds a concept through its term or a list member, only when a usable item tests it', () => {
    const figures = evaluateText({ teacherConcepts, concepts, items: [item('a', 'magma'), item('b', 'rocks'), item('c', 'lava')], judgements: [{ id: 'c', verdict: 'reject' }], flaggedIds: new Set() });
    expect(figures).toMatchObject({ concepts: 3, found: 2, missing: ['lava'], items: 3, unjudged: 2, verdicts: { keep: 0, fix: 0, reject: 1 } });
  });

  it('splits the verdicts by whether the item tests a concept the teacher picked (a list counts through its members)', () => {
    const extra = concept('crust', 'crust');
    const figures = evaluateText({
      teacherConcepts,
      concepts: [...concepts, extra],
      items: [item('a', 'magma'), item('b', 'rocks'), item('c', 'crust'), item('d', 'crust'), item('e', 'lava')],
      judgements: [
        { id: 'a', verdict: 'keep' },
        { id: 'b', verdict: 'fix' },
        { id: 'c', verdict: 'reject' },
        { id: 'd', verdict: 'keep' },
      ],
      flaggedIds: new Set(),
    });
    expect(figures.byChoice).toEqual({ teacher: { keep: 1, fix: 1, reject: 0 }, other: { keep: 1, fix: 0, reject: 1 } });
  });

  it('does not count a concept whose only item the automatic checks flag', () => {
    const figures = evaluateText({ teacherConcepts, concepts, items: [item('a', 'magma')], judgements: [], flaggedIds: new Set(['a']) });
    expect(figures.found).toBe(0);
    expect(figures.flagged).toBe(1);
  });
});

describe('whereLost', () => {
  const magma = { name: 'magma', match: '^magma$' };
  const trace = (extra: Partial<Parameters<typeof whereLost>[1]> = {}) => ({ phraseNames: ['magma', 'rock'], ranked: [['rock']], cut: 1, ...extra });
  const none = { concepts: [], items: [], judgements: [], flaggedIds: new Set<string>() };

  it('says no phrase names it, or the phrase never became a concept', () => {
    expect(whereLost(magma, trace({ phraseNames: ['rock'] }), none)).toBe('no candidate');
    expect(whereLost(magma, trace(), none)).toBe('not concept-worthy');
  });

  it('gives its rank with no limit and the cut of the draft', () => {
    expect(whereLost(magma, trace({ ranked: [['rock'], ['lava', 'magma']] }), none)).toBe('ranked 2, below the cut of 1');
    expect(lossClass('ranked 2, below the cut of 1')).toBe('below the cut');
  });

  it('tells a picked concept with no item from one whose items were all rejected', () => {
    const concepts = [concept('magma', 'magma')];
    expect(whereLost(magma, trace(), { ...none, concepts })).toBe('picked, but the gate left no item');
    expect(whereLost(magma, trace(), { ...none, concepts, items: [item('a', 'magma')], judgements: [{ id: 'a', verdict: 'reject' }] })).toBe('picked, every item judged reject');
  });
});

describe('whereLost, gate defects', () => {
  it('names the defects for which the gate left out the items of a picked concept', () => {
    const where = whereLost({ name: 'magma', match: '^magma$' }, { phraseNames: [], ranked: [], cut: 1 }, { concepts: [concept('magma', 'magma')], items: [], judgements: [], flaggedIds: new Set(), gateDefects: () => ['giveaway', 'giveaway', 'short'] });
    expect(where).toBe('picked, but the gate left no item: giveaway, short');
    expect(lossClass(where)).toBe('picked, but the gate left no item');
  });
});
