// Today's study queue for a student, as the review screen receives it: the cards due before the end of their
// day, the new cards they may still start, each card's memory, and what the browser needs to schedule
// ratings itself (the student's weights; each card's desired retention). Or, for a review the teacher assigned,
// the cards of its concepts the student has not reviewed since it opened. Or, once today's cards are done, more to
// study: the cards due soonest after today, or a deck's weakest cards (lowest chance of recall now).
import type { Db } from '../db/client.ts';
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { requireStudent, reviewAssignmentFor } from '../access/guards.ts';
import { memoryToJson, type MemoryJson } from '../srs/memory-json.ts';
import { retrievability, type Memory } from '../srs/scheduler.ts';
import { pickNewCards, spaceSiblings, type StudyCard } from '../srs/session.ts';
import { endOfLocalDay, localDay, startOfLocalDay } from '../srs/study-day.ts';
import { feedWaitingAttempts } from './attempts/memory.ts';
import { personalWeights } from './fsrs-parameters.ts';
import { conceptTerms, reviewCardsWhere } from './review-assignments.ts';
import { studyScopeFor, type StudyScope } from './study-scope.ts';

export interface StudyQueue {
  studentId: string;
  /** The deck studied alone, or null for all of the student's decks. */
  deckId: string | null;
  decks: { id: string; title: string }[];
  timeZone: string;
  /** When the page was made, and when the student's day ends (ISO). */
  generatedAt: string;
  endOfDay: string;
  cards: StudyCard[];
  memories: Record<string, MemoryJson>;
  /** New cards the student may still start today, and the daily limit their classes set. */
  newLimit: number;
  newCardsPerDay: number;
  /** When the student's day began (ISO), and the reviews they have done since (on any device, not undone). */
  startOfDay: string;
  doneToday: number;
  /** Concepts reviewed today (by studying or by a quiz): their other cards wait for tomorrow (lib/srs/session.ts). */
  conceptsReviewedToday: string[];
  /** Cards a quiz's answers reviewed today: the screen says why they are in today's count. */
  quizCardIds: string[];
  /** Studying more after today's cards: every card given comes (as for a review), done once rated. */
  more: StudyMore | null;
  weights: number[] | null;
  /** The first card due after today, for "next cards are due …" at the end. */
  nextDueAt: string | null;
  /**
   * A review the teacher assigned (?review=<id>): every card of `cards` is studied, due or not. A card the device
   * rated since `opensAt` (the page may come from the offline cache) is done already.
   */
  review: { assignmentId: string; opensAt: string; terms: string[] } | null;
}

const CARD_KIND = { BASIC: 'basic', REVERSE: 'reverse', CLOZE: 'cloze' } as const;

const CARD_SELECT = { id: true, deckId: true, kind: true, front: true, back: true, conceptId: true, sentence: { select: { text: true } } } as const;

/** What "Study more" offers once today's cards are done: the cards due soonest after today, or the weakest now. */
export const STUDY_MORE = ['ahead', 'weakest'] as const;
export type StudyMore = (typeof STUDY_MORE)[number];
/** How many cards one "Study more" round holds: a few minutes' worth. */
export const STUDY_MORE_CARDS = 20;
/** At most this many new cards are read to choose today's (siblings skipped) from. */
const NEW_CANDIDATES = 1000;

const stateSelect = {
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  lastReview: true,
} as const;

/** The memory fields of a CardState row (or anything shaped like one), without the rest. */
export function memoryOf(row: Memory): Memory {
  return {
    state: row.state,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    lastReview: row.lastReview,
  };
}

/**
 * Gives the student a memory (new) of every card of every deck they study that does not have one yet, so each
 * card has its per-student state from the day its deck reaches them.
 */
export async function ensureCardStates(db: Db, studentId: string, deckIds: readonly string[], now: Date): Promise<number> {
  if (deckIds.length === 0) return 0;
  const missing = await db.card.findMany({
    where: { deckId: { in: [...deckIds] }, archivedAt: null, states: { none: { studentId } } },
    select: { id: true },
  });
  if (missing.length === 0) return 0;
  const created = await db.cardState.createMany({
    data: missing.map((card) => ({ studentId, cardId: card.id, due: now })),
    skipDuplicates: true,
  });
  return created.count;
}

export async function loadStudyQueue(
  db: Db,
  actor: Actor,
  now: Date,
  options: { deckId?: string | null; reviewId?: string | null; more?: StudyMore | null } = {},
): Promise<StudyQueue> {
  requireStudent(actor);
  // Quiz answers whose results have just become visible are reviews now: the queue must show them.
  await feedWaitingAttempts(db, now, { studentId: actor.id });
  if (options.reviewId) return loadReviewQueue(db, actor, options.reviewId, now);
  const scope = await studyScopeFor(db, actor.id, now);
  const deckId = options.deckId ?? null;
  if (deckId !== null && !scope.decks.has(deckId)) throw new NotFoundOrForbidden('deck');
  const deckIds = deckId ? [deckId] : [...scope.decks.keys()];
  await ensureCardStates(db, actor.id, [...scope.decks.keys()], now);

  const endOfDay = endOfLocalDay(now, scope.timeZone);
  const inScope = { studentId: actor.id, card: { deckId: { in: deckIds }, archivedAt: null } };
  const [today, weights, nextDue] = await Promise.all([
    todaysReviews(db, actor.id, scope.timeZone, now),
    personalWeights(db, actor.id),
    db.cardState.findFirst({ where: { ...inScope, state: { not: 'NEW' }, due: { gte: endOfDay } }, orderBy: { due: 'asc' }, select: { due: true } }),
  ]);
  const common = { deckId, weights, newCardsPerDay: scope.newCardsPerDay, nextDueAt: nextDue?.due.toISOString() ?? null, review: null, ...today.forQueue };

  if (options.more) {
    const rows = options.more === 'ahead' ? await aheadOfSchedule(db, inScope, endOfDay) : await weakestCards(db, inScope, scope, weights, now);
    return { ...queueOf(actor.id, scope, rows, now), ...common, newLimit: 0, more: options.more };
  }

  const due = await db.cardState.findMany({
    where: { ...inScope, state: { not: 'NEW' }, due: { lt: endOfDay } },
    orderBy: { due: 'asc' },
    select: { ...stateSelect, card: { select: CARD_SELECT } },
  });
  const newLimit = Math.max(0, scope.newCardsPerDay - today.startedToday);
  // The new cards the page carries are chosen here, siblings skipped as the session will (lib/srs/session.ts),
  // so that the daily limit holds when the page is reloaded offline and still fills with other concepts.
  const taken = new Set(today.forQueue.conceptsReviewedToday);
  spaceSiblings(
    due.filter((row) => row.state === 'REVIEW').map((row) => row.card),
    taken,
  );
  const candidates = await newCardsInOrder(db, actor.id, deckIds.map((id) => scope.decks.get(id)!), NEW_CANDIDATES);
  const fresh = pickNewCards(candidates.map((row) => ({ ...row, conceptId: row.card.conceptId })), taken, newLimit).picked;

  return { ...queueOf(actor.id, scope, [...due, ...fresh], now), ...common, newLimit, more: null };
}

/**
 * The student's reviews since their day began: how many new cards they started (against the daily limit, quiz
 * answers included), how many they studied (the "done" count, the same after a reload or on another device), which
 * concepts they met, and which cards a quiz reviewed.
 */
async function todaysReviews(db: Db, studentId: string, timeZone: string, now: Date) {
  const startOfDay = startOfLocalDay(localDay(now, timeZone), timeZone);
  const reviews = await db.reviewLog.findMany({
    where: { studentId, undoneAt: null, reviewedAt: { gte: startOfDay } },
    select: { cardId: true, source: true, stateBefore: true, card: { select: { conceptId: true } } },
  });
  return {
    startedToday: reviews.filter((review) => review.stateBefore === 'NEW').length,
    forQueue: {
      startOfDay: startOfDay.toISOString(),
      doneToday: reviews.filter((review) => review.source === 'STUDY').length,
      conceptsReviewedToday: [...new Set(reviews.flatMap((review) => (review.card.conceptId ? [review.card.conceptId] : [])))],
      quizCardIds: [...new Set(reviews.filter((review) => review.source === 'QUIZ').map((review) => review.cardId))],
    },
  };
}

type InScope = { studentId: string; card: { deckId: { in: string[] }; archivedAt: null } };

/** Cards already learned that are due after today, soonest first: reviewing them early is a real review for FSRS. */
function aheadOfSchedule(db: Db, inScope: InScope, endOfDay: Date) {
  return db.cardState.findMany({
    where: { ...inScope, state: { not: 'NEW' }, due: { gte: endOfDay } },
    orderBy: [{ due: 'asc' }, { cardId: 'asc' }],
    take: STUDY_MORE_CARDS,
    select: { ...stateSelect, card: { select: CARD_SELECT } },
  });
}

/** Cards already learned with the lowest chance of recall now (by the student's own weights), weakest first. */
async function weakestCards(db: Db, inScope: InScope, scope: StudyScope, weights: number[] | null, now: Date) {
  const rows = await db.cardState.findMany({ where: { ...inScope, state: { not: 'NEW' } }, select: { ...stateSelect, card: { select: CARD_SELECT } } });
  const recall = new Map(
    rows.map((row) => [
      row.card.id,
      retrievability(memoryOf(row), now, { desiredRetention: scope.decks.get(row.card.deckId)!.retention, ...(weights ? { weights } : {}) }),
    ]),
  );
  return rows.sort((a, b) => recall.get(a.card.id)! - recall.get(b.card.id)! || a.card.id.localeCompare(b.card.id)).slice(0, STUDY_MORE_CARDS);
}

type QueueRow = Memory & {
  card: { id: string; deckId: string; kind: keyof typeof CARD_KIND; front: string; back: string; conceptId: string | null; sentence: { text: string } | null };
};

/** The part of a queue every kind of session has: the cards as the screen shows them, with their memories. */
function queueOf(studentId: string, scope: StudyScope, rows: readonly QueueRow[], now: Date) {
  const cards: StudyCard[] = [];
  const memories: Record<string, MemoryJson> = {};
  for (const row of rows) {
    const deck = scope.decks.get(row.card.deckId)!;
    cards.push({
      id: row.card.id,
      deckId: deck.deckId,
      deckTitle: deck.title,
      kind: CARD_KIND[row.card.kind],
      front: row.card.front,
      back: row.card.back,
      source: row.card.sentence?.text ?? null,
      retention: deck.retention,
      conceptId: row.card.conceptId,
    });
    memories[row.card.id] = memoryToJson(memoryOf(row));
  }
  return {
    studentId,
    decks: [...scope.decks.values()].map((deck) => ({ id: deck.deckId, title: deck.title })),
    timeZone: scope.timeZone,
    generatedAt: now.toISOString(),
    endOfDay: endOfLocalDay(now, scope.timeZone).toISOString(),
    cards,
    memories,
  };
}

/**
 * A review the teacher assigned to one of the student's classes: the cards of its concepts in the class's decks
 * that the student has not reviewed (and not undone) since it opened, new or due or not, concept by concept in the
 * teacher's order, then as the decks were assigned and ordered.
 */
async function loadReviewQueue(db: Db, actor: Actor, reviewId: string, now: Date): Promise<StudyQueue> {
  const review = await reviewAssignmentFor(db, actor, reviewId, now);
  const scope = await studyScopeFor(db, actor.id, now);
  await ensureCardStates(db, actor.id, [...scope.decks.keys()], now);
  const [rows, weights, terms, today] = await Promise.all([
    db.cardState.findMany({
      where: {
        studentId: actor.id,
        card: {
          ...reviewCardsWhere(review.classId, review.conceptIds, now),
          deckId: { in: [...scope.decks.keys()] },
          reviewLogs: { none: { studentId: actor.id, undoneAt: null, reviewedAt: { gte: review.opensAt } } },
        },
      },
      select: { ...stateSelect, card: { select: { ...CARD_SELECT, conceptId: true, position: true } } },
    }),
    personalWeights(db, actor.id),
    conceptTerms(db, review.conceptIds),
    todaysReviews(db, actor.id, scope.timeZone, now),
  ]);
  const conceptOrder = (row: (typeof rows)[number]) => review.conceptIds.indexOf(row.card.conceptId!);
  const deckOrder = (row: (typeof rows)[number]) => scope.decks.get(row.card.deckId)!.assignedAt.getTime();
  rows.sort((a, b) => conceptOrder(a) - conceptOrder(b) || deckOrder(a) - deckOrder(b) || a.card.position - b.card.position);
  return {
    ...queueOf(actor.id, scope, rows, now),
    deckId: null,
    newLimit: rows.filter((row) => row.state === 'NEW').length,
    newCardsPerDay: scope.newCardsPerDay,
    ...today.forQueue,
    more: null,
    weights,
    nextDueAt: null,
    review: { assignmentId: review.id, opensAt: review.opensAt.toISOString(), terms: terms.map((concept) => concept.term) },
  };
}

/** New cards in the order their decks were assigned, then the teacher's card order. */
async function newCardsInOrder(db: Db, studentId: string, decks: { deckId: string; assignedAt: Date }[], limit: number) {
  const rows = [];
  for (const deck of [...decks].sort((a, b) => a.assignedAt.getTime() - b.assignedAt.getTime())) {
    if (rows.length >= limit) break;
    rows.push(
      ...(await db.cardState.findMany({
        where: { studentId, state: 'NEW', card: { deckId: deck.deckId, archivedAt: null } },
        orderBy: [{ card: { position: 'asc' } }, { card: { createdAt: 'asc' } }],
        take: limit - rows.length,
        select: { ...stateSelect, card: { select: CARD_SELECT } },
      })),
    );
  }
  return rows;
}

/**
 * How much studying waits today, for the student's home, as the study screen will count it: reviews due before the
 * day ends (siblings of concepts met today left out, as the session buries them), and the new cards it will bring.
 */
export async function todaysStudyCounts(db: Db, actor: Actor, now: Date): Promise<{ due: number; fresh: number }> {
  requireStudent(actor);
  await feedWaitingAttempts(db, now, { studentId: actor.id });
  const scope = await studyScopeFor(db, actor.id, now);
  const deckIds = [...scope.decks.keys()];
  if (deckIds.length === 0) return { due: 0, fresh: 0 };
  await ensureCardStates(db, actor.id, deckIds, now);
  const inScope = { studentId: actor.id, card: { deckId: { in: deckIds }, archivedAt: null } };
  const [today, due, unseen] = await Promise.all([
    todaysReviews(db, actor.id, scope.timeZone, now),
    db.cardState.findMany({
      where: { ...inScope, state: { not: 'NEW' }, due: { lt: endOfLocalDay(now, scope.timeZone) } },
      orderBy: { due: 'asc' },
      select: { state: true, card: { select: { conceptId: true } } },
    }),
    db.cardState.findMany({
      where: { ...inScope, state: 'NEW' },
      take: NEW_CANDIDATES,
      select: { card: { select: { deckId: true, conceptId: true, position: true, createdAt: true } } },
    }),
  ]);
  const taken = new Set(today.forQueue.conceptsReviewedToday);
  const learning = due.filter((row) => row.state !== 'REVIEW').length;
  const reviews = spaceSiblings(
    due.filter((row) => row.state === 'REVIEW').map((row) => row.card),
    taken,
  ).kept.length;
  // The order newCardsInOrder reads them in: by when the deck was assigned, then the teacher's order.
  const assignedAt = (deckId: string) => scope.decks.get(deckId)!.assignedAt.getTime();
  const candidates = unseen
    .map((row) => row.card)
    .sort((a, b) => assignedAt(a.deckId) - assignedAt(b.deckId) || a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime());
  const fresh = pickNewCards(candidates, taken, Math.max(0, scope.newCardsPerDay - today.startedToday)).picked.length;
  return { due: learning + reviews, fresh };
}
