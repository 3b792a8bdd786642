// Decks and quizzes after generation: the teacher's review screen and edits, the teacher's list of decks, and
// what a student sees of a deck assigned to them. Every function takes the actor and checks access first.
import type { Db } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { cardOwnedBy, deckOwnedBy, deckStudiedBy, questionOwnedBy, requireTeacher } from '../access/guards.ts';
import { shownDocument } from '../documents/shown-text.ts';
import type { CardInput, CardKind } from '../validation/decks.ts';
import { fromStoredQuestion, questionTypeOf, toStoredQuestion, type QuestionInput, type QuestionType } from '../validation/questions.ts';
import { inTransaction } from './transaction.ts';

const CARD_KIND_TO_DB = { basic: 'BASIC', reverse: 'REVERSE', cloze: 'CLOZE' } as const;
const cardKindOf = (stored: 'BASIC' | 'REVERSE' | 'CLOZE'): CardKind => (stored === 'BASIC' ? 'basic' : stored === 'REVERSE' ? 'reverse' : 'cloze');

export interface CitedSentence {
  id: string;
  text: string;
  start: number;
  end: number;
}

export interface ReviewCard {
  id: string;
  card: CardInput;
  sentenceId: string | null;
  generated: boolean;
  edited: boolean;
  /** The teacher marked it as checked. */
  accepted: boolean;
}

export interface ReviewQuestion {
  id: string;
  question: QuestionInput;
  sentenceId: string | null;
  generated: boolean;
  edited: boolean;
  accepted: boolean;
}

export interface ReviewConcept {
  id: string;
  term: string;
  kind: 'TERM' | 'DATE' | 'LIST';
  definition: string | null;
  members: string[];
  sentenceId: string | null;
  /** Ticked: the draft's items test it. */
  chosen: boolean;
  /** How many sentences of the text name it (0 for drafts made before this was counted). */
  mentions: number;
  proper: boolean;
  /** The teacher picked it in the text. */
  added: boolean;
}

/** What the generator makes per concept, as the teacher last chose. */
export interface ReviewItemChoice {
  cardKinds: CardKind[];
  questionTypes: QuestionType[];
  cardsPerConcept: number;
  questionsPerConcept: number;
}

/** One concept with its items; `concept` is null for items that belong to none. */
export interface ReviewGroup {
  concept: ReviewConcept | null;
  cards: ReviewCard[];
  questions: ReviewQuestion[];
}

export interface ReviewModel {
  deck: { id: string; title: string; publishedAt: Date | null; quizId: string | null };
  document: { title: string; content: string; fileName: string | null } | null;
  sentences: CitedSentence[];
  /** Every concept of the text, chosen or not, best first. */
  concepts: ReviewConcept[];
  itemChoice: ReviewItemChoice;
  /** The chosen concepts with their items (and any other concept that still has items). */
  groups: ReviewGroup[];
  /** The classes the deck is published into, first published first. */
  publishedIn: { classId: string; className: string; since: Date }[];
}

/** Everything the review screen shows: for the owning teacher only (it includes the quiz's answer key). */
export async function loadReview(db: Db, actor: Actor, deckId: string): Promise<ReviewModel> {
  const deck = await deckOwnedBy(db, actor, deckId);
  const [document, cards, questions, assignments] = await Promise.all([
    deck.documentId
      ? db.sourceDocument.findUnique({
          where: { id: deck.documentId },
          select: {
            title: true,
            content: true,
            fileName: true,
            sentences: { orderBy: { position: 'asc' }, select: { id: true, text: true, startOffset: true, endOffset: true } },
            concepts: {
              orderBy: [{ score: 'desc' }, { term: 'asc' }],
              select: {
                id: true,
                term: true,
                kind: true,
                definition: true,
                members: true,
                sentenceId: true,
                chosen: true,
                mentions: true,
                proper: true,
                origin: true,
              },
            },
          },
        })
      : null,
    db.card.findMany({ where: { deckId, archivedAt: null }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] }),
    deck.quiz
      ? db.question.findMany({ where: { quizId: deck.quiz.id, archivedAt: null }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] })
      : [],
    db.assignment.findMany({
      where: { deckId, kind: 'DECK' },
      orderBy: { opensAt: 'asc' },
      select: { opensAt: true, class: { select: { id: true, name: true } } },
    }),
  ]);

  const concepts = (document?.concepts ?? []).map(({ origin, ...concept }) => ({ ...concept, added: origin === 'TEACHER' }));
  const groupOf = new Map<string | null, ReviewGroup>();
  for (const concept of concepts) groupOf.set(concept.id, { concept, cards: [], questions: [] });
  const group = (conceptId: string | null) => {
    const key = conceptId !== null && groupOf.has(conceptId) ? conceptId : null;
    if (!groupOf.has(key)) groupOf.set(key, { concept: null, cards: [], questions: [] });
    return groupOf.get(key)!;
  };
  for (const card of cards) {
    group(card.conceptId).cards.push({
      id: card.id,
      card: { kind: cardKindOf(card.kind), front: card.front, back: card.back },
      sentenceId: card.sentenceId,
      generated: card.origin === 'GENERATED',
      edited: card.editedAt !== null,
      accepted: card.acceptedAt !== null,
    });
  }
  for (const row of questions) {
    const question = fromStoredQuestion(row);
    // Types this screen cannot edit yet (ordering, numeric) come with the quiz editor.
    if (!question) continue;
    group(row.conceptId).questions.push({
      id: row.id,
      question,
      sentenceId: row.sentenceId,
      generated: row.origin === 'GENERATED',
      edited: row.editedAt !== null,
      accepted: row.acceptedAt !== null,
    });
  }

  // A Markdown file is shown as it renders, not with its ** and # marks.
  const shown = document
    ? shownDocument(
        document.content,
        document.fileName,
        document.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text, start: sentence.startOffset, end: sentence.endOffset })),
      )
    : null;
  return {
    deck: { id: deck.id, title: deck.title, publishedAt: deck.publishedAt, quizId: deck.quiz?.id ?? null },
    document: document && shown && { title: document.title, content: shown.content, fileName: document.fileName },
    sentences: shown?.sentences ?? [],
    concepts,
    itemChoice: {
      cardKinds: deck.cardKinds.map(cardKindOf),
      questionTypes: deck.questionTypes.flatMap((stored) => questionTypeOf(stored) ?? []),
      cardsPerConcept: deck.cardsPerConcept,
      questionsPerConcept: deck.questionsPerConcept,
    },
    groups: [...groupOf.values()].filter((group) => !group.concept || group.concept.chosen || group.cards.length + group.questions.length > 0),
    publishedIn: assignments.map((assignment) => ({ classId: assignment.class.id, className: assignment.class.name, since: assignment.opensAt })),
  };
}

export async function renameDeck(db: Db, actor: Actor, input: { deckId: string; title: string }): Promise<void> {
  const deck = await deckOwnedBy(db, actor, input.deckId);
  await inTransaction(db, async (tx) => {
    await tx.deck.update({ where: { id: deck.id }, data: { title: input.title } });
    // The quiz made with the deck carries its name.
    if (deck.quiz) await tx.quiz.update({ where: { id: deck.quiz.id }, data: { title: input.title } });
  });
}

export async function updateCard(db: Db, actor: Actor, input: { cardId: string; card: CardInput }, now: Date): Promise<void> {
  await cardOwnedBy(db, actor, input.cardId);
  const { kind, front, back } = input.card;
  await db.card.update({ where: { id: input.cardId }, data: { kind: CARD_KIND_TO_DB[kind], front, back, editedAt: now } });
}

/** A draft's card goes for good; a published deck's card is hidden, keeping its students' review history. */
export async function deleteCard(db: Db, actor: Actor, input: { cardId: string }, now: Date): Promise<void> {
  const card = await cardOwnedBy(db, actor, input.cardId);
  if (card.deck.publishedAt === null) await db.card.delete({ where: { id: card.id } });
  else await db.card.update({ where: { id: card.id }, data: { archivedAt: now } });
}

/** The concept, if it was found in this deck's document; null stays null (an item about no concept). */
async function conceptOfDeck(db: Db, documentId: string | null, conceptId: string | null) {
  if (conceptId === null) return null;
  const concept = documentId ? await db.concept.findFirst({ where: { id: conceptId, documentId }, select: { id: true, sentenceId: true } }) : null;
  if (!concept) throw new NotFoundOrForbidden('concept');
  return concept;
}

export async function addCard(db: Db, actor: Actor, input: { deckId: string; conceptId: string | null; card: CardInput }): Promise<{ cardId: string }> {
  const deck = await deckOwnedBy(db, actor, input.deckId);
  const concept = await conceptOfDeck(db, deck.documentId, input.conceptId);
  const last = await db.card.aggregate({ where: { deckId: deck.id }, _max: { position: true } });
  const { kind, front, back } = input.card;
  const card = await db.card.create({
    data: {
      deckId: deck.id,
      kind: CARD_KIND_TO_DB[kind],
      front,
      back,
      conceptId: concept?.id ?? null,
      sentenceId: concept?.sentenceId ?? null,
      position: (last._max.position ?? -1) + 1,
      origin: 'TEACHER',
    },
    select: { id: true },
  });
  return { cardId: card.id };
}

function storedColumns(question: QuestionInput) {
  const stored = toStoredQuestion(question);
  return {
    type: stored.type,
    prompt: stored.prompt,
    payload: stored.payload as Prisma.InputJsonObject,
    answerKey: stored.answerKey as Prisma.InputJsonObject,
  };
}

export async function updateQuestion(db: Db, actor: Actor, input: { questionId: string; question: QuestionInput }, now: Date): Promise<void> {
  await questionOwnedBy(db, actor, input.questionId);
  await db.question.update({ where: { id: input.questionId }, data: { ...storedColumns(input.question), editedAt: now } });
}

/** As for cards: gone from a draft, hidden in a published quiz. */
export async function deleteQuestion(db: Db, actor: Actor, input: { questionId: string }, now: Date): Promise<void> {
  const question = await questionOwnedBy(db, actor, input.questionId);
  if (question.quiz.publishedAt === null) await db.question.delete({ where: { id: question.id } });
  else await db.question.update({ where: { id: question.id }, data: { archivedAt: now } });
}

export async function addQuestion(
  db: Db,
  actor: Actor,
  input: { deckId: string; conceptId: string | null; question: QuestionInput },
): Promise<{ questionId: string }> {
  const deck = await deckOwnedBy(db, actor, input.deckId);
  const concept = await conceptOfDeck(db, deck.documentId, input.conceptId);
  return inTransaction(db, async (tx) => {
    const quizId =
      deck.quiz?.id ??
      (await tx.quiz.create({ data: { ownerId: actor.id, documentId: deck.documentId, deckId: deck.id, title: deck.title }, select: { id: true } })).id;
    const last = await tx.question.aggregate({ where: { quizId }, _max: { position: true } });
    const question = await tx.question.create({
      data: {
        quizId,
        ...storedColumns(input.question),
        conceptId: concept?.id ?? null,
        sentenceId: concept?.sentenceId ?? null,
        position: (last._max.position ?? -1) + 1,
        origin: 'TEACHER',
      },
      select: { id: true },
    });
    return { questionId: question.id };
  });
}

export interface TeacherDeckSummary {
  id: string;
  title: string;
  createdAt: Date;
  publishedAt: Date | null;
  cardCount: number;
  questionCount: number;
  classes: { id: string; name: string }[];
}

/** The teacher's decks, newest first: drafts and published ones, with the classes they are published into. */
export async function listDecksForTeacher(db: Db, actor: Actor): Promise<TeacherDeckSummary[]> {
  requireTeacher(actor);
  const decks = await db.deck.findMany({
    where: { ownerId: actor.id, archivedAt: null },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      title: true,
      createdAt: true,
      publishedAt: true,
      _count: { select: { cards: { where: { archivedAt: null } } } },
      quiz: { select: { _count: { select: { questions: { where: { archivedAt: null } } } } } },
      assignments: { where: { kind: 'DECK' }, orderBy: { opensAt: 'asc' }, select: { class: { select: { id: true, name: true } } } },
    },
  });
  return decks.map((deck) => ({
    id: deck.id,
    title: deck.title,
    createdAt: deck.createdAt,
    publishedAt: deck.publishedAt,
    cardCount: deck._count.cards,
    questionCount: deck.quiz?._count.questions ?? 0,
    classes: deck.assignments.map((assignment) => assignment.class),
  }));
}

export interface StudentDeckView {
  id: string;
  title: string;
  classes: { id: string; name: string }[];
  cards: { id: string; kind: CardKind; front: string; back: string; source: string | null }[];
}

/** A deck assigned to the student: its cards and the sentences they cite. Never the quiz. */
export async function getDeckForStudent(db: Db, actor: Actor, deckId: string, now: Date): Promise<StudentDeckView> {
  const { deck, classes } = await deckStudiedBy(db, actor, deckId, now);
  const cards = await db.card.findMany({
    where: { deckId, archivedAt: null },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, kind: true, front: true, back: true, sentence: { select: { text: true } } },
  });
  return {
    id: deck.id,
    title: deck.title,
    classes,
    cards: cards.map((card) => ({ id: card.id, kind: cardKindOf(card.kind), front: card.front, back: card.back, source: card.sentence?.text ?? null })),
  };
}
