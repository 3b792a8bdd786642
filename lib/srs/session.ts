// One study session, pure: which card comes next, what a rating does, and undo. The review screen runs it in the
// browser so the next card appears without waiting for the network; the server never needs it, because it
// schedules each stored review with the same lib/srs/scheduler.
import { reviewCard, type Memory, type RatingName, type ReviewOutcome, type SchedulerSettings } from './scheduler.ts';

export interface StudyCard {
  id: string;
  deckId: string;
  deckTitle: string;
  kind: 'basic' | 'reverse' | 'cloze';
  front: string;
  back: string;
  /** The sentence of the article the card cites. */
  source: string | null;
  /** The desired retention of the student's class that assigned this card's deck. */
  retention: number;
  /** The concept the card asks about: its siblings (term, definition, cloze of one concept) share it. */
  conceptId?: string | null;
}

/** Learning cards due within this much are shown rather than making the student wait (Anki's "learn ahead"). */
export const LEARN_AHEAD_MS = 20 * 60_000;
/** How many ratings can be undone, one after another. */
const UNDO_DEPTH = 50;

interface Rated {
  cardId: string;
  key: string;
  before: Memory;
  /** Where the card was before it was rated, to put it back there. */
  from: 'queue' | 'learning';
}

export interface Session {
  cards: Readonly<Record<string, StudyCard>>;
  memories: Readonly<Record<string, Memory>>;
  /** Due reviews, then new cards, in the order they will be shown. */
  queue: readonly string[];
  /** Cards in learning steps that come back later today, soonest first. */
  learning: readonly string[];
  endOfDay: Date;
  done: number;
  history: readonly Rated[];
  /** Cards due or new today left for tomorrow because a sibling was (or will be) reviewed today. */
  buried: number;
  /** The concept of the card rated last: the next card is of another concept when there is one. */
  lastConcept: string | null;
}

export interface SessionOptions {
  endOfDay: Date;
  newLimit: number;
  everyCard?: boolean;
  /** When the student's day began: a card reviewed since then (by its memory) buries its siblings. */
  startOfDay?: Date;
  /** Concepts the server knows were reviewed today (on another device, or by a quiz), which bury theirs too. */
  conceptsReviewedToday?: readonly string[];
}

/**
 * Today's session: reviews due before the end of the day (oldest due first), then new cards up to the limit
 * (in the order given), and learning cards when their step is up. With `everyCard` (a review the teacher assigned,
 * or studying more) every card given comes, in the order given, due or not and new or not: reviewing a card early is
 * fine for FSRS.
 *
 * Siblings (cards of one concept) are buried as Anki does: of the reviews and new cards, only the first of each
 * concept comes today, and none of a concept already reviewed today; the others wait for tomorrow, when they are
 * still due. Seeing "aquifer" as a term, then its definition, then its cloze in a row tests only short-term
 * memory. Learning cards are never buried (their steps are minutes); they are kept apart by `currentCard`.
 */
export function startSession(cards: readonly StudyCard[], memories: Readonly<Record<string, Memory>>, options: SessionOptions): Session {
  const byId: Record<string, StudyCard> = {};
  for (const card of cards) byId[card.id] = card;
  const base = { cards: byId, memories, endOfDay: options.endOfDay, done: 0, history: [], lastConcept: null };
  if (options.everyCard) return { ...base, queue: cards.map((card) => card.id), learning: [], buried: 0 };
  const due = cards.filter((card) => memories[card.id]!.state !== 'NEW' && memories[card.id]!.due < options.endOfDay);
  const isLearning = (id: string) => ['LEARNING', 'RELEARNING'].includes(memories[id]!.state);
  const byDue = (a: StudyCard, b: StudyCard) => memories[a.id]!.due.getTime() - memories[b.id]!.due.getTime();
  const reviews = due.filter((card) => !isLearning(card.id)).sort(byDue);
  const learning = due.filter((card) => isLearning(card.id)).sort(byDue);
  const taken = new Set(options.conceptsReviewedToday ?? []);
  if (options.startOfDay) {
    for (const card of cards) {
      const last = memories[card.id]!.lastReview;
      if (card.conceptId && last && last >= options.startOfDay) taken.add(card.conceptId);
    }
  }
  const spacedReviews = spaceSiblings(reviews, taken);
  const fresh = pickNewCards(
    cards.filter((card) => memories[card.id]!.state === 'NEW'),
    taken,
    options.newLimit,
  );
  return {
    ...base,
    queue: [...spacedReviews.kept, ...fresh.picked].map((card) => card.id),
    learning: learning.map((card) => card.id),
    buried: spacedReviews.buried + fresh.buried,
  };
}

/**
 * New cards in order up to the limit, skipping siblings of concepts taken (and marking those picked taken): the
 * limit is filled with other concepts. `buried` counts the siblings skipped before the limit was reached. The
 * server picks the new cards a page carries with it, so the limit holds offline too.
 */
export function pickNewCards<T extends Pick<StudyCard, 'conceptId'>>(ordered: readonly T[], taken: Set<string>, limit: number): { picked: T[]; buried: number } {
  const picked: T[] = [];
  let buried = 0;
  for (const card of ordered) {
    if (picked.length >= limit) break;
    if (card.conceptId && taken.has(card.conceptId)) buried++;
    else {
      picked.push(card);
      if (card.conceptId) taken.add(card.conceptId);
    }
  }
  return { picked, buried };
}

/** The first card of each concept not yet taken, in order (cards of no concept all stay); marks those concepts taken. */
export function spaceSiblings<T extends Pick<StudyCard, 'conceptId'>>(ordered: readonly T[], taken: Set<string>): { kept: T[]; buried: number } {
  const kept: T[] = [];
  let buried = 0;
  for (const card of ordered) {
    if (!card.conceptId) kept.push(card);
    else if (taken.has(card.conceptId)) buried++;
    else {
      taken.add(card.conceptId);
      kept.push(card);
    }
  }
  return { kept, buried };
}

/**
 * The card to show now, or null when nothing is left for now: a learning card whose step is up, else the queue's
 * next, else a learning card due within LEARN_AHEAD_MS. Of those, the first of another concept than the card just
 * rated, so siblings that must come today (learning ones, a teacher's review) are interleaved, not back to back.
 */
export function currentCard(session: Session, now: Date): string | null {
  const learningDue = session.learning.filter((id) => session.memories[id]!.due <= now);
  const candidates = [...learningDue, ...session.queue];
  if (candidates.length > 0) {
    const last = session.lastConcept;
    return (last && candidates.find((id) => session.cards[id]!.conceptId !== last)) || candidates[0]!;
  }
  const soon = session.learning[0];
  return soon && session.memories[soon]!.due.getTime() <= now.getTime() + LEARN_AHEAD_MS ? soon : null;
}

/**
 * What today's cards are, for the line under the count: reviews (learning ones included), new cards, those of
 * them a quiz brought back today (its answers are reviews too), and the siblings left for tomorrow.
 */
export function sessionBreakdown(session: Session, quizCardIds: ReadonlySet<string>): { reviews: number; fresh: number; fromQuiz: number; buried: number } {
  const left = [...session.queue, ...session.learning];
  const fresh = left.filter((id) => session.memories[id]!.state === 'NEW').length;
  return { reviews: left.length - fresh, fresh, fromQuiz: left.filter((id) => quizCardIds.has(id)).length, buried: session.buried };
}

/** Cards left today: the queue and the learning cards that come back before the day ends. */
export function cardsLeft(session: Session): number {
  return session.queue.length + session.learning.length;
}

/** When the next learning card of today comes back, if the queue is empty and it is not yet time. */
export function nextLearningAt(session: Session): Date | null {
  const first = session.learning[0];
  return first ? session.memories[first]!.due : null;
}

export function rateCard(
  session: Session,
  cardId: string,
  rating: RatingName,
  now: Date,
  key: string,
  settings: Omit<SchedulerSettings, 'desiredRetention'>,
): { session: Session; memory: Memory; outcome: ReviewOutcome } {
  const card = session.cards[cardId];
  const before = session.memories[cardId];
  if (!card || !before) throw new Error(`Card ${cardId} is not in this session.`);
  const { memory, outcome } = reviewCard(before, rating, now, { ...settings, desiredRetention: card.retention });
  const from: Rated['from'] = session.queue.includes(cardId) ? 'queue' : 'learning';
  const queue = session.queue.filter((id) => id !== cardId);
  let learning = session.learning.filter((id) => id !== cardId);
  // A step of minutes brings the card back today; anything due tomorrow or later is done for today.
  if (memory.due < session.endOfDay) learning = insertByDue(learning, cardId, memory.due, session.memories);
  return {
    session: {
      ...session,
      memories: { ...session.memories, [cardId]: memory },
      queue,
      learning,
      done: session.done + 1,
      history: [...session.history, { cardId, key, before, from }].slice(-UNDO_DEPTH),
      lastConcept: card.conceptId ?? null,
    },
    memory,
    outcome,
  };
}

/** Takes back the last rating: the card gets its memory back and is shown next (whatever its concept). */
export function undoLast(session: Session): { session: Session; undone: { cardId: string; key: string } } | null {
  const last = session.history.at(-1);
  if (!last) return null;
  const learning = session.learning.filter((id) => id !== last.cardId);
  const restored: Session = {
    ...session,
    memories: { ...session.memories, [last.cardId]: last.before },
    queue: last.from === 'queue' ? [last.cardId, ...session.queue] : session.queue,
    learning: last.from === 'learning' ? [last.cardId, ...learning] : learning,
    done: session.done - 1,
    history: session.history.slice(0, -1),
    lastConcept: null,
  };
  return { session: restored, undone: { cardId: last.cardId, key: last.key } };
}

function insertByDue(ids: readonly string[], id: string, due: Date, memories: Readonly<Record<string, Memory>>): string[] {
  const index = ids.findIndex((other) => memories[other]!.due > due);
  return index === -1 ? [...ids, id] : [...ids.slice(0, index), id, ...ids.slice(index)];
}
