import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiesOfClozeCards, generateFromText } from './index.ts';
import type { Card, Question } from './types.ts';

const sentence = 'A glacier is a slow river of ice that carves its valley.';
const source = { index: 3, sentence, start: 0, end: sentence.length };
const card: Card = { kind: 'cloze', front: 'A _____ is a slow river of ice that carves its valley.', back: 'glacier', conceptKey: 'glacier', source };

function cloze(answer: string, index = 3): Question {
  return { type: 'cloze', prompt: `Fill in the blank: ${sentence.replace(answer, '_____')}`, answer, accepted: [answer], conceptKey: answer, source: { ...source, index } };
}

describe('a quiz cloze that copies a cloze card', () => {
  const copies = copiesOfClozeCards([card]);

  it('is the card’s sentence with the card’s blank, whatever its case', () => {
    expect(copies(cloze('glacier'))).toBe(true);
    expect(copies(cloze('Glacier'))).toBe(true);
  });

  it('is not another blank of that sentence, nor the same word in another sentence', () => {
    expect(copies(cloze('valley'))).toBe(false);
    expect(copies(cloze('glacier', 4))).toBe(false);
  });

  it('is never a card of another kind', () => {
    expect(copiesOfClozeCards([{ ...card, kind: 'basic' }])(cloze('glacier'))).toBe(false);
  });
});

describe('a short quiz filled up with clozes', () => {
  it('keeps its eight questions on the seed article, and no flashcard repeats one of them word for word', () => {
    const seed = fs.readFileSync(path.join(import.meta.dirname, '../../prisma/seed-content/political-parties-kazakhstan.txt'), 'utf8');
    const result = generateFromText(seed);
    if (!result.ok) throw new Error(result.error.message);
    const copies = copiesOfClozeCards(result.value.cards);
    expect(result.value.questions.length).toBeGreaterThanOrEqual(8);
    expect(result.value.questions.filter(copies)).toEqual([]);
  });
});
