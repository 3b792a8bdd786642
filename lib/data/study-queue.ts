// Today's study queue for a student, as the review screen receives it: the cards due before the end of their
// day, the new cards they may still start, each card's memory, and what the browser needs to schedule
// ratings itself (the student's weights; each card's desired retention). Or, for a review the teacher assigned,
// the cards of its concepts the student has not reviewed since it opened.
import type { Db } from '../db/client.ts';
import { NotFoundOrForbidden, type Actor } from '../access/actor.ts';
import { requireStudent, reviewAssignmentFor } from '../access/guards.ts';
import { memoryToJson, type MemoryJson } from '../srs/memory-json.ts';
import type { Memory } from '../srs/scheduler.ts';
import type { StudyCard } from '../srs/session.ts';
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
  /** New cards the student may still start today. */
  newLimit: number;
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

const CARD_SELECT = { id: true, deckId: true, kind: true, front: true, back: true, sentence: { select: { text: true } } } as const;

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
  options: { deckId?: string | null; reviewId?: string | null } = {},
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
  const startOfDay = startOfLocalDay(localDay(now, scope.timeZone), scope.timeZone);
  const inScope = { studentId: actor.id, card: { deckId: { in: deckIds }, archivedAt: null } };

  const [startedToday, due, weights, nextDue] = await Promise.all([
    db.reviewLog.count({ where: { studentId: actor.id, stateBefore: 'NEW', undoneAt: null, reviewedAt: { gte: startOfDay } } }),
    db.cardState.findMany({
      where: { ...inScope, state: { not: 'NEW' }, due: { lt: endOfDay } },
      orderBy: { due: 'asc' },
      select: { ...stateSelect, card: { select: CARD_SELECT } },
    }),
    personalWeights(db, actor.id),
    db.cardState.findFirst({ where: { ...inScope, state: { not: 'NEW' }, due: { gte: endOfDay } }, orderBy: { due: 'asc' }, select: { due: true } }),
  ]);
  const newLimit = Math.max(0, scope.newCardsPerDay - startedToday);
  const fresh = await newCardsInOrder(db, actor.id, deckIds.map((id) => scope.decks.get(id)!), newLimit);

  return {
    ...queueOf(actor.id, scope, [...due, ...fresh], now),
    deckId,
    newLimit,
    weights,
    nextDueAt: nextDue?.due.toISOString() ?? null,
    review: null,
  };
}

type QueueRow = Memory & { card: { id: string; deckId: string; kind: keyof typeof CARD_KIND; front: string; back: string; sentence: { text: string } | null } };

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
  const [rows, weights, terms] = await Promise.all([
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
  ]);
  const conceptOrder = (row: (typeof rows)[number]) => review.conceptIds.indexOf(row.card.conceptId!);
  const deckOrder = (row: (typeof rows)[number]) => scope.decks.get(row.card.deckId)!.assignedAt.getTime();
  rows.sort((a, b) => conceptOrder(a) - conceptOrder(b) || deckOrder(a) - deckOrder(b) || a.card.position - b.card.position);
  return {
    ...queueOf(actor.id, scope, rows, now),
    deckId: null,
    newLimit: rows.filter((row) => row.state === 'NEW').length,
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

/** How much studying waits today, for the student's home: reviews due before the day ends, and new cards allowed. */
export async function todaysStudyCounts(db: Db, actor: Actor, now: Date): Promise<{ due: number; fresh: number }> {
  requireStudent(actor);
  await feedWaitingAttempts(db, now, { studentId: actor.id });
  const scope = await studyScopeFor(db, actor.id, now);
  const deckIds = [...scope.decks.keys()];
  if (deckIds.length === 0) return { due: 0, fresh: 0 };
  await ensureCardStates(db, actor.id, deckIds, now);
  const startOfDay = startOfLocalDay(localDay(now, scope.timeZone), scope.timeZone);
  const inScope = { studentId: actor.id, card: { deckId: { in: deckIds }, archivedAt: null } };
  const [due, unseen, startedToday] = await Promise.all([
    db.cardState.count({ where: { ...inScope, state: { not: 'NEW' }, due: { lt: endOfLocalDay(now, scope.timeZone) } } }),
    db.cardState.count({ where: { ...inScope, state: 'NEW' } }),
    db.reviewLog.count({ where: { studentId: actor.id, stateBefore: 'NEW', undoneAt: null, reviewedAt: { gte: startOfDay } } }),
  ]);
  return { due, fresh: Math.min(unseen, Math.max(0, scope.newCardsPerDay - startedToday)) };
}
