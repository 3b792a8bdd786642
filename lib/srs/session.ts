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
}

/**
 * Today's session: reviews due before the end of the day (oldest due first), then new cards up to the limit
 * (in the order given), and learning cards when their step is up. With `everyCard` (a review the teacher assigned)
 * every card given comes, in the order given, due or not and new or not: reviewing a card early is fine for FSRS.
 */
export function startSession(
  cards: readonly StudyCard[],
  memories: Readonly<Record<string, Memory>>,
  options: { endOfDay: Date; newLimit: number; everyCard?: boolean },
): Session {
  const byId: Record<string, StudyCard> = {};
  for (const card of cards) byId[card.id] = card;
  if (options.everyCard) {
    return { cards: byId, memories, queue: cards.map((card) => card.id), learning: [], endOfDay: options.endOfDay, done: 0, history: [] };
  }
  const due = cards.filter((card) => memories[card.id]!.state !== 'NEW' && memories[card.id]!.due < options.endOfDay);
  const isLearning = (id: string) => ['LEARNING', 'RELEARNING'].includes(memories[id]!.state);
  const byDue = (a: StudyCard, b: StudyCard) => memories[a.id]!.due.getTime() - memories[b.id]!.due.getTime();
  const reviews = due.filter((card) => !isLearning(card.id)).sort(byDue);
  const learning = due.filter((card) => isLearning(card.id)).sort(byDue);
  const fresh = cards.filter((card) => memories[card.id]!.state === 'NEW').slice(0, Math.max(0, options.newLimit));
  return {
    cards: byId,
    memories,
    queue: [...reviews, ...fresh].map((card) => card.id),
    learning: learning.map((card) => card.id),
    endOfDay: options.endOfDay,
    done: 0,
    history: [],
  };
}

/** The card to show now, or null when nothing is left for now. */
export function currentCard(session: Session, now: Date): string | null {
  const learningDue = session.learning.find((id) => session.memories[id]!.due <= now);
  if (learningDue) return learningDue;
  if (session.queue.length > 0) return session.queue[0]!;
  const soon = session.learning[0];
  return soon && session.memories[soon]!.due.getTime() <= now.getTime() + LEARN_AHEAD_MS ? soon : null;
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
    },
    memory,
    outcome,
  };
}

/** Takes back the last rating: the card gets its memory back and is shown next. */
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
  };
  return { session: restored, undone: { cardId: last.cardId, key: last.key } };
}

function insertByDue(ids: readonly string[], id: string, due: Date, memories: Readonly<Record<string, Memory>>): string[] {
  const index = ids.findIndex((other) => memories[other]!.due > due);
  return index === -1 ? [...ids, id] : [...ids.slice(0, index), id, ...ids.slice(index)];
}
