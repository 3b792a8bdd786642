// Item analysis of one quiz question over the attempts that count, as Moodle's quiz statistics report it: how easy
// the question was (facility), whether students who did well on the rest of the quiz did better on it
// (discrimination), how often each choice was picked, and the time spent. Pure: the rows come from the database.

/** One counted attempt, as item analysis needs it. */
export interface ItemResponse {
  /** The question's score in this attempt, 0..max. */
  score: number;
  /** The attempt's score on the whole quiz (this question included). */
  total: number;
  /** Choices picked, as indexes of the stored choices (choice questions only). */
  choices?: readonly number[];
  timeSpentMs?: number | null;
}

export interface ItemStatistics {
  attempts: number;
  /** Mean score as a share of the question's points, 0..1; null without attempts. */
  facility: number | null;
  /**
   * Pearson correlation of the question's score with the score on the rest of the quiz (Moodle's "discrimination
   * index"), -1..1; null when either side does not vary (nothing to correlate) or with fewer than 3 attempts.
   */
  discriminationIndex: number | null;
  /** Facility in the top 27 % by total minus facility in the bottom 27 % (the classic upper–lower index); null below 4 attempts. */
  upperLower: number | null;
  /** How many attempts picked each stored choice (choice questions), by index. */
  choicePicks: number[];
  averageTimeMs: number | null;
  /** Whether there are enough attempts (ITEM_MIN_ATTEMPTS) to flag facility and discrimination. */
  enough: { facility: boolean; discrimination: boolean };
  /** Only from enough attempts: a flag from a handful of answers is noise. */
  flags: ItemFlag[];
}

export type ItemFlag = 'tooEasy' | 'tooHard' | 'negativeDiscrimination' | 'weakDiscrimination';

/** Thresholds, as commonly used for classroom tests (and Moodle's colouring). */
export const ITEM_THRESHOLDS = { tooEasy: 0.9, tooHard: 0.2, weakDiscrimination: 0.2, groupShare: 0.27 } as const;

/**
 * Attempts needed before a question is flagged. With 7 attempts one lucky answer moves facility by 14 points, and a
 * correlation from fewer than 20 pairs is mostly noise (its standard error is about 1/√n: ±0.22 at 20), so below
 * these the numbers show with "not enough answers yet" and no flag.
 */
export const ITEM_MIN_ATTEMPTS = { facility: 10, discrimination: 20 } as const;

const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

/** Pearson correlation; null when either list does not vary. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const mx = mean(xs);
  const my = mean(ys);
  if (mx === null || my === null || xs.length !== ys.length) return null;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, index) => {
    const dx = x - mx;
    const dy = ys[index]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  // Scores are sums of decimals: treat a spread below rounding as none.
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

export function analyseItem(responses: readonly ItemResponse[], maxPoints: number, choiceCount = 0): ItemStatistics {
  const shares = responses.map((response) => (maxPoints > 0 ? response.score / maxPoints : 0));
  const facility = mean(shares);
  const rest = responses.map((response) => response.total - response.score);
  const discriminationIndex = responses.length >= 3 ? correlation(shares, rest) : null;

  let upperLower: number | null = null;
  if (responses.length >= 4) {
    const size = Math.max(1, Math.round(responses.length * ITEM_THRESHOLDS.groupShare));
    // Ties in the total are broken by position, so the groups never overlap.
    const byTotal = responses.map((response, index) => ({ total: response.total, share: shares[index]! })).sort((a, b) => a.total - b.total);
    upperLower = mean(byTotal.slice(-size).map((entry) => entry.share))! - mean(byTotal.slice(0, size).map((entry) => entry.share))!;
  }

  const choicePicks = Array.from({ length: choiceCount }, () => 0);
  for (const response of responses) for (const choice of response.choices ?? []) if (choice >= 0 && choice < choiceCount) choicePicks[choice]! += 1;

  const times = responses.flatMap((response) => (typeof response.timeSpentMs === 'number' ? [response.timeSpentMs] : []));
  const enough = { facility: responses.length >= ITEM_MIN_ATTEMPTS.facility, discrimination: responses.length >= ITEM_MIN_ATTEMPTS.discrimination };
  const flags: ItemFlag[] = [];
  if (enough.facility && facility !== null && facility >= ITEM_THRESHOLDS.tooEasy) flags.push('tooEasy');
  if (enough.facility && facility !== null && facility <= ITEM_THRESHOLDS.tooHard) flags.push('tooHard');
  if (enough.discrimination && discriminationIndex !== null && discriminationIndex < 0) flags.push('negativeDiscrimination');
  else if (enough.discrimination && discriminationIndex !== null && discriminationIndex < ITEM_THRESHOLDS.weakDiscrimination) flags.push('weakDiscrimination');
  return { attempts: responses.length, facility, discriminationIndex, upperLower, choicePicks, averageTimeMs: mean(times), enough, flags };
}
