// Fitting a student's own FSRS weights to their review history with the official FSRS optimizer
// (@open-spaced-repetition/binding, fsrs-rs), in the form ts-fsrs schedules with.
//
// The history becomes training items the way fsrs-rs converts Anki's review log: per card, each review after
// the first is one item holding every review of the card up to it; an item's `deltaT` is the number of
// calendar days since the previous review, where a "day" starts at 4 am in the student's time zone (Anki's
// default), so 23:50 and 00:10 are one evening. Same-day reviews (learning steps, relearning) get deltaT 0:
// they stay in the histories, where FSRS-6's short-term terms use them, but are not predicted themselves,
// since an item is kept only when its last review is on a later day than the one before.
import { checkParameters, default_enable_short_term, default_relearning_steps, default_w, FSRSVersion, migrateParameters } from 'ts-fsrs';
import type { RatingName } from './scheduler.ts';

/** One counted review of one card (undone reviews are left out before this). */
export interface RatedReview {
  rating: RatingName;
  reviewedAt: Date;
}

/** A review as the optimizer sees it: FSRS rating 1–4 and whole days since the card's previous review. */
export interface TrainingReview {
  rating: 1 | 2 | 3 | 4;
  deltaT: number;
}

/** The reviews of one card up to the one to predict, which is last. */
export type TrainingItem = TrainingReview[];

export interface StudyDay {
  /** IANA zone the student's days are reckoned in. */
  timeZone: string;
  /** Local hour at which a new study day starts. */
  startsAtHour: number;
}

/** Anki's and FSRS's default: reviews before 4 am belong to the evening before. */
export const DAY_STARTS_AT_HOUR = 4;

const FSRS_RATING: Record<RatingName, TrainingReview['rating']> = { AGAIN: 1, HARD: 2, GOOD: 3, EASY: 4 };
const MS_PER_DAY = 86_400_000;
const HOUR_MS = 3_600_000;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatFor(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/** The study day a moment falls on, as a day count since 1970-01-01 (only differences between days matter). */
export function studyDayOf(at: Date, day: StudyDay): number {
  const parts = dateFormatFor(day.timeZone).formatToParts(new Date(at.getTime() - day.startsAtHour * HOUR_MS));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / MS_PER_DAY;
}

/** Training items for the optimizer from per-card histories (see the top of this file for the convention). */
export function trainingItemsFor(histories: readonly (readonly RatedReview[])[], day: StudyDay): TrainingItem[] {
  const items: TrainingItem[] = [];
  for (const history of histories) {
    const ordered = [...history].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const days = ordered.map((review) => studyDayOf(review.reviewedAt, day));
    const reviews = ordered.map((review, index): TrainingReview => ({
      rating: FSRS_RATING[review.rating],
      deltaT: index === 0 ? 0 : Math.max(0, days[index]! - days[index - 1]!),
    }));
    for (let index = 1; index < reviews.length; index += 1) {
      if (reviews[index]!.deltaT > 0) items.push(reviews.slice(0, index + 1));
    }
  }
  return items;
}

/** ts-fsrs's learning configuration, which the fit must assume: the scheduler uses ts-fsrs's defaults. */
const RELEARNING_STEPS = default_relearning_steps.length;
const SHORT_TERM = default_enable_short_term;

export class OptimizerVersionMismatch extends Error {
  override name = 'OptimizerVersionMismatch';
}

/**
 * The optimizer's weights as ts-fsrs takes them. ts-fsrs (FSRS-6) schedules with 21 weights and converts
 * FSRS-4.5's 17 and FSRS-5's 19 itself; any other count means the optimizer speaks a model ts-fsrs does not
 * know, and guessing would schedule nonsense, so it is refused.
 */
export function toSchedulerWeights(fitted: readonly number[]): number[] {
  if (![17, 19, default_w.length].includes(fitted.length)) {
    throw new OptimizerVersionMismatch(
      `The FSRS optimizer returned ${fitted.length} weights; ts-fsrs ${FSRSVersion} schedules with ${default_w.length}. ` +
        'Upgrade @open-spaced-repetition/binding and ts-fsrs together.',
    );
  }
  checkParameters(fitted);
  // fsrs-rs computes in 32-bit floats: beyond 6 decimals is noise, and rounded weights read back from the
  // database exactly as they were stored.
  return migrateParameters(fitted, RELEARNING_STEPS, SHORT_TERM).map((weight) => Math.round(weight * 1e6) / 1e6);
}

export type FitResult =
  | { ok: true; weights: number[]; trainingItems: number }
  /**
   * Too little to learn from: no card was seen again on a later day, or too few cards were for fsrs-rs, which
   * then answers with the default weights (it wants spaced reviews of a few dozen cards).
   */
  | { ok: false; reason: 'notEnoughData' };

const sameAsDefaults = (weights: readonly number[]) => weights.every((weight, index) => Math.abs(weight - default_w[index]!) < 1e-5);

/** Fits FSRS weights to a student's per-card histories. Runs on a worker thread of the native optimizer. */
export async function fitWeights(histories: readonly (readonly RatedReview[])[], day: StudyDay): Promise<FitResult> {
  const items = trainingItemsFor(histories, day);
  if (items.length === 0) return { ok: false, reason: 'notEnoughData' };
  // Loaded on first fit only: pages that merely read the weights in use never load the native module.
  const { computeParameters, FSRSBindingItem, FSRSBindingReview } = await import('@open-spaced-repetition/binding');
  const trainSet = items.map((item) => new FSRSBindingItem(item.map((review) => new FSRSBindingReview(review.rating, review.deltaT))));
  const weights = toSchedulerWeights(await computeParameters(trainSet, { enableShortTerm: SHORT_TERM, numRelearningSteps: RELEARNING_STEPS }));
  if (sameAsDefaults(weights)) return { ok: false, reason: 'notEnoughData' };
  return { ok: true, weights, trainingItems: items.length };
}
