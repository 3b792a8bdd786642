// Scores are stored as DECIMAL(…, 2); every score leaves lib/quiz rounded the same way.

/** Rounds half up to 2 decimals, cleaning binary noise first (1.005 * 100 is 100.49999999999999). */
export function roundScore(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}

export function clampScore(value: number, maxScore: number): number {
  return Math.min(Math.max(roundScore(value), 0), maxScore);
}

/** The share of the points a score is, 0 when there are no points to have. */
export function fractionOf(score: number, maxScore: number): number {
  return maxScore > 0 ? score / maxScore : 0;
}
