// A draft whose quiz holds the generator's number and ordering questions: stored as NUMERIC and ORDERING rows
// that read back into the edit form unchanged, linked to their concept and sentence.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import type { Generated } from '../generate/types.ts';
import { FIXTURE_TEXT, fixtureGenerated } from '../testing/draft-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { fromStoredQuestion } from '../validation/questions.ts';
import { saveDraft } from './drafts.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

async function teacher(): Promise<Actor> {
  return db.prisma.user.create({
    data: { email: `teacher-${randomUUID()}@school.kz`, name: 'Teacher', passwordHash: 'x', role: 'TEACHER' },
    select: { id: true, role: true, name: true, email: true },
  });
}

function withNewKinds(): Generated {
  const generated = fixtureGenerated();
  const needs = generated.concepts.find((concept) => concept.key === 'needs')!;
  const year = generated.concepts.find((concept) => concept.key === '1779')!;
  generated.questions = [
    {
      type: 'numeric',
      prompt: 'Fill in the number: In _____ Jan Ingenhousz showed that plants release oxygen in light.',
      answer: 1779,
      tolerance: 0,
      unit: '',
      written: '1779',
      conceptKey: '1779',
      source: year.source,
    },
    {
      type: 'ordering',
      prompt: 'Put what plants need in the order the text names it.',
      choices: ['Light', 'Water', 'Carbon dioxide'],
      answer: ['Water', 'Carbon dioxide', 'Light'],
      conceptKey: 'needs',
      source: needs.source,
    },
  ];
  return generated;
}

describe('saving a draft with number and ordering questions', () => {
  it('stores them in the app’s shape, readable by the edit form, with their concept and sentence', async () => {
    const owner = await teacher();
    const { deckId } = await saveDraft(db.prisma, owner, { text: FIXTURE_TEXT, fileName: null }, withNewKinds());
    const deck = await db.prisma.deck.findUniqueOrThrow({ where: { id: deckId }, include: { quiz: true } });
    const rows = await db.prisma.question.findMany({ where: { quizId: deck.quiz!.id }, orderBy: { position: 'asc' }, include: { concept: true, sentence: true } });

    expect(rows.map((row) => [row.type, row.payload, row.answerKey, row.concept?.key, row.sentence?.position])).toEqual([
      ['NUMERIC', {}, { value: 1779, tolerance: 0 }, '1779', 3],
      // Stored in an order that is not the answer; the key says where each belongs.
      ['ORDERING', { items: ['Carbon dioxide', 'Light', 'Water'] }, { order: [2, 0, 1] }, 'needs', 2],
    ]);
    expect(rows.map((row) => fromStoredQuestion(row))).toEqual([
      { type: 'numeric', prompt: 'Fill in the number: In _____ Jan Ingenhousz showed that plants release oxygen in light.', answer: 1779, tolerance: 0, unit: '' },
      { type: 'ordering', prompt: 'Put what plants need in the order the text names it.', items: [{ text: 'Water' }, { text: 'Carbon dioxide' }, { text: 'Light' }] },
    ]);
  });
});
