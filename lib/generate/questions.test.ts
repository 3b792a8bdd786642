// Which questions a concept gets: a "which term" prompt only from an explanation that points to the term alone.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { rankConcepts } from './concepts.ts';
import { questionsFor } from './questions.ts';

const TEXT = [
  'Rivers',
  '',
  'A delta is a landform made of the sand that a river drops where it meets the sea. A flood occurs when a river overflows its banks onto dry land. Deltas grow a little every year. Floods leave rich soil behind them. A levee is a wall of earth that keeps a river in its bed. Levees can break in a flood. Farmers plant on deltas because the soil is rich.',
].join('\n');

describe('questionsFor', () => {
  const analyzed = analyzeText(TEXT);
  const concepts = rankConcepts(analyzed, 20);
  const years: number[] = [];
  const asked = (key: string) => {
    const index = concepts.findIndex((concept) => concept.key === key);
    return questionsFor(concepts[index]!, index, concepts, analyzed.sentences, years);
  };

  it('asks for the term of a strong definition ("A levee is a wall of earth …")', () => {
    expect(concepts.find((concept) => concept.key === 'levee')?.definitionStrength).toBe('strong');
    expect(asked('levee').some((question) => question.type === 'short' || question.type === 'single')).toBe(true);
  });

  it('does not ask for the term of a weak one ("A flood occurs when …"): many terms fit a clause', () => {
    expect(concepts.find((concept) => concept.key === 'flood')?.definitionStrength).toBe('weak');
    expect(asked('flood').filter((question) => question.type === 'short' || question.type === 'single')).toEqual([]);
  });
});
