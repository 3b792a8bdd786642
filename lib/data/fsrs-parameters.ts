// A student's FSRS weights: the defaults until they have reviewed enough, then weights fitted to their own
// history (lib/srs/optimize.ts), refitted as the history grows. The study queue and the review sync schedule with
// personalWeights(); the sync calls refitIfDue() after storing reviews; the student's page shows parametersInUse(). Both take a student id, not an
// actor: their callers have already checked who is asking.
import { default_w } from 'ts-fsrs';
import type { Actor } from '../access/actor.ts';
import { requireStudent } from '../access/guards.ts';
import type { Db } from '../db/client.ts';
import { DAY_STARTS_AT_HOUR, fitWeights, toSchedulerWeights, type RatedReview } from '../srs/optimize.ts';
import { listStudySettingsForStudent, type StudentStudySettings } from './classes.ts';
import { studentTimeZone } from './time-zone.ts';
import type { Tx } from './transaction.ts';

/** Below a few hundred reviews a fit is mostly noise and FSRS's defaults predict a student better. */
export const MIN_REVIEWS_FOR_OPTIMIZER = 400;
/** Refit once the student has this many times the reviews of the last fit: often enough to follow them, not on every sync. */
export const REFIT_GROWTH = 1.2;

export interface ParametersInUse {
  source: 'default' | 'personal';
  weights: number[];
  /** For personal weights, the reviews the fit used; for the defaults, the student's counted reviews so far. */
  reviewCount: number;
  fittedAt: Date | null;
}

/** Reviews that count: every rating the student did not undo. */
const countedReviews = (db: Db, studentId: string) => db.reviewLog.count({ where: { studentId, undoneAt: null } });

const latestFit = (db: Db | Tx, studentId: string) =>
  db.fsrsParameters.findFirst({ where: { studentId }, orderBy: { createdAt: 'desc' }, select: { weights: true, reviewCount: true, createdAt: true } });

/** Weights stored by an older optimizer that ts-fsrs can no longer read are ignored, not scheduled with. */
export function usableWeights(weights: readonly number[]): number[] | null {
  try {
    return toSchedulerWeights(weights);
  } catch {
    return null;
  }
}

/** The weights to schedule the student with: their own fit, or null for the FSRS defaults. */
export async function personalWeights(db: Db | Tx, studentId: string): Promise<number[] | null> {
  const fit = await latestFit(db, studentId);
  return fit && usableWeights(fit.weights);
}

export async function parametersInUse(db: Db, studentId: string): Promise<ParametersInUse> {
  const fit = await latestFit(db, studentId);
  const weights = fit && usableWeights(fit.weights);
  if (fit && weights) return { source: 'personal', weights, reviewCount: fit.reviewCount, fittedAt: fit.createdAt };
  return { source: 'default', weights: [...default_w], reviewCount: await countedReviews(db, studentId), fittedAt: null };
}

/** The review count at which the next fit happens. */
export function nextFitAt(lastFitReviewCount: number | null): number {
  return lastFitReviewCount === null ? MIN_REVIEWS_FOR_OPTIMIZER : Math.max(MIN_REVIEWS_FOR_OPTIMIZER, Math.ceil(lastFitReviewCount * REFIT_GROWTH));
}

export type RefitOutcome =
  | { status: 'fitted'; reviewCount: number; weights: number[] }
  | {
      status: 'skipped';
      /**
       * tooFewReviews: below the minimum; upToDate: not enough new reviews since the last fit; notEnoughData: the
       * optimizer found too few cards seen again on a later day and kept the defaults (tried again next time).
       */
      reason: 'tooFewReviews' | 'upToDate' | 'notEnoughData';
      reviewCount: number;
    };

/** Stored reviews between two looks at whether a refit is due: looking costs two queries, too many for every sync. */
export const REFIT_CHECK_EVERY = 25;
const storedSinceCheck = new Map<string, number>();

/** Whether the sync that just stored `stored` reviews should ask refitIfDue (the first sync in a process always does). */
export function refitCheckDue(studentId: string, stored: number): boolean {
  const count = (storedSinceCheck.get(studentId) ?? REFIT_CHECK_EVERY) + stored;
  storedSinceCheck.set(studentId, count >= REFIT_CHECK_EVERY ? 0 : count);
  return count >= REFIT_CHECK_EVERY;
}

/** One fit per student at a time in this process: syncs arriving together share it. */
const fitsRunning = new Map<string, Promise<RefitOutcome>>();
/**
 * The review count at which the optimizer last kept its defaults for a student (too few cards seen on later days):
 * it is not asked again until the history has grown by a tenth, rather than after every sync.
 */
const keptDefaultsAt = new Map<string, number>();

/** Fits and stores new weights when the student has enough reviews and enough new ones since the last fit. */
export function refitIfDue(db: Db, studentId: string, now: Date): Promise<RefitOutcome> {
  let running = fitsRunning.get(studentId);
  if (!running) {
    running = refit(db, studentId, now).finally(() => fitsRunning.delete(studentId));
    fitsRunning.set(studentId, running);
  }
  return running;
}

async function refit(db: Db, studentId: string, now: Date): Promise<RefitOutcome> {
  const [count, last] = await Promise.all([countedReviews(db, studentId), latestFit(db, studentId)]);
  if (count < MIN_REVIEWS_FOR_OPTIMIZER) return { status: 'skipped', reason: 'tooFewReviews', reviewCount: count };
  if (count < nextFitAt(last?.reviewCount ?? null)) return { status: 'skipped', reason: 'upToDate', reviewCount: count };
  const triedAt = keptDefaultsAt.get(studentId);
  if (triedAt !== undefined && count < triedAt * 1.1) return { status: 'skipped', reason: 'notEnoughData', reviewCount: count };

  const [reviews, timeZone] = await Promise.all([
    db.reviewLog.findMany({
      where: { studentId, undoneAt: null },
      orderBy: [{ cardId: 'asc' }, { reviewedAt: 'asc' }],
      select: { cardId: true, rating: true, reviewedAt: true },
    }),
    studentTimeZone(db, studentId),
  ]);
  const histories = new Map<string, RatedReview[]>();
  for (const { cardId, rating, reviewedAt } of reviews) {
    let history = histories.get(cardId);
    if (!history) histories.set(cardId, (history = []));
    history.push({ rating, reviewedAt });
  }

  const fit = await fitWeights([...histories.values()], { timeZone, startsAtHour: DAY_STARTS_AT_HOUR });
  if (!fit.ok) {
    keptDefaultsAt.set(studentId, reviews.length);
    return { status: 'skipped', reason: fit.reason, reviewCount: reviews.length };
  }
  keptDefaultsAt.delete(studentId);
  // Another server process may have fitted the same history meanwhile.
  const newest = await latestFit(db, studentId);
  if (newest && newest.reviewCount >= reviews.length) return { status: 'skipped', reason: 'upToDate', reviewCount: reviews.length };
  await db.fsrsParameters.create({ data: { studentId, weights: fit.weights, reviewCount: reviews.length, createdAt: now } });
  return { status: 'fitted', reviewCount: reviews.length, weights: fit.weights };
}


export interface MemoryOverview {
  parameters: ParametersInUse;
  /** Counted reviews now, and the count at which the next fit happens. */
  reviewCount: number;
  nextFitAt: number;
  classes: StudentStudySettings[];
}

/** What the student's "How Parta schedules your cards" page shows. */
export async function memoryOverviewForStudent(db: Db, actor: Actor): Promise<MemoryOverview> {
  requireStudent(actor);
  const [parameters, reviewCount, classes] = await Promise.all([
    parametersInUse(db, actor.id),
    countedReviews(db, actor.id),
    listStudySettingsForStudent(db, actor),
  ]);
  return {
    parameters,
    reviewCount,
    nextFitAt: nextFitAt(parameters.source === 'personal' ? parameters.reviewCount : null),
    classes,
  };
}
