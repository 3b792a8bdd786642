// A Markdown article is read as it renders and cited as the file writes it: every citation is a verbatim slice of
// the Markdown, and no item, concept or plain sentence shows a ** or # mark.
import { describe, expect, it } from 'vitest';
import { generateFromText } from './index.ts';
import { generateFromInput } from './input.ts';

const MARKDOWN = `# Price Ceilings and Price Floors

Controversy sometimes surrounds the prices and quantities established by demand and supply. Laws that government enacts to regulate prices are called **price controls**.

## Price Ceilings

A **price ceiling** is a legal maximum price that one pays for some good or service. Rent control is a price ceiling that keeps rents below the equilibrium, and [rent control](https://en.wikipedia.org/wiki/Rent_control) has long been debated.

A *price floor* is the lowest price that one can legally charge for some good or service. The most well-known price floor is the **minimum wage**, which is the minimum price that an employer can pay a worker.

- A price ceiling below the equilibrium creates a shortage.
- A price floor above the equilibrium creates a surplus.
`;

describe('a Markdown article', () => {
  const result = generateFromInput(MARKDOWN, { markdown: true, emphasized: ['price controls', 'price ceiling', 'price floor', 'minimum wage'] });
  if (!result.ok) throw new Error(result.error.message);
  const generated = result.value;
  const sources = [...generated.sentences, ...generated.concepts.map((c) => c.source), ...generated.cards.map((c) => c.source), ...generated.questions.map((q) => q.source)];

  it('is cited as the file writes it', () => {
    for (const source of sources) expect(MARKDOWN.slice(source.start, source.end)).toBe(source.sentence);
    expect(generated.sentences.map((sentence) => sentence.sentence)).toEqual(
      expect.arrayContaining([
        'Price Ceilings',
        'A **price ceiling** is a legal maximum price that one pays for some good or service.',
        'A *price floor* is the lowest price that one can legally charge for some good or service.',
        'Rent control is a price ceiling that keeps rents below the equilibrium, and [rent control](https://en.wikipedia.org/wiki/Rent_control) has long been debated.',
      ]),
    );
  });

  it('shows its words without the markup', () => {
    expect(generated.title).toBe('Price Ceilings and Price Floors');
    for (const source of sources) expect(source.plain).not.toMatch(/\*|#|\]\(/);
    const shown = [
      ...generated.concepts.flatMap((concept) => [concept.term, concept.definition ?? '']),
      ...generated.cards.flatMap((card) => [card.front, card.back]),
      ...generated.questions.flatMap((question) => [question.prompt, JSON.stringify(question.answer)]),
    ];
    for (const words of shown) expect(words).not.toMatch(/\*|#|\]\(|https/);
    expect(generated.concepts.map((concept) => concept.term)).toEqual(expect.arrayContaining(['price ceiling', 'price floor', 'minimum wage']));
  });

  it('is read the same by generateFromText, given the markdown option (lib/generate/reading.ts)', () => {
    expect(generateFromText(MARKDOWN, { markdown: true, emphasized: ['price controls', 'price ceiling', 'price floor', 'minimum wage'] })).toEqual(result);
  });

  it('gives the same items as the text it renders to, only cited differently', () => {
    const plain = generateFromText(MARKDOWN.replace(/^#+ /gm, '').replace(/\*/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/^- /gm, ''), {
      emphasized: ['price controls', 'price ceiling', 'price floor', 'minimum wage'],
    });
    if (!plain.ok) throw new Error(plain.error.message);
    expect(generated.cards.map((card) => [card.front, card.back])).toEqual(plain.value.cards.map((card) => [card.front, card.back]));
  });
});
