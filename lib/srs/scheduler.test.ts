// lib/srs against ts-fsrs's own published expectations, and replay: the same log gives the same memory; two
// devices' logs merge into one order whatever order they arrive in.
import { describe, expect, it } from 'vitest';
import { mergeReviewLogs, replayReviews, type ReviewEvent } from './replay.ts';
import { newMemory, previewRatings, retrievability, reviewCard, type Memory, type RatingName, type SchedulerSettings } from './scheduler.ts';

// The FSRS-6 weights and interval history from ts-fsrs's __tests__/FSRS-6.test.ts.
const FSRS6_WEIGHTS = [
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425,
  0.0912, 0.0658, 0.1542,
];
const EXACT: SchedulerSettings = { desiredRetention: 0.9, weights: FSRS6_WEIGHTS, fuzz: false };
const START = new Date(2022, 11, 29, 12, 30, 0, 0);

function intervalsFor(ratings: RatingName[], settings: SchedulerSettings): number[] {
  let memory: Memory = newMemory(START);
  let now = START;
  return ratings.map((rating) => {
    memory = reviewCard(memory, rating, now, settings).memory;
    now = memory.due;
    return memory.scheduledDays;
  });
}

describe('reviewCard', () => {
  it('gives ts-fsrs’s published intervals for Good ×6, Again ×2, Good ×5', () => {
    const ratings: RatingName[] = ['GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'AGAIN', 'AGAIN', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD'];
    expect(intervalsFor(ratings, EXACT)).toEqual([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
  });

  it('starts a new card as ts-fsrs does: Easy goes straight to review, the others to learning', () => {
    const first = (rating: RatingName) => reviewCard(newMemory(START), rating, START, EXACT);
    expect(first('EASY').memory).toMatchObject({ state: 'REVIEW', scheduledDays: 8, stability: 8.2956, reps: 1 });
    expect(first('AGAIN').memory).toMatchObject({ state: 'LEARNING', stability: 0.212, difficulty: 6.4133 });
    expect(first('GOOD').outcome).toMatchObject({ rating: 'GOOD', stateBefore: 'NEW', reviewedAt: START });
  });

  it('schedules further apart when the class asks for less retention', () => {
    const strict = intervalsFor(['GOOD', 'GOOD', 'GOOD'], { ...EXACT, desiredRetention: 0.95 });
    const relaxed = intervalsFor(['GOOD', 'GOOD', 'GOOD'], { ...EXACT, desiredRetention: 0.8 });
    expect(relaxed[2]!).toBeGreaterThan(strict[2]!);
  });

  it('fuzzes due dates deterministically: the same review twice gives the same date', () => {
    const settings = { desiredRetention: 0.9, fuzz: true };
    expect(intervalsFor(['GOOD', 'GOOD', 'GOOD', 'GOOD'], settings)).toEqual(intervalsFor(['GOOD', 'GOOD', 'GOOD', 'GOOD'], settings));
  });
});

describe('previewRatings and retrievability', () => {
  it('shows a later date for each better rating', () => {
    const preview = previewRatings(newMemory(START), START, EXACT);
    expect(preview.AGAIN.getTime()).toBeLessThanOrEqual(preview.HARD.getTime());
    expect(preview.HARD.getTime()).toBeLessThanOrEqual(preview.GOOD.getTime());
    expect(preview.GOOD.getTime()).toBeLessThan(preview.EASY.getTime());
  });

  it('is 0 for a new card and about the desired retention when a review card comes due', () => {
    expect(retrievability(newMemory(START), START, EXACT)).toBe(0);
    const memory = reviewCard(newMemory(START), 'EASY', START, EXACT).memory;
    expect(retrievability(memory, memory.due, EXACT)).toBeCloseTo(0.9, 1);
  });

  it('predicts recall on a later date by hand: R = (1 + factor·t/S)^−w20, t in whole days since the last review', () => {
    // With w20 = 0.5: factor = 0.9^(−1/0.5) − 1 = 1/0.81 − 1 = 19/81. A card of stability S = 19 days, then
    // t = 19: (1 + 19/81)^−0.5 = (100/81)^−0.5 = 0.9; t = 81: 2^−0.5 ≈ 0.7071; t = 243: 4^−0.5 = 0.5.
    const settings: SchedulerSettings = { desiredRetention: 0.9, weights: [...FSRS6_WEIGHTS.slice(0, 20), 0.5], fuzz: false };
    const lastReview = new Date('2026-09-01T15:00:00Z');
    const memory: Memory = { ...newMemory(lastReview), state: 'REVIEW', stability: 19, difficulty: 5, reps: 3, lastReview };
    const daysLater = (days: number) => new Date(lastReview.getTime() + days * 86_400_000);
    expect(retrievability(memory, daysLater(0.5), settings)).toBe(1);
    expect(retrievability(memory, daysLater(19), settings)).toBeCloseTo(0.9, 8);
    expect(retrievability(memory, daysLater(81), settings)).toBeCloseTo(Math.SQRT1_2, 8);
    // 81.9 days are 81 whole days.
    expect(retrievability(memory, daysLater(81.9), settings)).toBeCloseTo(Math.SQRT1_2, 8);
    expect(retrievability(memory, daysLater(243), settings)).toBeCloseTo(0.5, 8);
  });
});

describe('replay', () => {
  const at = (days: number) => new Date(START.getTime() + days * 86_400_000);
  const phone: ReviewEvent[] = [
    { key: 'p1', rating: 'GOOD', reviewedAt: at(0) },
    { key: 'p2', rating: 'GOOD', reviewedAt: at(3) },
  ];
  const laptop: ReviewEvent[] = [
    { key: 'l1', rating: 'AGAIN', reviewedAt: at(1) },
    { key: 'l2', rating: 'EASY', reviewedAt: at(5) },
  ];

  it('replays a log to the memory that reviewing step by step gave', () => {
    let memory = newMemory(START);
    for (const event of phone) memory = reviewCard(memory, event.rating, event.reviewedAt, EXACT).memory;
    expect(replayReviews(phone, START, EXACT)).toEqual(memory);
  });

  it('merges two devices’ logs in time order, each review once, whatever order they arrive in', () => {
    const merged = mergeReviewLogs(phone, laptop, phone);
    expect(merged.map((event) => event.key)).toEqual(['p1', 'l1', 'p2', 'l2']);
    expect(mergeReviewLogs(laptop, phone)).toEqual(merged);
    expect(replayReviews([...laptop, ...phone], START, EXACT)).toEqual(replayReviews([...phone, ...laptop], START, EXACT));
  });

  it('breaks a tie in time by key, so every device replays the same order', () => {
    const a: ReviewEvent = { key: 'b', rating: 'AGAIN', reviewedAt: at(2) };
    const b: ReviewEvent = { key: 'a', rating: 'EASY', reviewedAt: at(2) };
    expect(mergeReviewLogs([a], [b]).map((event) => event.key)).toEqual(['a', 'b']);
  });
});
