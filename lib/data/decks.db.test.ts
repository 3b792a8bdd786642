// The review screen's reads and edits, the teacher's deck list and a student's view of an assigned deck, with
// every refusal: on PGlite and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundOrForbidden, type Actor, type Role } from '../access/actor.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { FIXTURE_TEXT, fixtureGenerated } from '../testing/draft-fixture.ts';
import type { QuestionInput } from '../validation/questions.ts';
import { createClass } from './classes.ts';
import {
  addCard,
  addQuestion,
  deleteCard,
  deleteQuestion,
  getDeckForStudent,
  listDecksForTeacher,
  loadReview,
  renameDeck,
  updateCard,
  updateQuestion,
} from './decks.ts';
import { publishDraft, saveDraft } from './drafts.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.cleanup());

const NOW = new Date('2026-11-25T10:00:00Z');
const LATER = new Date('2026-11-25T11:00:00Z');

async function makeUser(role: Role): Promise<Actor> {
  return db.prisma.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@school.kz`, name: role, passwordHash: 'x', role },
    select: { id: true, role: true, name: true, email: true },
  });
}

/** A teacher's draft, a class of theirs with one student, a student outside it and another teacher. */
async function world() {
  const teacher = await makeUser('TEACHER');
  const { deckId } = await saveDraft(db.prisma, teacher, { text: FIXTURE_TEXT, fileName: null }, fixtureGenerated());
  const { id: classId } = await createClass(db.prisma, teacher, { name: 'Biology 7A' });
  const student = await makeUser('STUDENT');
  await db.prisma.enrollment.create({ data: { classId, studentId: student.id } });
  const review = await loadReview(db.prisma, teacher, deckId);
  const cards = review.groups.flatMap((group) => group.cards);
  const questions = review.groups.flatMap((group) => group.questions);
  const conceptId = (term: string) => review.groups.find((group) => group.concept?.term === term)!.concept!.id;
  return { teacher, deckId, classId, student, outsider: await makeUser('STUDENT'), otherTeacher: await makeUser('TEACHER'), review, cards, questions, conceptId };
}

/** Everything stored about a deck, to compare before and after a refusal. */
async function snapshot(deckId: string) {
  return db.prisma.deck.findUniqueOrThrow({
    where: { id: deckId },
    include: { cards: { orderBy: { id: 'asc' } }, quiz: { include: { questions: { orderBy: { id: 'asc' } } } }, assignments: true },
  });
}

describe('the review model', () => {
  it('groups cards and questions by concept, best concept first, with cited sentences and the answers', async () => {
    const { review, deckId } = await world();
    expect(review.deck).toMatchObject({ id: deckId, title: 'Photosynthesis', publishedAt: null });
    expect(review.document).toEqual({ title: 'Photosynthesis', content: FIXTURE_TEXT, fileName: null });
    expect(review.groups.map((group) => [group.concept?.term, group.cards.length, group.questions.length])).toEqual([
      ['Photosynthesis', 1, 1],
      ['Chlorophyll', 2, 3],
      ['What plants need', 0, 1],
      ['1779', 0, 1],
    ]);
    const chlorophyll = review.groups[1]!;
    const cited = review.sentences.find((sentence) => sentence.id === chlorophyll.cards[0]!.sentenceId)!;
    expect(FIXTURE_TEXT.slice(cited.start, cited.end)).toBe('Chlorophyll is the green pigment in leaves.');
    expect(chlorophyll.questions.map((item) => item.question)).toEqual([
      { type: 'single', prompt: 'Which is the green pigment?', choices: [{ text: 'Chlorophyll', correct: true }, { text: 'Glucose', correct: false }, { text: 'Xylem', correct: false }] },
      { type: 'truefalse', prompt: 'Chlorophyll is red.', answer: 'false' },
      // A generated typed answer forgives small typos from the start; the teacher can turn it off.
      { type: 'short', prompt: 'What is the green pigment called?', answer: 'chlorophyll', accepted: [{ text: 'chlorophylls' }], typoTolerance: true },
    ]);
    expect(review.publishedIn).toEqual([]);
  });

  it('is for the owning teacher only: the same refusal for others and for a deck that does not exist', async () => {
    const { deckId, student, otherTeacher } = await world();
    for (const actor of [student, otherTeacher]) await expect(loadReview(db.prisma, actor, deckId)).rejects.toThrow('deck not found');
    await expect(loadReview(db.prisma, otherTeacher, randomUUID())).rejects.toThrow('deck not found');
  });
});

describe('editing a draft', () => {
  it('renames the deck and its quiz', async () => {
    const { teacher, deckId } = await world();
    await renameDeck(db.prisma, teacher, { deckId, title: 'Plants' });
    const deck = await db.prisma.deck.findUniqueOrThrow({ where: { id: deckId }, include: { quiz: true } });
    expect([deck.title, deck.quiz!.title]).toEqual(['Plants', 'Plants']);
  });

  it('edits a card and marks it edited', async () => {
    const { teacher, deckId, cards } = await world();
    await updateCard(db.prisma, teacher, { cardId: cards[0]!.id, card: { kind: 'basic', front: 'Photosynthesis?', back: 'Food from light' } }, NOW);
    expect(await db.prisma.card.findUniqueOrThrow({ where: { id: cards[0]!.id } })).toMatchObject({ front: 'Photosynthesis?', back: 'Food from light', editedAt: NOW, origin: 'GENERATED' });
    const reloaded = await loadReview(db.prisma, teacher, deckId);
    expect(reloaded.groups[0]!.cards[0]).toMatchObject({ card: { kind: 'basic', front: 'Photosynthesis?', back: 'Food from light' }, edited: true, generated: true });
  });

  it('adds a card to a concept, citing the concept’s sentence, at the end of the deck', async () => {
    const { teacher, deckId, conceptId, review } = await world();
    const { cardId } = await addCard(db.prisma, teacher, { deckId, conceptId: conceptId('Chlorophyll'), card: { kind: 'cloze', front: 'Leaves are green because of _____.', back: 'chlorophyll' } });
    const card = await db.prisma.card.findUniqueOrThrow({ where: { id: cardId } });
    expect(card).toMatchObject({ kind: 'CLOZE', origin: 'TEACHER', position: 3, conceptId: conceptId('Chlorophyll'), sentenceId: review.groups[1]!.concept!.sentenceId });
    const { cardId: loose } = await addCard(db.prisma, teacher, { deckId, conceptId: null, card: { kind: 'basic', front: 'Stomata', back: 'Pores in leaves' } });
    const reloaded = await loadReview(db.prisma, teacher, deckId);
    expect(reloaded.groups.at(-1)).toMatchObject({ concept: null, cards: [{ id: loose }], questions: [] });
  });

  it('deletes a draft card for good, but only hides a published deck’s card', async () => {
    const { teacher, deckId, classId, cards } = await world();
    await deleteCard(db.prisma, teacher, { cardId: cards[0]!.id }, NOW);
    expect(await db.prisma.card.findUnique({ where: { id: cards[0]!.id } })).toBeNull();

    await publishDraft(db.prisma, teacher, { deckId, classId }, NOW);
    await deleteCard(db.prisma, teacher, { cardId: cards[1]!.id }, LATER);
    expect((await db.prisma.card.findUniqueOrThrow({ where: { id: cards[1]!.id } })).archivedAt).toEqual(LATER);
    const reloaded = await loadReview(db.prisma, teacher, deckId);
    expect(reloaded.groups.flatMap((group) => group.cards).map((card) => card.id)).toEqual([cards[2]!.id]);
    // Gone is gone: editing or deleting it again is "not found".
    await expect(updateCard(db.prisma, teacher, { cardId: cards[1]!.id, card: { kind: 'basic', front: 'a', back: 'b' } }, LATER)).rejects.toThrow(NotFoundOrForbidden);
    await expect(deleteCard(db.prisma, teacher, { cardId: cards[0]!.id }, LATER)).rejects.toThrow(NotFoundOrForbidden);
  });

  it('edits a question of every type, keeping the answer key apart from what students see', async () => {
    const { teacher, questions } = await world();
    const byType = (type: string) => questions.find((item) => item.question.type === type)!;
    const edits: QuestionInput[] = [
      { type: 'single', prompt: 'Pick the pigment', choices: [{ text: 'Xylem', correct: false }, { text: 'Chlorophyll', correct: true }] },
      { type: 'multiple', prompt: 'Inputs?', choices: [{ text: 'Water', correct: true }, { text: 'Light', correct: true }, { text: 'Sand', correct: false }], scoring: 'per-choice' },
      { type: 'truefalse', prompt: 'Leaves are green.', answer: 'true' },
      { type: 'short', prompt: 'Green pigment?', answer: 'Chlorophyll', accepted: [{ text: 'chlorophyl' }], typoTolerance: false },
      { type: 'cloze', prompt: 'Ingenhousz worked in _____.', blanks: [{ answer: '1779', accepted: [] }], typoTolerance: false },
      { type: 'matching', prompt: 'Match', pairs: [{ left: 'Xylem', right: 'carries water' }, { left: 'Phloem', right: 'carries sugar' }, { left: 'Stomata', right: 'let air in' }] },
    ];
    for (const question of edits) {
      const id = byType(question.type).id;
      await updateQuestion(db.prisma, teacher, { questionId: id, question }, NOW);
      const row = await db.prisma.question.findUniqueOrThrow({ where: { id } });
      expect(row.editedAt).toEqual(NOW);
      expect(JSON.stringify(row.payload)).not.toMatch(/correct|accepted|pairs/);
    }
    const rows = await db.prisma.question.findMany({ where: { id: { in: edits.map((question) => byType(question.type).id) } } });
    const stored = (type: string) => rows.find((row) => row.id === byType(type).id)!;
    expect([stored('single').payload, stored('single').answerKey]).toEqual([{ choices: ['Xylem', 'Chlorophyll'] }, { correct: 1 }]);
    expect([stored('multiple').answerKey, stored('truefalse').answerKey]).toEqual([{ correct: [0, 1], scoring: 'per-choice' }, { correct: true }]);
    expect([stored('short').answerKey, stored('cloze').answerKey]).toEqual([{ accepted: ['Chlorophyll', 'chlorophyl'] }, { blanks: [{ accepted: ['1779'] }] }]);
    // The right-hand side is sorted, so its order does not give the pairs away.
    expect(stored('matching').payload).toEqual({ left: ['Xylem', 'Phloem', 'Stomata'], right: ['carries sugar', 'carries water', 'let air in'] });
    expect(stored('matching').answerKey).toEqual({ pairs: [[0, 1], [1, 0], [2, 2]] });

    const reloaded = (await loadReview(db.prisma, teacher, (await db.prisma.question.findUniqueOrThrow({ where: { id: byType('single').id }, include: { quiz: true } })).quiz!.deckId!)).groups;
    expect(reloaded.flatMap((group) => group.questions).map((item) => item.question)).toEqual(expect.arrayContaining(edits));
  });

  it('adds a question to the deck’s quiz, and deletes one (hidden once published)', async () => {
    const { teacher, deckId, classId, conceptId, questions } = await world();
    const question: QuestionInput = { type: 'truefalse', prompt: 'Chlorophyll absorbs light.', answer: 'true' };
    const { questionId } = await addQuestion(db.prisma, teacher, { deckId, conceptId: conceptId('Chlorophyll'), question });
    expect(await db.prisma.question.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ origin: 'TEACHER', position: 6, type: 'TRUE_FALSE' });

    await deleteQuestion(db.prisma, teacher, { questionId: questions[0]!.id }, NOW);
    expect(await db.prisma.question.findUnique({ where: { id: questions[0]!.id } })).toBeNull();
    await publishDraft(db.prisma, teacher, { deckId, classId }, NOW);
    await deleteQuestion(db.prisma, teacher, { questionId }, LATER);
    expect((await db.prisma.question.findUniqueOrThrow({ where: { id: questionId } })).archivedAt).toEqual(LATER);
    const reloaded = await loadReview(db.prisma, teacher, deckId);
    expect(reloaded.groups.flatMap((group) => group.questions).map((item) => item.id)).not.toContain(questionId);
  });

  it('refuses every edit to anyone but the owning teacher, changing nothing', async () => {
    const { deckId, student, otherTeacher, cards, questions, conceptId } = await world();
    const before = await snapshot(deckId);
    for (const actor of [student, otherTeacher]) {
      const attempts = [
        renameDeck(db.prisma, actor, { deckId, title: 'Hijacked' }),
        updateCard(db.prisma, actor, { cardId: cards[0]!.id, card: { kind: 'basic', front: 'x', back: 'y' } }, NOW),
        deleteCard(db.prisma, actor, { cardId: cards[0]!.id }, NOW),
        addCard(db.prisma, actor, { deckId, conceptId: null, card: { kind: 'basic', front: 'x', back: 'y' } }),
        updateQuestion(db.prisma, actor, { questionId: questions[0]!.id, question: { type: 'truefalse', prompt: 'x', answer: 'true' } }, NOW),
        deleteQuestion(db.prisma, actor, { questionId: questions[0]!.id }, NOW),
        addQuestion(db.prisma, actor, { deckId, conceptId: conceptId('Chlorophyll'), question: { type: 'truefalse', prompt: 'x', answer: 'true' } }),
      ];
      for (const result of await Promise.allSettled(attempts)) {
        expect(result.status === 'rejected' && result.reason instanceof NotFoundOrForbidden).toBe(true);
      }
    }
    expect(await snapshot(deckId)).toEqual(before);
  });

  it('refuses a concept from another document, changing nothing', async () => {
    const { teacher, deckId } = await world();
    const other = await world();
    const before = await snapshot(deckId);
    await expect(addCard(db.prisma, teacher, { deckId, conceptId: other.conceptId('Chlorophyll'), card: { kind: 'basic', front: 'x', back: 'y' } })).rejects.toThrow('concept not found');
    await expect(
      addQuestion(db.prisma, teacher, { deckId, conceptId: other.conceptId('Chlorophyll'), question: { type: 'truefalse', prompt: 'x', answer: 'true' } }),
    ).rejects.toThrow('concept not found');
    expect(await snapshot(deckId)).toEqual(before);
  });
});

describe('the teacher’s list of decks', () => {
  it('lists drafts and published decks with their counts and classes, and only the teacher’s own', async () => {
    const { teacher, deckId, classId, otherTeacher } = await world();
    const { deckId: secondId } = await saveDraft(db.prisma, teacher, { text: FIXTURE_TEXT, fileName: null }, { ...fixtureGenerated(), title: 'Second' });
    await publishDraft(db.prisma, teacher, { deckId, classId }, NOW);
    const decks = await listDecksForTeacher(db.prisma, teacher);
    expect(decks.map((deck) => [deck.id, deck.title, deck.publishedAt, deck.cardCount, deck.questionCount, deck.classes])).toEqual([
      [secondId, 'Second', null, 3, 6, []],
      [deckId, 'Photosynthesis', NOW, 3, 6, [{ id: classId, name: 'Biology 7A' }]],
    ]);
    expect(await listDecksForTeacher(db.prisma, otherTeacher)).toEqual([]);
  });

  it('is for teachers only', async () => {
    await expect(listDecksForTeacher(db.prisma, await makeUser('STUDENT'))).rejects.toThrow(NotFoundOrForbidden);
  });
});

describe('a student’s view of a deck', () => {
  it('shows a published deck assigned to their class: cards with their source sentences, never the quiz', async () => {
    const { teacher, deckId, classId, student, cards } = await world();
    await updateCard(db.prisma, teacher, { cardId: cards[0]!.id, card: { kind: 'basic', front: 'Photosynthesis', back: 'Edited back' } }, NOW);
    await publishDraft(db.prisma, teacher, { deckId, classId }, NOW);
    const view = await getDeckForStudent(db.prisma, student, deckId, LATER);
    expect(view).toEqual({
      id: deckId,
      title: 'Photosynthesis',
      classes: [{ id: classId, name: 'Biology 7A' }],
      cards: [
        { id: cards[0]!.id, kind: 'basic', front: 'Photosynthesis', back: 'Edited back', source: 'Photosynthesis is the process by which plants make food from light.' },
        { id: cards[1]!.id, kind: 'reverse', front: 'The green pigment in leaves', back: 'Chlorophyll', source: 'Chlorophyll is the green pigment in leaves.' },
        { id: cards[2]!.id, kind: 'cloze', front: '_____ is the green pigment in leaves.', back: 'Chlorophyll', source: 'Chlorophyll is the green pigment in leaves.' },
      ],
    });
    expect(JSON.stringify(view)).not.toMatch(/answerKey|Which is the green pigment/);
  });

  it('refuses a draft, a student outside the class, an archived class, a teacher, and a deck not open yet', async () => {
    const { teacher, deckId, classId, student, outsider, otherTeacher } = await world();
    await expect(getDeckForStudent(db.prisma, student, deckId, LATER)).rejects.toThrow('deck not found');

    await publishDraft(db.prisma, teacher, { deckId, classId }, NOW);
    await expect(getDeckForStudent(db.prisma, outsider, deckId, LATER)).rejects.toThrow('deck not found');
    await expect(getDeckForStudent(db.prisma, otherTeacher, deckId, LATER)).rejects.toThrow(NotFoundOrForbidden);
    await expect(getDeckForStudent(db.prisma, teacher, deckId, LATER)).rejects.toThrow(NotFoundOrForbidden);
    await expect(getDeckForStudent(db.prisma, student, deckId, new Date(NOW.getTime() - 1000))).rejects.toThrow('deck not found');
    await expect(getDeckForStudent(db.prisma, student, randomUUID(), LATER)).rejects.toThrow('deck not found');

    await db.prisma.class.update({ where: { id: classId }, data: { archivedAt: LATER } });
    await expect(getDeckForStudent(db.prisma, student, deckId, LATER)).rejects.toThrow('deck not found');
  });
});
