// How well a student knows a concept, in words as well as numbers: the dashboards show the band beside the percent
// so that colour is never the only cue. Thresholds follow FSRS's default desired retention: at 0.9 or above a
// card is as strong as the schedule aims for; below 0.7 most students would fail it.

export type MasteryBand = 'strong' | 'fading' | 'weak' | 'notStarted';

export const MASTERY_THRESHOLDS = { strong: 0.9, weak: 0.7 } as const;

/** The band of a predicted recall 0..1; null (nothing studied yet) is "not started". */
export function masteryBand(recall: number | null): MasteryBand {
  if (recall === null) return 'notStarted';
  if (recall >= MASTERY_THRESHOLDS.strong) return 'strong';
  if (recall >= MASTERY_THRESHOLDS.weak) return 'fading';
  return 'weak';
}

/**
 * The columns of a concept grid to show when it is wider than `limit`: the `limit` concepts with the lowest class
 * recall (never studied counts lowest), kept in their own order. All of them when there are no more than `limit`.
 */
export function weakestColumns(classRecall: readonly (number | null)[], limit: number): number[] {
  const all = classRecall.map((_, index) => index);
  if (classRecall.length <= limit) return all;
  const rank = (index: number) => classRecall[index] ?? -1;
  return all
    .sort((a, b) => rank(a) - rank(b) || a - b)
    .slice(0, limit)
    .sort((a, b) => a - b);
}
