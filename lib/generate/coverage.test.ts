// Coverage: a concept whose own sentence gives no sound card is still tested, by a blank in another sentence
// that names it.
import { describe, expect, it } from 'vitest';
import { generateFromText } from './index.ts';

const TEXT = [
  'Rivers and Their Mouths',
  '',
  'A river is a natural stream of water that flows toward an ocean, a lake or another river. A delta is a landform of sand and mud that a river drops where it meets the sea. For example, a floodplain is the flat land beside a river that the water covers in a flood. Farmers have planted crops on floodplains for thousands of years. A levee is a bank of earth that keeps a river in its bed. The river water slows down as it reaches the sea. Silt settles out of slow water and builds the delta. Each spring the melting snow raises the river. In a wet year, the floodplain lies under water for weeks. Levees protect towns from floods but send the water further downstream.',
].join('\n');

describe('a concept whose own sentence is an aside', () => {
  const result = generateFromText(TEXT);
  if (!result.ok) throw new Error(result.error.message);
  const { cards, concepts } = result.value;

  it('gets a blank in another sentence that names it', () => {
    const floodplain = concepts.find((concept) => concept.key === 'floodplain');
    expect(floodplain?.source.sentence).toMatch(/^For example/);
    const card = cards.find((item) => item.conceptKey === 'floodplain');
    expect(card).toMatchObject({ kind: 'cloze', back: expect.stringMatching(/^floodplains?$/i) });
    expect(card!.source.sentence).not.toMatch(/^For example/);
  });

  it('and no sentence is blanked twice', () => {
    const sentences = cards.filter((card) => card.kind === 'cloze').map((card) => card.source.index);
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});
