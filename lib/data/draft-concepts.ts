// The teacher chooses a draft's concepts, and its cards and questions follow: unticking a concept takes its items
// out of the deck and quiz, ticking or adding one makes them, renaming or "make again" remakes them, and the
// teacher's own items (written or edited by them) are never remade. Each function checks that the actor owns
// the draft and writes in one transaction; the generator runs before it, outside (see MakeItems).
//
// Unticking a concept removes its items for good only where nothing is lost: an item the generator made, not
// edited, in a deck no student has seen (it is made again, the same, when the concept is ticked again). An item
// the teacher wrote or edited, or one students have seen, is set aside instead: out of the deck and quiz like a
// deleted one, and back with the concept when the teacher ticks it again. A teacher who unticks a concept expects
// it gone from what students get, and a teacher who changes their mind expects their own work back.
import type { Db } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { deckOwnedBy } from '../access/guards.ts';
import { isMarkdownFile } from '../documents/shown-text.ts';
import { itemsForConcepts, type ChosenConcept, type ChosenItems, type ItemChoice } from '../generate/chosen-concepts.ts';
import type { Card as GeneratedCard, CardKind, Question as GeneratedQuestion, QuestionType } from '../generate/types.ts';
import { cardSchema } from '../validation/decks.ts';
import { fromStoredQuestion, questionSchema, questionTypeOf, storedQuestionType, toStoredQuestion } from '../validation/questions.ts';
import { questionFromGenerated } from './drafts.ts';
import { inTransaction, lockFor, type Tx } from './transaction.ts';

/** The generator for chosen concepts, or a stand-in that runs it elsewhere (the server runs it in a worker). */
/** The generator for chosen concepts, or a stand-in that runs it elsewhere; `markdown` for a document kept as a Markdown file. */
export type MakeItems = (text: string, chosen: ChosenConcept[], choice: ItemChoice, format?: DocumentFormat) => ChosenItems | Promise<ChosenItems>;

/** How the stored document reads: Markdown as written, and the phrases a .docx set in bold or italic. */
export interface DocumentFormat {
  markdown?: boolean;
  emphasized?: readonly string[];
}

export interface ConceptOptions {
  makeItems?: MakeItems;
}

/** What changed in the deck and quiz, for the review screen to say. */
export interface ItemChanges {
  cardsAdded: number;
  questionsAdded: number;
  cardsRemoved: number;
  questionsRemoved: number;
  /** The teacher's own items set aside with an unticked concept, or brought back with a ticked one. */
  keptAside: number;
  restored: number;
}

export type ConceptOutcome =
  | ({ ok: true; conceptId: string } & ItemChanges)
  | { ok: false; error: 'concept.noText' | 'concept.notInText' | 'concept.exists' | 'concept.wordsRequired' | 'concept.wordsTooLong' };

const NO_CHANGES: ItemChanges = { cardsAdded: 0, questionsAdded: 0, cardsRemoved: 0, questionsRemoved: 0, keptAside: 0, restored: 0 };

const CARD_KIND_TO_DB = { basic: 'BASIC', reverse: 'REVERSE', cloze: 'CLOZE' } as const;
const CARD_KIND_FROM_DB = { BASIC: 'basic', REVERSE: 'reverse', CLOZE: 'cloze' } as const;

type DraftDeck = Awaited<ReturnType<typeof deckOwnedBy>>;

interface ConceptRow {
  id: string;
  key: string;
  term: string;
  words: string | null;
  chosen: boolean;
  score: number;
}

/** The deck, its text and concepts, if the actor owns it. */
async function loadDraft(db: Db | Tx, actor: Actor, deckId: string) {
  const deck = await deckOwnedBy(db, actor, deckId);
  const document = deck.documentId
    ? await db.sourceDocument.findUnique({
        where: { id: deck.documentId },
        select: {
          id: true,
          content: true,
          fileName: true,
          emphasized: true,
          concepts: { select: { id: true, key: true, term: true, words: true, chosen: true, score: true } },
        },
      })
    : null;
  // The generator's own order (best first, then by key), so a concept ticked again gets the items it had.
  document?.concepts.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  return { deck, document };
}

/** The draft, its text and one of its concepts, if the actor owns it; a concept of another draft is not found. */
async function loadDraftConcept(db: Db | Tx, actor: Actor, deckId: string, conceptId: string) {
  const { deck, document } = await loadDraft(db, actor, deckId);
  const concept = document?.concepts.find((row) => row.id === conceptId);
  if (!document || !concept) throw new NotFoundOrForbidden('concept');
  return { deck, document, concept };
}

function itemChoiceOf(deck: DraftDeck): ItemChoice {
  return {
    cardKinds: deck.cardKinds.map((kind) => CARD_KIND_FROM_DB[kind]),
    questionTypes: deck.questionTypes.flatMap((stored) => {
      const type = questionTypeOf(stored);
      return type && type !== 'ordering' && type !== 'numeric' ? [type] : [];
    }),
    cardsPerConcept: deck.cardsPerConcept,
    questionsPerConcept: deck.questionsPerConcept,
  };
}

function chosenConcept(row: Pick<ConceptRow, 'key' | 'term' | 'words'>): ChosenConcept {
  return { key: row.key, term: row.term, ...(row.words ? { words: row.words } : {}) };
}

/** The concepts that will be chosen, in the review screen's order, for the generator. */
function chosenSet(concepts: readonly ConceptRow[], change: { id: string; chosen: boolean; term?: string }): ChosenConcept[] {
  return concepts
    .map((row) => (row.id === change.id ? { ...row, chosen: change.chosen, term: change.term ?? row.term } : row))
    .filter((row) => row.chosen)
    .map(chosenConcept);
}

/** Ticks a concept (its items come back or are made) or unticks it (its items leave the deck and quiz). */
export async function setConceptChosen(
  db: Db,
  actor: Actor,
  input: { deckId: string; conceptId: string; chosen: boolean },
  now: Date,
  options: ConceptOptions = {},
): Promise<ConceptOutcome> {
  const { deck, document, concept } = await loadDraftConcept(db, actor, input.deckId, input.conceptId);
  if (!input.chosen) {
    return inTransaction(db, async (tx) => {
      const locked = await lockDraft(tx, actor, input.deckId);
      await tx.concept.update({ where: { id: concept.id }, data: { chosen: false } });
      return { ok: true, conceptId: concept.id, ...(await takeOutItems(tx, locked, concept, now)) };
    });
  }
  const made = await makeFor(deck, options, document, chosenSet(document.concepts, { id: concept.id, chosen: true }));
  return inTransaction(db, async (tx) => {
    const locked = await lockDraft(tx, actor, input.deckId);
    await tx.concept.update({ where: { id: concept.id }, data: { chosen: true } });
    const restored = await restoreItems(tx, locked, concept.id);
    const added = await addMadeItems(tx, locked, document.id, made.items, new Map([[concept.key, concept.id]]), made.choice);
    return { ok: true, conceptId: concept.id, ...NO_CHANGES, ...added, restored };
  });
}

/** A concept from words the teacher picked in the text, ticked, with its items. */
export async function addConcept(
  db: Db,
  actor: Actor,
  input: { deckId: string; words: string },
  options: ConceptOptions = {},
): Promise<ConceptOutcome> {
  const { deck, document } = await loadDraft(db, actor, input.deckId);
  if (!document) return { ok: false, error: 'concept.noText' };
  const chosen = [...chosenSet(document.concepts, { id: '', chosen: false }), { term: input.words, words: input.words }];
  const choice = itemChoiceOf(deck);
  const items = await makeItemsWith(options)(document.content, chosen, choice, formatOf(document));
  const found = items.concepts[items.concepts.length - 1];
  if (!found || !found.ok) {
    const error = found?.error === 'empty' ? 'concept.wordsRequired' : found?.error === 'too-long' ? 'concept.wordsTooLong' : 'concept.notInText';
    return { ok: false, error };
  }
  const picked = found.concept;
  return inTransaction(db, async (tx) => {
    const locked = await lockDraft(tx, actor, input.deckId);
    const existing = await tx.concept.findUnique({ where: { documentId_key: { documentId: document.id, key: picked.key } } });
    if (existing?.chosen) return { ok: false, error: 'concept.exists' };
    const sentence = await tx.sourceSentence.findUnique({ where: { documentId_position: { documentId: document.id, position: picked.source.index } }, select: { id: true } });
    const row =
      existing ??
      (await tx.concept.create({
        data: {
          documentId: document.id,
          key: picked.key,
          term: picked.term,
          kind: 'TERM',
          definition: picked.definition ?? null,
          score: picked.score,
          mentions: picked.mentions,
          proper: picked.proper,
          origin: 'TEACHER',
          words: input.words,
          sentenceId: sentence?.id ?? null,
        },
      }));
    if (existing) await tx.concept.update({ where: { id: existing.id }, data: { chosen: true } });
    const restored = existing ? await restoreItems(tx, locked, existing.id) : 0;
    const added = await addMadeItems(tx, locked, document.id, items, new Map([[picked.key, row.id]]), choice);
    return { ok: true, conceptId: row.id, ...NO_CHANGES, ...added, restored };
  });
}

/** A new name for a concept; its items the teacher has not edited are made again with it. */
export async function renameConcept(
  db: Db,
  actor: Actor,
  input: { deckId: string; conceptId: string; term: string },
  now: Date,
  options: ConceptOptions = {},
): Promise<ConceptOutcome> {
  const { deck, document, concept } = await loadDraftConcept(db, actor, input.deckId, input.conceptId);
  if (!concept.chosen) {
    await inTransaction(db, async (tx) => {
      await lockDraft(tx, actor, input.deckId);
      await tx.concept.update({ where: { id: concept.id }, data: { term: input.term } });
    });
    return { ok: true, conceptId: concept.id, ...NO_CHANGES };
  }
  return remake(db, actor, deck, document, { ...concept, term: input.term }, now, options);
}

/** The concept's items made again (after the kinds or numbers changed, or items were deleted), the teacher's own kept. */
export async function remakeConcept(
  db: Db,
  actor: Actor,
  input: { deckId: string; conceptId: string },
  now: Date,
  options: ConceptOptions = {},
): Promise<ConceptOutcome> {
  const { deck, document, concept } = await loadDraftConcept(db, actor, input.deckId, input.conceptId);
  if (!concept.chosen) return { ok: true, conceptId: concept.id, ...NO_CHANGES };
  return remake(db, actor, deck, document, concept, now, options);
}

async function remake(
  db: Db,
  actor: Actor,
  deck: DraftDeck,
  document: { id: string; content: string; fileName: string | null; emphasized: readonly string[]; concepts: ConceptRow[] },
  concept: ConceptRow,
  now: Date,
  options: ConceptOptions,
): Promise<ConceptOutcome> {
  const made = await makeFor(deck, options, document, chosenSet(document.concepts, { id: concept.id, chosen: true, term: concept.term }));
  return inTransaction(db, async (tx) => {
    const locked = await lockDraft(tx, actor, deck.id);
    await tx.concept.update({ where: { id: concept.id }, data: { term: concept.term } });
    const removed = await removeGeneratedItems(tx, locked, [concept.id], now);
    const added = await addMadeItems(tx, locked, document.id, made.items, new Map([[concept.key, concept.id]]), made.choice);
    return { ok: true, conceptId: concept.id, ...NO_CHANGES, ...removed, ...added };
  });
}

/** The kinds and numbers of items per concept; every chosen concept's generated items are made again to match. */
export async function setItemChoice(
  db: Db,
  actor: Actor,
  input: { deckId: string; cardKinds: CardKind[]; questionTypes: QuestionType[]; cardsPerConcept: number; questionsPerConcept: number },
  now: Date,
  options: ConceptOptions = {},
): Promise<{ ok: true } & ItemChanges> {
  const { document } = await loadDraft(db, actor, input.deckId);
  const choice: ItemChoice = {
    cardKinds: input.cardKinds,
    questionTypes: input.questionTypes,
    cardsPerConcept: input.cardsPerConcept,
    questionsPerConcept: input.questionsPerConcept,
  };
  const chosen = document?.concepts.filter((row) => row.chosen) ?? [];
  const items = document ? await makeItemsWith(options)(document.content, chosen.map(chosenConcept), choice, formatOf(document)) : null;
  return inTransaction(db, async (tx) => {
    const deck = await lockDraft(tx, actor, input.deckId);
    await tx.deck.update({
      where: { id: deck.id },
      data: {
        cardKinds: input.cardKinds.map((kind) => CARD_KIND_TO_DB[kind]),
        questionTypes: input.questionTypes.map(storedQuestionType),
        cardsPerConcept: input.cardsPerConcept,
        questionsPerConcept: input.questionsPerConcept,
      },
    });
    if (!document || !items) return { ok: true, ...NO_CHANGES };
    const removed = await removeGeneratedItems(tx, deck, chosen.map((row) => row.id), now);
    const added = await addMadeItems(tx, deck, document.id, items, new Map(chosen.map((row) => [row.key, row.id])), choice, { matching: true });
    return { ok: true, ...NO_CHANGES, ...removed, ...added };
  });
}

async function makeFor(deck: DraftDeck, options: ConceptOptions, document: { content: string; fileName: string | null; emphasized: readonly string[] }, chosen: ChosenConcept[]) {
  const choice = itemChoiceOf(deck);
  return { items: await makeItemsWith(options)(document.content, chosen, choice, formatOf(document)), choice };
}

function makeItemsWith(options: ConceptOptions): MakeItems {
  return options.makeItems ?? ((text, chosen, choice, format) => itemsForConcepts(text, chosen, choice, format));
}

/**
 * A Markdown upload is kept as written; the generator reads what it renders to and cites the file. A .docx's
 * emphasis was read from the file at upload: the concepts rank as they did for the draft.
 */
function formatOf(document: { fileName: string | null; emphasized: readonly string[] }): DocumentFormat {
  return { markdown: isMarkdownFile(document.fileName), ...(document.emphasized.length ? { emphasized: document.emphasized } : {}) };
}

/** The deck again inside the transaction, with concept changes to it queued one after another. */
async function lockDraft(tx: Tx, actor: Actor, deckId: string): Promise<DraftDeck> {
  await lockFor(tx, `concepts\n${deckId}`);
  return deckOwnedBy(tx, actor, deckId);
}

/** Where a concept's items live: the deck's cards, the quiz's questions and the deck's bank of questions. */
function itemsOf(deck: DraftDeck, conceptIds: string[]) {
  const questionHomes: Prisma.QuestionWhereInput[] = [{ deckId: deck.id }, ...(deck.quiz ? [{ quizId: deck.quiz.id }] : [])];
  return {
    cards: { deckId: deck.id, conceptId: { in: conceptIds } } satisfies Prisma.CardWhereInput,
    questions: { conceptId: { in: conceptIds }, OR: questionHomes } satisfies Prisma.QuestionWhereInput,
  };
}

/** Made by the generator and never edited: what may be made again without losing the teacher's work. */
const untouched = { origin: 'GENERATED', editedAt: null } as const;

async function takeOutItems(tx: Tx, deck: DraftDeck, concept: ConceptRow, now: Date): Promise<ItemChanges> {
  const where = itemsOf(deck, [concept.id]);
  // Only a draft's untouched items go for good; where students have seen them, they wait with the teacher's own.
  const cards = deck.publishedAt === null ? await tx.card.deleteMany({ where: { ...where.cards, ...untouched, archivedAt: null } }) : { count: 0 };
  const questions =
    deck.quiz && deck.quiz.publishedAt === null
      ? await tx.question.deleteMany({ where: { conceptId: concept.id, quizId: deck.quiz.id, ...untouched, archivedAt: null } })
      : { count: 0 };
  await tx.question.deleteMany({ where: { conceptId: concept.id, deckId: deck.id, ...untouched } });
  const aside = { archivedAt: now, setAsideAt: now };
  const cardsAside = await tx.card.updateMany({ where: { ...where.cards, archivedAt: null }, data: aside });
  const quizAside = deck.quiz ? await tx.question.updateMany({ where: { conceptId: concept.id, quizId: deck.quiz.id, archivedAt: null }, data: aside }) : { count: 0 };
  await tx.question.updateMany({ where: { conceptId: concept.id, deckId: deck.id, archivedAt: null }, data: aside });
  const matching = await removeMatchingPairs(tx, deck, concept.term, now);
  return {
    ...NO_CHANGES,
    cardsRemoved: cards.count,
    questionsRemoved: questions.count + matching,
    keptAside: cardsAside.count + quizAside.count,
  };
}

/**
 * The concept's generated, unedited items leave: deleted from a draft, hidden (archived) where students have
 * seen them, which keeps their review history and answers. Counted as the teacher sees them (the bank's
 * copies of quiz questions are not counted twice).
 */
async function removeGeneratedItems(tx: Tx, deck: DraftDeck, conceptIds: string[], now: Date): Promise<Pick<ItemChanges, 'cardsRemoved' | 'questionsRemoved'>> {
  const where = itemsOf(deck, conceptIds);
  const cardsWhere = { ...where.cards, ...untouched, archivedAt: null };
  const cards = deck.publishedAt === null ? await tx.card.deleteMany({ where: cardsWhere }) : await tx.card.updateMany({ where: cardsWhere, data: { archivedAt: now } });
  const quizQuestions = deck.quiz
    ? { conceptId: { in: conceptIds }, quizId: deck.quiz.id, ...untouched, archivedAt: null }
    : null;
  const questions = !quizQuestions
    ? { count: 0 }
    : deck.quiz?.publishedAt === null
      ? await tx.question.deleteMany({ where: quizQuestions })
      : await tx.question.updateMany({ where: quizQuestions, data: { archivedAt: now } });
  await tx.question.deleteMany({ where: { conceptId: { in: conceptIds }, deckId: deck.id, ...untouched } });
  return { cardsRemoved: cards.count, questionsRemoved: questions.count };
}

/** A generated matching question of another concept that pairs this concept's term goes too: it would test it. */
async function removeMatchingPairs(tx: Tx, deck: DraftDeck, term: string, now: Date): Promise<number> {
  if (!deck.quiz) return 0;
  const candidates = await tx.question.findMany({
    where: { type: 'MATCHING', ...untouched, archivedAt: null, OR: [{ quizId: deck.quiz.id }, { deckId: deck.id }] },
  });
  const named = comparable(term);
  const pairing = candidates.filter((row) => {
    const question = fromStoredQuestion(row);
    return question?.type === 'matching' && question.pairs.some((pair) => comparable(pair.left) === named);
  });
  const inQuiz = pairing.filter((row) => row.quizId !== null).map((row) => row.id);
  const inBank = pairing.filter((row) => row.quizId === null).map((row) => row.id);
  await tx.question.deleteMany({ where: { id: { in: inBank } } });
  if (deck.quiz.publishedAt === null) await tx.question.deleteMany({ where: { id: { in: inQuiz } } });
  else await tx.question.updateMany({ where: { id: { in: inQuiz } }, data: { archivedAt: now } });
  return inQuiz.length;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The items set aside with the concept come back with it. */
async function restoreItems(tx: Tx, deck: DraftDeck, conceptId: string): Promise<number> {
  const where = itemsOf(deck, [conceptId]);
  const back = { archivedAt: null, setAsideAt: null };
  const cards = await tx.card.updateMany({ where: { ...where.cards, setAsideAt: { not: null } }, data: back });
  const questions = await tx.question.updateMany({ where: { ...where.questions, setAsideAt: { not: null } }, data: back });
  return cards.count + questions.count;
}

/**
 * The generator's items for the given concepts join the deck and quiz (each quiz question also as its copy in the
 * deck's bank, as a new draft has them), after the concept's items already there and up to the teacher's
 * numbers per concept; an item the concept already has (the same card or question) is not made twice.
 */
async function addMadeItems(
  tx: Tx,
  deck: DraftDeck,
  documentId: string,
  items: ChosenItems,
  conceptIds: ReadonlyMap<string, string>,
  choice: ItemChoice,
  options: { matching?: boolean } = {},
): Promise<Pick<ItemChanges, 'cardsAdded' | 'questionsAdded'>> {
  const ids = [...conceptIds.values()];
  const sentences = new Map(
    (await tx.sourceSentence.findMany({ where: { documentId }, select: { id: true, position: true } })).map((row) => [row.position, row.id]),
  );
  const where = itemsOf(deck, ids);
  const [cards, questions] = await Promise.all([
    tx.card.findMany({ where: { ...where.cards, archivedAt: null }, select: { conceptId: true, kind: true, front: true } }),
    deck.quiz ? tx.question.findMany({ where: { conceptId: { in: ids }, quizId: deck.quiz.id, archivedAt: null }, select: { conceptId: true, type: true, prompt: true } }) : [],
  ]);
  const cardsPer = countBy(cards.map((card) => card.conceptId!));
  const questionsPer = countBy(questions.map((question) => question.conceptId!));
  const cardSeen = new Set(cards.map((card) => `${card.conceptId}|${card.kind}|${comparable(card.front)}`));
  const questionSeen = new Set(questions.map((question) => `${question.conceptId}|${question.type}|${comparable(question.prompt)}`));

  const newCards = items.cards.flatMap((card: GeneratedCard) => {
    const conceptId = conceptIds.get(card.conceptKey);
    const parsed = cardSchema.safeParse({ kind: card.kind, front: card.front, back: card.back });
    if (!conceptId || !parsed.success) return [];
    const seen = `${conceptId}|${CARD_KIND_TO_DB[card.kind]}|${comparable(card.front)}`;
    if (cardSeen.has(seen) || (cardsPer.get(conceptId) ?? 0) >= choice.cardsPerConcept) return [];
    cardSeen.add(seen);
    cardsPer.set(conceptId, (cardsPer.get(conceptId) ?? 0) + 1);
    return [{ ...parsed.data, conceptId, sentenceId: sentences.get(card.source.index) ?? null }];
  });
  const newQuestions = items.questions.flatMap((question: GeneratedQuestion) => {
    const conceptId = conceptIds.get(question.conceptKey);
    if (!conceptId || (question.type === 'matching' && !options.matching)) return [];
    const parsed = questionSchema.safeParse(questionFromGenerated(question));
    if (!parsed.success) return [];
    const stored = toStoredQuestion(parsed.data);
    const seen = `${conceptId}|${stored.type}|${comparable(stored.prompt)}`;
    if (questionSeen.has(seen) || (questionsPer.get(conceptId) ?? 0) >= choice.questionsPerConcept) return [];
    questionSeen.add(seen);
    questionsPer.set(conceptId, (questionsPer.get(conceptId) ?? 0) + 1);
    return [{ stored, conceptId, sentenceId: sentences.get(question.source.index) ?? null }];
  });

  const lastCard = await tx.card.aggregate({ where: { deckId: deck.id }, _max: { position: true } });
  await tx.card.createMany({
    data: newCards.map((card, i) => ({
      deckId: deck.id,
      kind: CARD_KIND_TO_DB[card.kind],
      front: card.front,
      back: card.back,
      conceptId: card.conceptId,
      sentenceId: card.sentenceId,
      position: (lastCard._max.position ?? -1) + 1 + i,
      origin: 'GENERATED' as const,
    })),
  });
  const quizId =
    deck.quiz?.id ??
    (newQuestions.length > 0
      ? (await tx.quiz.create({ data: { ownerId: deck.ownerId, documentId, deckId: deck.id, title: deck.title }, select: { id: true } })).id
      : null);
  if (quizId) {
    const lastQuestion = await tx.question.aggregate({ where: { quizId }, _max: { position: true } });
    const rows = newQuestions.map((question, i) => ({
      type: question.stored.type,
      prompt: question.stored.prompt,
      payload: question.stored.payload as Prisma.InputJsonObject,
      answerKey: question.stored.answerKey as Prisma.InputJsonObject,
      conceptId: question.conceptId,
      sentenceId: question.sentenceId,
      position: (lastQuestion._max.position ?? -1) + 1 + i,
      origin: 'GENERATED' as const,
    }));
    await tx.question.createMany({ data: [...rows.map((row) => ({ ...row, quizId })), ...rows.map((row) => ({ ...row, deckId: deck.id }))] });
  }
  return { cardsAdded: newCards.length, questionsAdded: newQuestions.length };
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Many items of the draft at once: all must be the deck's own (cards) or its quiz's (questions), or nothing
 * happens. Deleting removes them from a draft and hides them where students have seen them, as one delete does.
 */
export async function deleteItems(db: Db, actor: Actor, input: { deckId: string; cardIds: string[]; questionIds: string[] }, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    const deck = await lockDraft(tx, actor, input.deckId);
    const { cardIds, questionIds } = await ownItems(tx, deck, input);
    if (deck.publishedAt === null) await tx.card.deleteMany({ where: { id: { in: cardIds } } });
    else await tx.card.updateMany({ where: { id: { in: cardIds } }, data: { archivedAt: now } });
    if (deck.quiz?.publishedAt === null) await tx.question.deleteMany({ where: { id: { in: questionIds } } });
    else await tx.question.updateMany({ where: { id: { in: questionIds } }, data: { archivedAt: now } });
  });
}

/** Marks items as checked by the teacher, so the review screen can show only those still to check. */
export async function acceptItems(db: Db, actor: Actor, input: { deckId: string; cardIds: string[]; questionIds: string[] }, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    const deck = await lockDraft(tx, actor, input.deckId);
    const { cardIds, questionIds } = await ownItems(tx, deck, input);
    await tx.card.updateMany({ where: { id: { in: cardIds } }, data: { acceptedAt: now } });
    await tx.question.updateMany({ where: { id: { in: questionIds } }, data: { acceptedAt: now } });
  });
}

async function ownItems(tx: Tx, deck: DraftDeck, input: { cardIds: string[]; questionIds: string[] }) {
  const cardIds = [...new Set(input.cardIds)];
  const questionIds = [...new Set(input.questionIds)];
  const [cards, questions] = await Promise.all([
    tx.card.count({ where: { id: { in: cardIds }, deckId: deck.id, archivedAt: null } }),
    deck.quiz ? tx.question.count({ where: { id: { in: questionIds }, quizId: deck.quiz.id, archivedAt: null } }) : 0,
  ]);
  if (cards !== cardIds.length || questions !== questionIds.length) throw new NotFoundOrForbidden('item');
  return { cardIds, questionIds };
}
