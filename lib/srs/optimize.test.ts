// The optimizer: review histories become the items fsrs-rs trains on (days between reviews, same-day reviews
// kept as history only), and a fit on a simulated student gives weights ts-fsrs schedules with, that describe
// the student better than the defaults.
import { FSRSBinding, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';
import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { simulateStudent } from '../testing/simulated-student.ts';
import { fitWeights, OptimizerVersionMismatch, studyDayOf, toSchedulerWeights, trainingItemsFor, type RatedReview, type StudyDay } from './optimize.ts';
import { newMemory, reviewCard } from './scheduler.ts';

const ALMATY: StudyDay = { timeZone: 'Asia/Almaty', startsAtHour: 4 };
const at = (iso: string) => new Date(iso);
const review = (rating: RatedReview['rating'], iso: string): RatedReview => ({ rating, reviewedAt: at(iso) });

describe('studyDayOf', () => {
  it('counts days in the student’s zone, starting at 4 am local time', () => {
    // Almaty is UTC+5: 22:30 UTC is 03:30 the next morning, still the evening before for studying.
    const evening = studyDayOf(at('2026-11-25T16:00:00Z'), ALMATY);
    expect(studyDayOf(at('2026-11-25T22:30:00Z'), ALMATY)).toBe(evening);
    expect(studyDayOf(at('2026-11-25T23:30:00Z'), ALMATY)).toBe(evening + 1);
    expect(studyDayOf(at('2026-11-25T22:30:00Z'), { timeZone: 'UTC', startsAtHour: 0 })).toBe(evening);
    expect(studyDayOf(at('2026-12-25T16:00:00Z'), ALMATY) - evening).toBe(30);
  });
});

describe('trainingItemsFor', () => {
  it('makes one item per later-day review, holding the card’s reviews up to it with whole days between them', () => {
    const items = trainingItemsFor(
      [
        [
          review('GOOD', '2026-11-01T15:00:00Z'),
          review('GOOD', '2026-11-03T09:00:00Z'),
          review('AGAIN', '2026-11-10T15:00:00Z'),
          review('HARD', '2026-11-12T15:00:00Z'),
        ],
      ],
      ALMATY,
    );
    expect(items).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 2 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 2 },
        { rating: 1, deltaT: 7 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 2 },
        { rating: 1, deltaT: 7 },
        { rating: 2, deltaT: 2 },
      ],
    ]);
  });

  it('keeps same-day reviews in the history with 0 days but does not ask the optimizer to predict them', () => {
    const items = trainingItemsFor(
      [
        [
          review('AGAIN', '2026-11-01T15:00:00Z'),
          review('GOOD', '2026-11-01T15:01:00Z'),
          review('GOOD', '2026-11-01T15:11:00Z'),
          review('EASY', '2026-11-02T15:00:00Z'),
          review('AGAIN', '2026-11-05T15:00:00Z'),
          review('GOOD', '2026-11-05T15:10:00Z'),
        ],
      ],
      ALMATY,
    );
    expect(items.map((item) => item.map((r) => `${r.rating}/${r.deltaT}`).join(' '))).toEqual(['1/0 3/0 3/0 4/1', '1/0 3/0 3/0 4/1 1/3']);
  });

  it('puts a review late at night on the day before, and orders each card’s reviews by time', () => {
    const items = trainingItemsFor(
      [
        [
          // 02:00 on 3 November in Almaty counts as 2 November: one day after the first review, not two.
          review('GOOD', '2026-11-02T21:00:00Z'),
          review('GOOD', '2026-11-01T15:00:00Z'),
        ],
      ],
      ALMATY,
    );
    expect(items).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 1 },
      ],
    ]);
  });

  it('gives nothing to learn from cards seen once or only on one day', () => {
    expect(trainingItemsFor([[review('GOOD', '2026-11-01T15:00:00Z')], [], [review('AGAIN', '2026-11-01T15:00:00Z'), review('GOOD', '2026-11-01T15:10:00Z')]], ALMATY)).toEqual([]);
  });
});

describe('toSchedulerWeights', () => {
  it('takes FSRS-6 weights as they are and converts FSRS-5’s 19 to ts-fsrs’s 21', () => {
    expect(toSchedulerWeights(default_w)).toEqual([...default_w]);
    const converted = toSchedulerWeights(default_w.slice(0, 19));
    expect(converted).toHaveLength(21);
    expect(converted.slice(0, 19)).toEqual(default_w.slice(0, 19));
  });

  it('refuses weights of a model ts-fsrs does not know, and non-numbers, with a clear error', () => {
    expect(() => toSchedulerWeights(Array.from({ length: 35 }, () => 0.5))).toThrow(OptimizerVersionMismatch);
    expect(() => toSchedulerWeights(Array.from({ length: 35 }, () => 0.5))).toThrow(/returned 35 weights; ts-fsrs .* schedules with 21/);
    expect(() => toSchedulerWeights([...default_w.slice(0, 20), Number.NaN])).toThrow(/Non-finite/);
  });
});

describe('fitWeights on a simulated student', () => {
  // 50 cards × 10 reviews of a student who remembers better than FSRS's average learner.
  const histories = simulateStudent({ cards: 50, reviewsPerCard: 10 }).map((card) => card.reviews);
  const day: StudyDay = { timeZone: 'UTC', startsAtHour: 4 };

  it('gives 21 finite weights, different from the defaults, that ts-fsrs schedules with', async () => {
    const fit = await fitWeights(histories, day);
    if (!fit.ok) throw new Error(fit.reason);
    expect(fit.weights).toHaveLength(default_w.length);
    expect(fit.weights.every(Number.isFinite)).toBe(true);
    expect(Math.max(...fit.weights.map((weight, index) => Math.abs(weight - default_w[index]!)))).toBeGreaterThan(0.1);

    const now = at('2026-11-25T16:00:00Z');
    let memory = reviewCard(newMemory(now), 'GOOD', now, { desiredRetention: 0.9, weights: fit.weights, fuzz: false }).memory;
    memory = reviewCard(memory, 'GOOD', memory.due, { desiredRetention: 0.9, weights: fit.weights, fuzz: false }).memory;
    expect(Number.isFinite(memory.stability) && memory.stability > 0).toBe(true);
    expect(memory.due.getTime()).toBeGreaterThan(now.getTime());
  });

  it('describes the student better than the defaults: they remember new cards longer, and the fit predicts their recalls better', async () => {
    const fit = await fitWeights(histories, day);
    if (!fit.ok) throw new Error(fit.reason);
    const initialStability = (weights: readonly number[]) => weights.slice(0, 4).reduce((sum, weight) => sum + weight, 0);
    expect(initialStability(fit.weights)).toBeGreaterThan(initialStability(default_w));

    const trainSet = trainingItemsFor(histories, day).map((item) => new FSRSBindingItem(item.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));
    const logLoss = (weights: readonly number[]) => new FSRSBinding([...weights]).evaluate(trainSet).logLoss;
    expect(logLoss(fit.weights)).toBeLessThan(logLoss(default_w));
  });

  it('says there is not enough data when no card was reviewed on a later day', async () => {
    expect(await fitWeights([[review('GOOD', '2026-11-01T15:00:00Z'), review('GOOD', '2026-11-01T15:10:00Z')]], day)).toEqual({
      ok: false,
      reason: 'notEnoughData',
    });
  });

  it('says there is not enough data when the optimizer keeps its defaults: 400 reviews of only 25 cards', async () => {
    const fewCards = simulateStudent({ cards: 25, reviewsPerCard: 16, seed: 1 }).map((card) => card.reviews);
    expect(trainingItemsFor(fewCards, day).length).toBeGreaterThan(250);
    expect(await fitWeights(fewCards, day)).toEqual({ ok: false, reason: 'notEnoughData' });
  });
});
