// Predicted recall (FSRS retrievability) computed inside the database, so a dashboard averages it over thousands of
// memories without sending them to JavaScript. It mirrors ts-fsrs's get_retrievability, which lib/srs/scheduler.ts's
// retrievability() calls: t = whole days since the last review, R = (1 + factor·t/S)^−w20 with
// factor = 0.9^(−1/w20) − 1, and 0 for a card never reviewed. recall-sql.db.test.ts checks the two agree.
import { default_w } from 'ts-fsrs';

/** FSRS-6's default forgetting-curve decay (w20), for students without fitted weights. */
export const DEFAULT_DECAY = default_w[20]!;
/** ts-fsrs fills FSRS-4.5 and FSRS-5 fits (17 or 19 weights) with this decay; it clamps w20 into [0.1, 0.8]. */
const FSRS5_DECAY = 0.5;

/**
 * SQL: the decay the student whose id is `studentId` (an SQL expression) forgets with: w20 of their latest fit, as
 * lib/data/fsrs-parameters.ts schedules with it, or the default.
 */
export function studentDecaySql(studentId: string): string {
  return `coalesce((
    SELECT CASE array_length(p."weights", 1) WHEN 21 THEN least(greatest(p."weights"[21], 0.1), 0.8) WHEN 19 THEN ${FSRS5_DECAY} WHEN 17 THEN ${FSRS5_DECAY} END
    FROM "FsrsParameters" p WHERE p."studentId" = ${studentId} ORDER BY p."createdAt" DESC LIMIT 1), ${DEFAULT_DECAY})`;
}

/** SQL: FSRS's curve factor for a decay, 0.9^(−1/decay) − 1; a query over many memories computes it once per student. */
export function curveFactorSql(decay: string): string {
  return `(power(0.9::float8, -1 / (${decay})::float8) - 1)`;
}

/**
 * SQL: the predicted recall, 0..1, of the CardState row aliased `memory` at the timestamptz `at`, for a student
 * whose decay is `decay` (see studentDecaySql) and curve factor `factor` (curveFactorSql of it, by default
 * computed here). Before the last review (a date in the past) counts as 0 days.
 */
export function recallSql(memory: string, at: string, decay: string, factor: string = curveFactorSql(decay)): string {
  const days = `greatest(floor(extract(epoch FROM (${at} - ${memory}."lastReview")) / 86400), 0)::float8`;
  return `(CASE WHEN ${memory}."state" = 'NEW' OR ${memory}."lastReview" IS NULL OR ${memory}."stability" <= 0 THEN 0::float8
    ELSE power(1 + ${factor} * ${days} / ${memory}."stability", -(${decay})::float8) END)`;
}
