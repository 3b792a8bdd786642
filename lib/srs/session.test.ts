import { describe, expect, it } from 'vitest';
import { laterMemory, memoryFromJson, memoryToJson } from './memory-json.ts';
import { newMemory, reviewCard, type Memory } from './scheduler.ts';
import { cardsLeft, currentCard, LEARN_AHEAD_MS, nextLearningAt, rateCard, sessionBreakdown, startSession, undoLast, type StudyCard } from './session.ts';
import { endOfLocalDay, localDay, startOfLocalDay, zoneOffsetMinutes } from './study-day.ts';

const NOW = new Date('2026-11-25T10:00:00Z');
const END_OF_DAY = new Date('2026-11-25T19:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const card = (id: string): StudyCard => ({ id, deckId: 'd', deckTitle: 'Deck', kind: 'basic', front: `${id}?`, back: `${id}!`, source: null, retention: 0.9 });

/** A card in review, due at `due`. */
function reviewing(due: Date): Memory {
  let memory = newMemory(at(-60 * 24 * 30));
  memory = reviewCard(memory, 'GOOD', at(-60 * 24 * 30)).memory;
  memory = reviewCard(memory, 'GOOD', at(-60 * 24 * 29)).memory;
  return { ...memory, state: 'REVIEW', due };
}

describe('startSession', () => {
  it('shows due reviews first, oldest due first, then new cards up to the limit', () => {
    const cards = ['n1', 'r-late', 'n2', 'r-early', 'n3', 'r-tomorrow'].map(card);
    const memories = {
      n1: newMemory(NOW),
      n2: newMemory(NOW),
      n3: newMemory(NOW),
      'r-early': reviewing(at(-120)),
      'r-late': reviewing(at(60)),
      'r-tomorrow': reviewing(new Date('2026-11-26T03:00:00Z')),
    };
    const session = startSession(cards, memories, { endOfDay: END_OF_DAY, newLimit: 2 });
    expect(session.queue).toEqual(['r-early', 'r-late', 'n1', 'n2']);
    expect(cardsLeft(session)).toBe(4);
    expect(currentCard(session, NOW)).toBe('r-early');
  });

  it('takes every card given, in that order, due or not, for a review the teacher assigned', () => {
    const cards = ['r-tomorrow', 'n1', 'learning-later', 'r-early'].map(card);
    const learningLater = { ...reviewing(at(-60)), state: 'LEARNING' as const, due: at(300) };
    const memories = { n1: newMemory(NOW), 'r-early': reviewing(at(-120)), 'r-tomorrow': reviewing(new Date('2026-11-26T03:00:00Z')), 'learning-later': learningLater };
    let session = startSession(cards, memories, { endOfDay: END_OF_DAY, newLimit: 0, everyCard: true });
    expect(session.queue).toEqual(['r-tomorrow', 'n1', 'learning-later', 'r-early']);
    expect(cardsLeft(session)).toBe(4);
    // Again brings the card back today, as in any session.
    session = rateCard(session, 'r-tomorrow', 'AGAIN', NOW, 'k1', { fuzz: false }).session;
    expect(session.learning).toEqual(['r-tomorrow']);
    expect(currentCard(session, NOW)).toBe('n1');
  });

  it('takes no new cards when the limit is used up', () => {
    const session = startSession([card('n1')], { n1: newMemory(NOW) }, { endOfDay: END_OF_DAY, newLimit: 0 });
    expect(currentCard(session, NOW)).toBeNull();
  });
});

describe('rating and undo', () => {
  const settings = { fuzz: false };

  it('brings a failed new card back after its learning step, and the next card shows meanwhile', () => {
    let session = startSession([card('a'), card('b')], { a: newMemory(NOW), b: newMemory(NOW) }, { endOfDay: END_OF_DAY, newLimit: 10 });
    session = rateCard(session, 'a', 'AGAIN', NOW, 'k1', settings).session;
    expect(session.learning).toEqual(['a']);
    expect(currentCard(session, NOW)).toBe('b');
    session = rateCard(session, 'b', 'EASY', at(0.5), 'k2', settings).session;
    // Nothing else is left: the learning card due in a minute is shown a little early rather than waiting.
    expect(currentCard(session, at(0.5))).toBe('a');
    expect(session.done).toBe(2);
  });

  it('finishes a card for today once it is due tomorrow or later', () => {
    let session = startSession([card('a')], { a: newMemory(NOW) }, { endOfDay: END_OF_DAY, newLimit: 10 });
    session = rateCard(session, 'a', 'EASY', NOW, 'k1', settings).session;
    expect(cardsLeft(session)).toBe(0);
    expect(currentCard(session, NOW)).toBeNull();
  });

  it('waits for a learning card due later than the learn-ahead limit and says when it comes back', () => {
    const memory = { ...reviewing(at(-5)), state: 'RELEARNING' as const };
    let session = startSession([card('a')], { a: memory }, { endOfDay: END_OF_DAY, newLimit: 0 });
    session = { ...session, memories: { a: { ...memory, due: at(30) } } };
    expect(currentCard(session, NOW)).toBeNull();
    expect(nextLearningAt(session)).toEqual(at(30));
    expect(currentCard(session, new Date(at(30).getTime() - LEARN_AHEAD_MS))).toBe('a');
  });

  it('undo gives the card back its memory and shows it next; undo again goes one more step back', () => {
    const start = startSession([card('a'), card('b')], { a: newMemory(NOW), b: newMemory(NOW) }, { endOfDay: END_OF_DAY, newLimit: 10 });
    const afterA = rateCard(start, 'a', 'GOOD', NOW, 'k1', settings).session;
    const afterB = rateCard(afterA, 'b', 'EASY', at(1), 'k2', settings).session;

    const once = undoLast(afterB)!;
    expect(once.undone).toEqual({ cardId: 'b', key: 'k2' });
    expect(once.session.memories.b).toEqual(newMemory(NOW));
    expect(currentCard(once.session, at(1))).toBe('b');
    expect(once.session.done).toBe(1);

    const twice = undoLast(once.session)!;
    expect(twice.undone.key).toBe('k1');
    expect(twice.session.queue).toEqual(['a', 'b']);
    expect(twice.session.learning).toEqual([]);
    expect(undoLast(twice.session)).toBeNull();
  });

  it('schedules with the card retention: a stricter class brings cards back sooner', () => {
    const strict = { ...card('a'), retention: 0.97 };
    const lenient = { ...card('a'), retention: 0.8 };
    const memory = reviewing(NOW);
    const due = (c: StudyCard) => rateCard(startSession([c], { a: memory }, { endOfDay: END_OF_DAY, newLimit: 0 }), 'a', 'GOOD', NOW, 'k', settings).memory.due;
    expect(due(strict).getTime()).toBeLessThan(due(lenient).getTime());
  });
});

describe('memory as JSON', () => {
  it('round-trips, and the later of two memories is the one reviewed last', () => {
    const reviewed = reviewCard(newMemory(NOW), 'GOOD', NOW).memory;
    expect(memoryFromJson(JSON.parse(JSON.stringify(memoryToJson(reviewed))))).toEqual(reviewed);
    expect(laterMemory(newMemory(NOW), reviewed)).toBe(reviewed);
    expect(laterMemory(reviewed, newMemory(NOW))).toBe(reviewed);
  });
});

describe('study day', () => {
  it('ends at local midnight in the student zone', () => {
    expect(zoneOffsetMinutes(NOW, 'Asia/Almaty')).toBe(300);
    expect(endOfLocalDay(NOW, 'Asia/Almaty')).toEqual(new Date('2026-11-25T19:00:00Z'));
    // 23:30 in Almaty is 18:30 UTC: still the 25th there; 00:30 is the 26th.
    expect(localDay(new Date('2026-11-25T18:30:00Z'), 'Asia/Almaty')).toBe('2026-11-25');
    expect(localDay(new Date('2026-11-25T19:30:00Z'), 'Asia/Almaty')).toBe('2026-11-26');
  });

  it('handles daylight saving time changes', () => {
    // Berlin leaves summer time on 25 October 2026: that day is 25 hours long.
    expect(startOfLocalDay('2026-10-25', 'Europe/Berlin')).toEqual(new Date('2026-10-24T22:00:00Z'));
    expect(endOfLocalDay(new Date('2026-10-25T12:00:00Z'), 'Europe/Berlin')).toEqual(new Date('2026-10-25T23:00:00Z'));
    expect(endOfLocalDay(new Date('2026-03-29T12:00:00Z'), 'Europe/Berlin')).toEqual(new Date('2026-03-29T22:00:00Z'));
    expect(endOfLocalDay(new Date('2026-11-25T12:00:00Z'), 'UTC')).toEqual(new Date('2026-11-26T00:00:00Z'));
  });
});

describe('siblings (cards of one concept)', () => {
  const sibling = (id: string, conceptId: string | null): StudyCard => ({ ...card(id), conceptId });
  const settings = { fuzz: false };

  it('brings only the first card of each concept today and buries the others until tomorrow', () => {
    // The teacher's order puts a concept's term, definition and cloze together, as generated decks do.
    const cards = [sibling('aq-term', 'aquifer'), sibling('aq-def', 'aquifer'), sibling('aq-cloze', 'aquifer'), sibling('ev-term', 'evaporation'), sibling('ev-def', 'evaporation'), sibling('loose', null)];
    const memories = Object.fromEntries(cards.map((c) => [c.id, newMemory(NOW)]));
    const session = startSession(cards, memories, { endOfDay: END_OF_DAY, newLimit: 10 });
    expect(session.queue).toEqual(['aq-term', 'ev-term', 'loose']);
    expect(session.buried).toBe(3);
    expect(cardsLeft(session)).toBe(3);
  });

  it('fills the new-card limit with other concepts instead of siblings, and counts as buried only those the limit reached', () => {
    const cards = [sibling('a1', 'a'), sibling('a2', 'a'), sibling('b1', 'b'), sibling('b2', 'b'), sibling('c1', 'c'), sibling('c2', 'c')];
    const memories = Object.fromEntries(cards.map((c) => [c.id, newMemory(NOW)]));
    const session = startSession(cards, memories, { endOfDay: END_OF_DAY, newLimit: 2 });
    expect(session.queue).toEqual(['a1', 'b1']);
    expect(session.buried).toBe(1);
  });

  it('buries a due review and a new card whose sibling was reviewed today, here or (by the server) elsewhere', () => {
    const startOfDay = at(-600);
    const cards = [sibling('aq-due', 'aquifer'), sibling('aq-seen', 'aquifer'), sibling('ev-new', 'evaporation'), sibling('rain-new', 'rain')];
    const memories = {
      'aq-due': reviewing(at(-60)),
      // Reviewed this morning on this device, due again in days.
      'aq-seen': { ...reviewing(at(60 * 24 * 3)), lastReview: at(-120) },
      'ev-new': newMemory(NOW),
      'rain-new': newMemory(NOW),
    };
    const session = startSession(cards, memories, { endOfDay: END_OF_DAY, newLimit: 10, startOfDay, conceptsReviewedToday: ['evaporation'] });
    expect(session.queue).toEqual(['rain-new']);
    expect(session.buried).toBe(2);
  });

  it('does not bury learning cards, but shows a card of another concept between two of one concept', () => {
    const cards = [sibling('aq-1', 'aquifer'), sibling('aq-2', 'aquifer'), sibling('ev', 'evaporation')];
    const learningNow = { ...reviewing(at(-60)), state: 'RELEARNING' as const, due: at(-1) };
    const memories = { 'aq-1': learningNow, 'aq-2': { ...learningNow, due: at(-0.5) }, ev: newMemory(NOW) };
    let session = startSession(cards, memories, { endOfDay: END_OF_DAY, newLimit: 10 });
    expect(session.learning).toEqual(['aq-1', 'aq-2']);
    expect(currentCard(session, NOW)).toBe('aq-1');
    session = rateCard(session, 'aq-1', 'GOOD', NOW, 'k1', settings).session;
    // aq-2 is due first, but it is aquifer again: evaporation comes between.
    expect(currentCard(session, NOW)).toBe('ev');
    session = rateCard(session, 'ev', 'GOOD', NOW, 'k2', settings).session;
    expect(currentCard(session, NOW)).toBe('aq-2');
  });

  it('interleaves the concepts of a review the teacher assigned, where every card comes', () => {
    const cards = [sibling('a1', 'a'), sibling('a2', 'a'), sibling('b1', 'b'), sibling('b2', 'b')];
    const memories = Object.fromEntries(cards.map((c) => [c.id, newMemory(NOW)]));
    let session = startSession(cards, memories, { endOfDay: END_OF_DAY, newLimit: 0, everyCard: true });
    const shown: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = currentCard(session, NOW)!;
      shown.push(id);
      session = rateCard(session, id, 'EASY', NOW, `k${i}`, settings).session;
    }
    expect(shown).toEqual(['a1', 'b1', 'a2', 'b2']);
  });

  it('shows an undone card next even when it is a sibling of the card before it', () => {
    const cards = [sibling('a1', 'a'), sibling('b1', 'b'), sibling('b2', 'b')];
    const memories = Object.fromEntries(cards.map((c) => [c.id, newMemory(NOW)]));
    let session = startSession(cards, memories, { endOfDay: END_OF_DAY, newLimit: 0, everyCard: true });
    session = rateCard(session, 'a1', 'EASY', NOW, 'k1', settings).session;
    session = rateCard(session, 'b1', 'EASY', NOW, 'k2', settings).session;
    session = undoLast(session)!.session;
    expect(currentCard(session, NOW)).toBe('b1');
  });
});

describe('sessionBreakdown', () => {
  it('splits what is left into reviews and new cards, and says how many a quiz brought back and how many wait for tomorrow', () => {
    const cards = [{ ...card('quizzed'), conceptId: 'q' }, { ...card('due'), conceptId: 'd' }, { ...card('due-sib'), conceptId: 'd' }, card('n1'), card('n2')];
    const memories = {
      quizzed: { ...reviewing(at(-60)), state: 'RELEARNING' as const, due: at(5) },
      due: reviewing(at(-60)),
      'due-sib': reviewing(at(-30)),
      n1: newMemory(NOW),
      n2: newMemory(NOW),
    };
    const session = startSession(cards, memories, { endOfDay: END_OF_DAY, newLimit: 1 });
    expect(sessionBreakdown(session, new Set(['quizzed']))).toEqual({ reviews: 2, fresh: 1, fromQuiz: 1, buried: 1 });
  });
});
