// A simulated student for testing and timing the optimizer: their memory follows FSRS with weights of their
// own (they remember better than FSRS's average learner), Parta schedules them with the default weights, and
// they study once a day in the evening, going through learning steps within the session. Seeded, so a test
// gets the same history every run.
import { default_w } from 'ts-fsrs';
import { seededRandom } from '../generate/deterministic.ts';
import { newMemory, retrievability, reviewCard, type Memory, type RatingName, type SchedulerSettings } from '../srs/scheduler.ts';
import type { RatedReview } from '../srs/optimize.ts';

/** FSRS-6 defaults with stronger first memories and longer gains after a successful recall. */
export const STRONG_STUDENT_WEIGHTS: readonly number[] = default_w.map((weight, index) =>
  index <= 3 ? weight * 3 : index === 8 ? weight + 0.4 : weight,
);

export interface SimulationOptions {
  cards: number;
  reviewsPerCard: number;
  /** New cards started per day. */
  newPerDay?: number;
  seed?: number;
  start?: Date;
  /** The weights the student's memory really follows. */
  studentWeights?: readonly number[];
}

export interface SimulatedCard {
  reviews: RatedReview[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The first evening study session (16:00 UTC, 21:00 in Almaty) at or after `due`; learning steps come back in the same session. */
function nextSession(due: Date, now: Date): Date {
  if (due.getTime() - now.getTime() < HOUR_MS) return new Date(Math.max(due.getTime(), now.getTime() + 60_000));
  const session = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate(), 16));
  return session < due ? new Date(session.getTime() + DAY_MS) : session;
}

export function simulateStudent(options: SimulationOptions): SimulatedCard[] {
  const random = seededRandom(options.seed ?? 42);
  const start = options.start ?? new Date('2026-09-01T16:00:00Z');
  const newPerDay = options.newPerDay ?? 10;
  const scheduling: SchedulerSettings = { desiredRetention: 0.9, fuzz: true };
  const truth: SchedulerSettings = { desiredRetention: 0.9, weights: options.studentWeights ?? STRONG_STUDENT_WEIGHTS, fuzz: false };
  const rate = (recalled: boolean): RatingName => {
    if (!recalled) return 'AGAIN';
    const roll = random();
    return roll < 0.15 ? 'HARD' : roll < 0.9 ? 'GOOD' : 'EASY';
  };
  return Array.from({ length: options.cards }, (_, index) => {
    let now = new Date(start.getTime() + Math.floor(index / newPerDay) * DAY_MS + (index % newPerDay) * 60_000);
    let scheduled: Memory = newMemory(now);
    let real: Memory = newMemory(now);
    const reviews: RatedReview[] = [];
    for (let count = 0; count < options.reviewsPerCard; count += 1) {
      // A new card is seen for the first time: whether the student already knows it is a coin with FSRS's odds.
      const recalled = real.state === 'NEW' ? random() < 0.6 : random() < retrievability(real, now, truth);
      const rating = rate(recalled);
      reviews.push({ rating, reviewedAt: now });
      scheduled = reviewCard(scheduled, rating, now, scheduling).memory;
      real = reviewCard(real, rating, now, truth).memory;
      now = nextSession(scheduled.due, now);
    }
    return { reviews };
  });
}
