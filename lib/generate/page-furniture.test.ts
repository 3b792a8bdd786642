// A PDF paste's page numbers and running heads are left out of what the generator reads, and a word they cut in two
// comes back whole; citations still quote the paste as written.
import { describe, expect, it } from 'vitest';
import { generateFromText } from './index.ts';
import { withoutPageFurniture } from './page-furniture.ts';

const PASTE = [
  'Types of Societies',
  'Pastoral societies rely on the domestication of animals as a resource',
  'for survival. Horticultural societies grow fruits and vegetables in small',
  'gardens. An agricultural society depends on the plough and on the',
  'harvest. The massive Deepwater Hori-',
  '83',
  'Access for free at openstax.org',
  '84 CHAPTER 4 | SOCIETY AND SOCIAL INTERACTION',
  'zon oil spill of 2010 drew great attention to industrial societies. An',
  'industrial society uses machines and factories to produce its goods. A',
  'postindustrial society is a society based on information and services.',
  '84',
  'Access for free at openstax.org',
  'CHAPTER 4 | SOCIETY AND SOCIAL INTERACTION 85',
  'Pastoral societies move with their herds, and an agricultural society',
  'stays where its fields are.',
].join('\n');

describe('page furniture', () => {
  it('is left out of the reading, every kept character pointing at itself in the paste', () => {
    const reading = withoutPageFurniture(PASTE)!;
    expect(reading.text).not.toMatch(/openstax|CHAPTER|^8\d$/m);
    expect(reading.text).toContain('Deepwater Hori-\nzon oil spill');
    [...reading.text].forEach((char, i) => expect(PASTE[reading.offsets[i]!]).toBe(char));
  });

  it('is nothing in a text without page numbers, even one that repeats a line', () => {
    expect(withoutPageFurniture('Summary\nPlants make food.\nSummary\nAnimals eat it.')).toBeNull();
  });

  it('never shows in a concept or an item, and the cut word is whole; the citation quotes the paste', () => {
    const result = generateFromText(PASTE);
    if (!result.ok) throw new Error(result.error.message);
    const { concepts, cards, questions, sentences } = result.value;
    const shown = [
      ...concepts.flatMap((concept) => [concept.term, concept.definition ?? '']),
      ...cards.flatMap((card) => [card.front, card.back]),
      ...questions.flatMap((question) => [question.prompt, JSON.stringify(question.answer)]),
    ];
    for (const words of shown) expect(words).not.toMatch(/openstax|CHAPTER|SOCIAL INTERACTION|Hori-/);
    const spill = sentences.find((sentence) => sentence.sentence.includes('Deepwater'))!;
    expect(PASTE.slice(spill.start, spill.end)).toBe(spill.sentence);
    expect(spill.sentence).toContain('Hori-\n83\nAccess for free at openstax.org\n84 CHAPTER 4 | SOCIETY AND SOCIAL INTERACTION\nzon');
    expect(spill.plain).toBe('The massive Deepwater Hori-\nzon oil spill of 2010 drew great attention to industrial societies.');
    for (const sentence of sentences) expect(PASTE.slice(sentence.start, sentence.end)).toBe(sentence.sentence);
  });
});
