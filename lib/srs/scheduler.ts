// Spaced repetition as pure functions over a card's memory: (memory, rating, time) → next memory and a review-log
// entry, computed by ts-fsrs. The same code runs on the server and in the browser, so a review can be scheduled
// offline and replayed on the server with the same result.
import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';

export type MemoryStateName = 'NEW' | 'LEARNING' | 'REVIEW' | 'RELEARNING';
export type RatingName = 'AGAIN' | 'HARD' | 'GOOD' | 'EASY';
export const RATINGS: readonly RatingName[] = ['AGAIN', 'HARD', 'GOOD', 'EASY'];

/** A student's memory of one card: the FSRS card, in the names our database uses. */
export interface Memory {
  state: MemoryStateName;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}

/** What one rating did: stored append-only, enough to replay and to fit parameters. */
export interface ReviewOutcome {
  rating: RatingName;
  stateBefore: MemoryStateName;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

export interface SchedulerSettings {
  /** Probability of recall the schedule aims for when a card comes due (the class's setting, 0.7–0.99). */
  desiredRetention: number;
  /** The student's own fitted FSRS weights, when there are enough reviews; the FSRS defaults otherwise. */
  weights?: readonly number[];
  /** Spread due dates a little so cards learned together do not all come back on the same day. */
  fuzz?: boolean;
}

export const DEFAULT_SETTINGS: SchedulerSettings = { desiredRetention: 0.9, fuzz: true };

const STATE_NAMES: Record<State, MemoryStateName> = {
  [State.New]: 'NEW',
  [State.Learning]: 'LEARNING',
  [State.Review]: 'REVIEW',
  [State.Relearning]: 'RELEARNING',
};
const STATES: Record<MemoryStateName, State> = { NEW: State.New, LEARNING: State.Learning, REVIEW: State.Review, RELEARNING: State.Relearning };
const GRADES: Record<RatingName, Grade> = { AGAIN: Rating.Again, HARD: Rating.Hard, GOOD: Rating.Good, EASY: Rating.Easy };

const schedulers = new Map<string, FSRS>();

function schedulerFor(settings: SchedulerSettings): FSRS {
  const key = JSON.stringify([settings.desiredRetention, settings.weights ?? null, settings.fuzz ?? true]);
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs({
      request_retention: settings.desiredRetention,
      enable_fuzz: settings.fuzz ?? true,
      ...(settings.weights ? { w: [...settings.weights] } : {}),
    });
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

export function newMemory(now: Date): Memory {
  return fromCard(createEmptyCard(now));
}

/** The memory after rating the card at `now`, and the log entry that records it. */
export function reviewCard(memory: Memory, rating: RatingName, now: Date, settings: SchedulerSettings = DEFAULT_SETTINGS) {
  const { card, log } = schedulerFor(settings).next(toCard(memory), now, GRADES[rating]);
  const outcome: ReviewOutcome = {
    rating,
    stateBefore: STATE_NAMES[log.state],
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reviewedAt: now,
  };
  return { memory: fromCard(card), outcome };
}

/** When the card would come back for each rating: the labels on the four buttons. */
export function previewRatings(memory: Memory, now: Date, settings: SchedulerSettings = DEFAULT_SETTINGS): Record<RatingName, Date> {
  const preview = schedulerFor(settings).repeat(toCard(memory), now);
  return {
    AGAIN: preview[Rating.Again].card.due,
    HARD: preview[Rating.Hard].card.due,
    GOOD: preview[Rating.Good].card.due,
    EASY: preview[Rating.Easy].card.due,
  };
}

/** Probability the student recalls the card at `now` (0 for a card never reviewed). */
export function retrievability(memory: Memory, now: Date, settings: SchedulerSettings = DEFAULT_SETTINGS): number {
  if (memory.state === 'NEW') return 0;
  return schedulerFor(settings).get_retrievability(toCard(memory), now, false);
}

function toCard(memory: Memory): Card {
  return {
    due: memory.due,
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: memory.elapsedDays,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: memory.reps,
    lapses: memory.lapses,
    state: STATES[memory.state],
    ...(memory.lastReview ? { last_review: memory.lastReview } : {}),
  };
}

function fromCard(card: Card): Memory {
  return {
    state: STATE_NAMES[card.state],
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ?? null,
  };
}
