// The teacher choosing a draft's concepts: ticking, unticking, adding by words from the text, renaming, making
// again, the kinds and numbers per concept and many items at once, with every refusal leaving the draft as it
// was. On PGlite and on PostgreSQL, with the real generator.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden, type Actor, type Role } from '../access/actor.ts';
import { generateFromText } from '../generate/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { ROCK_CYCLE_ARTICLE, wordsToPick } from '../testing/rock-cycle-article.ts';
import { addConceptSchema, bulkItemsSchema, renameConceptSchema } from '../validation/draft-concepts.ts';
import { parseInput } from '../validation/result.ts';
import { createClass } from './classes.ts';
import { loadReview, updateCard } from './decks.ts';
import { itemsForConcepts } from '../generate/chosen-concepts.ts';
import { acceptItems, addConcept, deleteItems, remakeConcept, renameConcept, setConceptChosen, setItemChoice, type MakeItems } from './draft-concepts.ts';
import { publishDraft, saveDraft } from './drafts.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

const NOW = new Date('2026-11-25T10:00:00Z');
const generated = (() => {
  const result = generateFromText(ROCK_CYCLE_ARTICLE);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
})();

/** Words of the article that are not one of the generator's concepts: the teacher adds them. */
const PICKED = wordsToPick(generated.concepts.map((concept) => concept.key));

async function makeUser(role: Role): Promise<Actor> {
  return db.prisma.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@school.kz`, name: role, passwordHash: 'x', role },
    select: { id: true, role: true, name: true, email: true },
  });
}

async function world() {
  const teacher = await makeUser('TEACHER');
  const { deckId } = await saveDraft(db.prisma, teacher, { text: ROCK_CYCLE_ARTICLE, fileName: null }, generated);
  const deck = await db.prisma.deck.findUniqueOrThrow({ where: { id: deckId }, include: { quiz: true } });
  const concepts = await db.prisma.concept.findMany({ where: { documentId: deck.documentId! }, orderBy: { score: 'desc' } });
  const conceptId = (term: string) => {
    const found = concepts.find((concept) => concept.term === term);
    if (!found) throw new Error(`No concept "${term}" among ${concepts.map((concept) => concept.term).join(', ')}`);
    return found.id;
  };
  return { teacher, deckId, quizId: deck.quiz!.id, documentId: deck.documentId!, concepts, conceptId };
}

/** A concept with cards and questions of its own, the first one the generator ranked. */
function busyConcept(w: Awaited<ReturnType<typeof world>>) {
  const key = generated.concepts.find(
    (concept) => generated.cards.some((card) => card.conceptKey === concept.key) && generated.questions.some((question) => question.conceptKey === concept.key && question.type !== 'matching'),
  )!.key;
  return w.concepts.find((concept) => concept.key === key)!;
}

async function itemsOf(conceptId: string, deckId: string, quizId: string) {
  const [cards, quizQuestions, bankQuestions] = await Promise.all([
    db.prisma.card.findMany({ where: { deckId, conceptId, archivedAt: null }, orderBy: { position: 'asc' } }),
    db.prisma.question.findMany({ where: { quizId, conceptId, archivedAt: null }, orderBy: { position: 'asc' } }),
    db.prisma.question.findMany({ where: { deckId, conceptId, archivedAt: null }, orderBy: { position: 'asc' } }),
  ]);
  return { cards, quizQuestions, bankQuestions };
}

/** Everything stored about a draft, to compare before and after a refusal. */
async function snapshot(deckId: string) {
  const deck = await db.prisma.deck.findUniqueOrThrow({
    where: { id: deckId },
    include: { cards: { orderBy: { id: 'asc' } }, bank: { orderBy: { id: 'asc' } }, quiz: { include: { questions: { orderBy: { id: 'asc' } } } } },
  });
  const concepts = await db.prisma.concept.findMany({ where: { documentId: deck.documentId! }, orderBy: { id: 'asc' } });
  return { deck, concepts };
}

describe('a new draft', () => {
  it('stores each concept’s evidence: how many sentences name it, and that every one starts ticked', async () => {
    const w = await world();
    const review = await loadReview(db.prisma, w.teacher, w.deckId);
    expect(review.concepts.length).toBe(generated.concepts.length);
    for (const concept of review.concepts) {
      const made = generated.concepts.find((entry) => entry.term === concept.term)!;
      expect(concept).toMatchObject({ chosen: true, added: false, mentions: made.mentions, proper: made.proper });
      expect(concept.sentenceId).not.toBeNull();
    }
  });
});

describe('unticking and ticking a concept', () => {
  it('takes the concept’s cards and questions out of the deck, the quiz and the bank, and leaves the others', async () => {
    const w = await world();
    const concept = busyConcept(w);
    const others = await db.prisma.card.count({ where: { deckId: w.deckId, NOT: { conceptId: concept.id } } });
    const outcome = await setConceptChosen(db.prisma, w.teacher, { deckId: w.deckId, conceptId: concept.id, chosen: false }, NOW);
    expect(outcome).toMatchObject({ ok: true, keptAside: 0 });
    expect(outcome.ok && outcome.cardsRemoved).toBeGreaterThan(0);
    expect(await itemsOf(concept.id, w.deckId, w.quizId)).toEqual({ cards: [], quizQuestions: [], bankQuestions: [] });
    expect(await db.prisma.card.count({ where: { deckId: w.deckId, NOT: { conceptId: concept.id } } })).toBe(others);
    const review = await loadReview(db.prisma, w.teacher, w.deckId);
    expect(review.concepts.find((entry) => entry.id === concept.id)?.chosen).toBe(false);
    expect(review.groups.some((group) => group.concept?.id === concept.id)).toBe(false);
  });

  it('ticked again, the concept gets the same items back', async () => {
    const w = await world();
    const concept = busyConcept(w);
    const before = await itemsOf(concept.id, w.deckId, w.quizId);
    await setConceptChosen(db.prisma, w.teacher, { deckId: w.deckId, conceptId: concept.id, chosen: false }, NOW);
    const outcome = await setConceptChosen(db.prisma, w.teacher, { deckId: w.deckId, conceptId: concept.id, chosen: true }, NOW);
    expect(outcome).toMatchObject({ ok: true, cardsAdded: before.cards.length, questionsAdded: before.quizQuestions.length });
    const after = await itemsOf(concept.id, w.deckId, w.quizId);
    expect(after.cards.map((card) => [card.kind, card.front, card.back, card.sentenceId, card.origin])).toEqual(
      before.cards.map((card) => [card.kind, card.front, card.back, card.sentenceId, card.origin]),
    );
    expect(after.quizQuestions.map((question) => [question.type, question.prompt, question.answerKey])).toEqual(
      before.quizQuestions.map((question) => [question.type, question.prompt, question.answerKey]),
    );
    expect(after.bankQuestions.map((question) => question.prompt)).toEqual(after.quizQuestions.map((question) => question.prompt));
  });

  it('keeps a card the teacher edited aside while unticked, and brings it back, unchanged, without a duplicate', async () => {
    const w = await world();
    const concept = busyConcept(w);
    const [card] = (await itemsOf(concept.id, w.deckId, w.quizId)).cards;
    await updateCard(db.prisma, w.teacher, { cardId: card!.id, card: { kind: card!.kind === 'CLOZE' ? 'cloze' : 'basic', front: card!.front, back: 'My own words.' } }, NOW);
    const untick = await setConceptChosen(db.prisma, w.teacher, { deckId: w.deckId, conceptId: concept.id, chosen: false }, NOW);
    expect(untick).toMatchObject({ ok: true, keptAside: 1 });
    const aside = await db.prisma.card.findUniqueOrThrow({ where: { id: card!.id } });
    expect(aside.archivedAt).not.toBeNull();
    expect((await loadReview(db.prisma, w.teacher, w.deckId)).groups.flatMap((group) => group.cards).some((entry) => entry.id === card!.id)).toBe(false);

    const tick = await setConceptChosen(db.prisma, w.teacher, { deckId: w.deckId, conceptId: concept.id, chosen: true }, NOW);
    expect(tick).toMatchObject({ ok: true, restored: 1 });
    const after = await itemsOf(concept.id, w.deckId, w.quizId);
    expect(after.cards.find((entry) => entry.id === card!.id)).toMatchObject({ back: 'My own words.', archivedAt: null, setAsideAt: null });
    expect(new Set(after.cards.map((entry) => `${entry.kind}|${entry.front}`)).size).toBe(after.cards.length);
  });

  it('a published deck keeps students’ cards: unticking hides them, ticking shows the same cards again', async () => {
    const w = await world();
    const { id: classId } = await createClass(db.prisma, w.teacher, { name: 'Geography 8B' });
    await publishDraft(db.prisma, w.teacher, { deckId: w.deckId, classId }, NOW);
    const concept = busyConcept(w);
    const before = (await itemsOf(concept.id, w.deckId, w.quizId)).cards.map((card) => card.id);
    await setConceptChosen(db.prisma, w.teacher, { deckId: w.deckId, conceptId: concept.id, chosen: false }, NOW);
    expect(await db.prisma.card.count({ where: { id: { in: before } } })).toBe(before.length);
    expect((await itemsOf(concept.id, w.deckId, w.quizId)).cards).toEqual([]);
    await setConceptChosen(db.prisma, w.teacher, { deckId: w.deckId, conceptId: concept.id, chosen: true }, NOW);
    expect((await itemsOf(concept.id, w.deckId, w.quizId)).cards.map((card) => card.id)).toEqual(before);
  });

  it('publishing after unticking gives students exactly the chosen concepts', async () => {
    const w = await world();
    const concept = busyConcept(w);
    await setConceptChosen(db.prisma, w.teacher, { deckId: w.deckId, conceptId: concept.id, chosen: false }, NOW);
    const { id: classId } = await createClass(db.prisma, w.teacher, { name: 'Geography 8C' });
    await publishDraft(db.prisma, w.teacher, { deckId: w.deckId, classId }, NOW);
    const chosen = new Set((await db.prisma.concept.findMany({ where: { documentId: w.documentId, chosen: true } })).map((row) => row.id));
    const cards = await db.prisma.card.findMany({ where: { deckId: w.deckId, archivedAt: null } });
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((card) => card.conceptId !== null && chosen.has(card.conceptId))).toBe(true);
  });
});

describe('adding a concept by words from the text', () => {
  it('makes a concept the teacher added, ticked, with items citing the text', async () => {
    const w = await world();
    const outcome = await addConcept(db.prisma, w.teacher, { deckId: w.deckId, words: PICKED });
    expect(outcome).toMatchObject({ ok: true });
    if (!outcome.ok) return;
    const concept = await db.prisma.concept.findUniqueOrThrow({ where: { id: outcome.conceptId }, include: { sentence: true } });
    expect(concept).toMatchObject({ origin: 'TEACHER', chosen: true, words: PICKED });
    expect(concept.mentions).toBeGreaterThanOrEqual(2);
    expect(concept.sentence?.text.toLowerCase()).toContain(PICKED);
    const items = await itemsOf(concept.id, w.deckId, w.quizId);
    expect(items.cards.length + items.quizQuestions.length).toBeGreaterThan(0);
    expect(items.cards.every((card) => card.origin === 'GENERATED' && card.sentenceId !== null)).toBe(true);
    const review = await loadReview(db.prisma, w.teacher, w.deckId);
    expect(review.concepts.find((entry) => entry.id === concept.id)).toMatchObject({ added: true, chosen: true });
  });

  it('refuses words the text does not have, and words that are already a ticked concept, changing nothing', async () => {
    const w = await world();
    const before = await snapshot(w.deckId);
    expect(await addConcept(db.prisma, w.teacher, { deckId: w.deckId, words: 'volcanic ash' })).toEqual({ ok: false, error: 'concept.notInText' });
    const taken = generated.concepts[0]!.term;
    expect(await addConcept(db.prisma, w.teacher, { deckId: w.deckId, words: taken })).toEqual({ ok: false, error: 'concept.exists' });
    expect(await snapshot(w.deckId)).toEqual(before);
  });

  it('refuses an empty or too long selection, in the form’s check and in the data function', async () => {
    const w = await world();
    const before = await snapshot(w.deckId);
    const tooLong = 'the set of processes by which rocks form break down and form again';
    for (const [words, code] of [
      ['  ', 'concept.wordsRequired'],
      ['“ … ”', 'concept.wordsRequired'],
      [tooLong, 'concept.wordsTooLong'],
      ['x'.repeat(101), 'concept.wordsTooLong'],
    ] as const) {
      const parsed = parseInput(addConceptSchema, { deckId: w.deckId, words });
      expect(parsed.ok ? null : parsed.result).toEqual({ ok: false, fieldErrors: { words: code } });
      expect(await addConcept(db.prisma, w.teacher, { deckId: w.deckId, words })).toEqual({ ok: false, error: code });
    }
    expect(parseInput(renameConceptSchema, { deckId: w.deckId, conceptId: w.concepts[0]!.id, term: '' }).ok).toBe(false);
    expect(await snapshot(w.deckId)).toEqual(before);
  });
});

describe('refusals: only the teacher who owns the draft, only its own concepts and items', () => {
  it('another teacher and a student get "not found" for every action, and nothing changes', async () => {
    const w = await world();
    const concept = busyConcept(w);
    const cardId = (await itemsOf(concept.id, w.deckId, w.quizId)).cards[0]!.id;
    const before = await snapshot(w.deckId);
    for (const actor of [await makeUser('TEACHER'), await makeUser('STUDENT')]) {
      const input = { deckId: w.deckId, conceptId: concept.id };
      await expect(setConceptChosen(db.prisma, actor, { ...input, chosen: false }, NOW)).rejects.toThrow(NotFoundOrForbidden);
      await expect(addConcept(db.prisma, actor, { deckId: w.deckId, words: PICKED })).rejects.toThrow(NotFoundOrForbidden);
      await expect(renameConcept(db.prisma, actor, { ...input, term: 'Stolen' }, NOW)).rejects.toThrow(NotFoundOrForbidden);
      await expect(remakeConcept(db.prisma, actor, input, NOW)).rejects.toThrow(NotFoundOrForbidden);
      await expect(
        setItemChoice(db.prisma, actor, { deckId: w.deckId, cardKinds: ['cloze'], questionTypes: [], cardsPerConcept: 1, questionsPerConcept: 0 }, NOW),
      ).rejects.toThrow(NotFoundOrForbidden);
      await expect(deleteItems(db.prisma, actor, { deckId: w.deckId, cardIds: [cardId], questionIds: [] }, NOW)).rejects.toThrow(NotFoundOrForbidden);
      await expect(acceptItems(db.prisma, actor, { deckId: w.deckId, cardIds: [cardId], questionIds: [] }, NOW)).rejects.toThrow(NotFoundOrForbidden);
    }
    expect(await snapshot(w.deckId)).toEqual(before);
  });

  it('an unknown concept, or one of another draft, is not found', async () => {
    const w = await world();
    const other = await world();
    const before = await snapshot(w.deckId);
    for (const conceptId of [randomUUID(), other.concepts[0]!.id]) {
      await expect(setConceptChosen(db.prisma, w.teacher, { deckId: w.deckId, conceptId, chosen: false }, NOW)).rejects.toThrow('concept not found');
      await expect(renameConcept(db.prisma, w.teacher, { deckId: w.deckId, conceptId, term: 'Other' }, NOW)).rejects.toThrow('concept not found');
      await expect(remakeConcept(db.prisma, w.teacher, { deckId: w.deckId, conceptId }, NOW)).rejects.toThrow('concept not found');
    }
    expect(await snapshot(w.deckId)).toEqual(before);
  });

  it('a bulk action with one item of another draft does nothing at all', async () => {
    const w = await world();
    const other = await world();
    const mine = await db.prisma.card.findFirstOrThrow({ where: { deckId: w.deckId } });
    const theirs = await db.prisma.card.findFirstOrThrow({ where: { deckId: other.deckId } });
    const before = await snapshot(w.deckId);
    await expect(deleteItems(db.prisma, w.teacher, { deckId: w.deckId, cardIds: [mine.id, theirs.id], questionIds: [] }, NOW)).rejects.toThrow('item not found');
    await expect(acceptItems(db.prisma, w.teacher, { deckId: w.deckId, cardIds: [], questionIds: [randomUUID()] }, NOW)).rejects.toThrow('item not found');
    expect(await snapshot(w.deckId)).toEqual(before);
    expect(parseInput(bulkItemsSchema, { deckId: w.deckId, cardIds: [], questionIds: [] })).toMatchObject({ ok: false, result: { fieldErrors: { form: 'bulk.nothingSelected' } } });
  });
});

describe('renaming and making again', () => {
  it('a renamed concept’s untouched items use the new name; the teacher’s edited card stays as they wrote it', async () => {
    const w = await world();
    const concept = busyConcept(w);
    const cards = (await itemsOf(concept.id, w.deckId, w.quizId)).cards;
    const edited = cards[cards.length - 1]!;
    await updateCard(db.prisma, w.teacher, { cardId: edited.id, card: { kind: edited.kind === 'CLOZE' ? 'cloze' : 'basic', front: edited.front, back: edited.back } }, NOW);
    const outcome = await renameConcept(db.prisma, w.teacher, { deckId: w.deckId, conceptId: concept.id, term: 'Rock recycling' }, NOW);
    expect(outcome).toMatchObject({ ok: true });
    expect((await db.prisma.concept.findUniqueOrThrow({ where: { id: concept.id } })).term).toBe('Rock recycling');
    const after = (await itemsOf(concept.id, w.deckId, w.quizId)).cards;
    expect(after.find((card) => card.id === edited.id)).toMatchObject({ front: edited.front, back: edited.back });
    const basic = after.find((card) => card.kind === 'BASIC' && card.id !== edited.id);
    if (basic) expect(basic.front).toBe('Rock recycling');
  });

  it('"make again" brings back a generated card the teacher deleted, and keeps their edits', async () => {
    const w = await world();
    const concept = busyConcept(w);
    const [first, ...rest] = (await itemsOf(concept.id, w.deckId, w.quizId)).cards;
    await deleteItems(db.prisma, w.teacher, { deckId: w.deckId, cardIds: [first!.id], questionIds: [] }, NOW);
    const outcome = await remakeConcept(db.prisma, w.teacher, { deckId: w.deckId, conceptId: concept.id }, NOW);
    expect(outcome).toMatchObject({ ok: true });
    const after = (await itemsOf(concept.id, w.deckId, w.quizId)).cards;
    expect(after.map((card) => card.front).sort()).toEqual([first!, ...rest].map((card) => card.front).sort());
  });
});

describe('kinds and numbers per concept', () => {
  it('only cloze cards, at most one per concept, no questions: every untouched item follows; the teacher’s own stay', async () => {
    const w = await world();
    const concept = busyConcept(w);
    const mine = (await itemsOf(concept.id, w.deckId, w.quizId)).cards.find((card) => card.kind !== 'CLOZE')!;
    await updateCard(db.prisma, w.teacher, { cardId: mine.id, card: { kind: 'basic', front: mine.front, back: 'Kept.' } }, NOW);
    const outcome = await setItemChoice(db.prisma, w.teacher, { deckId: w.deckId, cardKinds: ['cloze'], questionTypes: [], cardsPerConcept: 1, questionsPerConcept: 0 }, NOW);
    expect(outcome.ok).toBe(true);
    const cards = await db.prisma.card.findMany({ where: { deckId: w.deckId, archivedAt: null } });
    expect(cards.find((card) => card.id === mine.id)).toMatchObject({ back: 'Kept.' });
    const generatedCards = cards.filter((card) => card.id !== mine.id);
    expect(generatedCards.length).toBeGreaterThan(0);
    expect(generatedCards.every((card) => card.kind === 'CLOZE')).toBe(true);
    const perConcept = new Map<string, number>();
    for (const card of cards) perConcept.set(card.conceptId!, (perConcept.get(card.conceptId!) ?? 0) + 1);
    expect(Math.max(...perConcept.values())).toBe(1);
    expect(await db.prisma.question.count({ where: { quizId: w.quizId, archivedAt: null } })).toBe(0);
    expect((await loadReview(db.prisma, w.teacher, w.deckId)).itemChoice).toEqual({ cardKinds: ['cloze'], questionTypes: [], cardsPerConcept: 1, questionsPerConcept: 0 });
  });
});

describe('a document with emphasis', () => {
  it('keeps the phrases a .docx set in bold or italic, and makes a concept again ranked as the draft ranked it', async () => {
    const teacher = await makeUser('TEACHER');
    const emphasized = [PICKED];
    const draft = generateFromText(ROCK_CYCLE_ARTICLE, { emphasized });
    if (!draft.ok) throw new Error(draft.error.message);
    const { deckId } = await saveDraft(db.prisma, teacher, { text: ROCK_CYCLE_ARTICLE, fileName: 'rocks.docx', emphasized }, draft.value);
    const deck = await db.prisma.deck.findUniqueOrThrow({ where: { id: deckId } });
    expect(await db.prisma.sourceDocument.findUniqueOrThrow({ where: { id: deck.documentId! }, select: { emphasized: true } })).toEqual({ emphasized });
    const formats: unknown[] = [];
    const makeItems: MakeItems = (text, chosen, choice, format) => {
      formats.push(format);
      return itemsForConcepts(text, chosen, choice, format);
    };
    const concept = await db.prisma.concept.findFirstOrThrow({ where: { documentId: deck.documentId! }, orderBy: { score: 'desc' } });
    expect((await remakeConcept(db.prisma, teacher, { deckId, conceptId: concept.id }, NOW, { makeItems })).ok).toBe(true);
    expect(formats).toEqual([{ markdown: false, emphasized }]);
  });
});

describe('many items at once', () => {
  it('accepts and deletes the picked items of the draft', async () => {
    const w = await world();
    const cards = await db.prisma.card.findMany({ where: { deckId: w.deckId }, orderBy: { position: 'asc' }, take: 3 });
    const questions = await db.prisma.question.findMany({ where: { quizId: w.quizId }, orderBy: { position: 'asc' }, take: 2 });
    await acceptItems(db.prisma, w.teacher, { deckId: w.deckId, cardIds: [cards[0]!.id], questionIds: [questions[0]!.id] }, NOW);
    const review = await loadReview(db.prisma, w.teacher, w.deckId);
    expect(review.groups.flatMap((group) => group.cards).filter((card) => card.accepted).map((card) => card.id)).toEqual([cards[0]!.id]);
    await deleteItems(db.prisma, w.teacher, { deckId: w.deckId, cardIds: cards.slice(1).map((card) => card.id), questionIds: [questions[1]!.id] }, NOW);
    expect(await db.prisma.card.count({ where: { id: { in: cards.map((card) => card.id) } } })).toBe(1);
    expect(await db.prisma.question.count({ where: { id: questions[1]!.id } })).toBe(0);
  });
});
