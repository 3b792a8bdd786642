// How well a student knows a concept, in words as well as numbers: the dashboards show the band beside the percent
// so that colour is never the only cue. Thresholds follow FSRS's default desired retention: at 0.9 or above a
// card is as strong as the schedule aims for; below 0.7 most students would fail it.

export type MasteryBand = 'strong' | 'fading' | 'weak' | 'notStarted';

export const MASTERY_THRESHOLDS = { strong: 0.9, weak: 0.7 } as const;

/** To six places: a recall that is 0.9 up to floating-point error (a card due exactly now) counts as 0.9. */
const settled = (recall: number) => Math.round(recall * 1e6) / 1e6;

/** The band of a predicted recall 0..1; null (nothing studied yet) is "not started". */
export function masteryBand(recall: number | null): MasteryBand {
  if (recall === null) return 'notStarted';
  if (settled(recall) >= MASTERY_THRESHOLDS.strong) return 'strong';
  if (settled(recall) >= MASTERY_THRESHOLDS.weak) return 'fading';
  return 'weak';
}

/** How many concepts, by their predicted recall, a student is likely to remember: strong or fading ones. */
export function likelyRemembered(recalls: readonly (number | null)[]): number {
  return recalls.filter((recall) => masteryBand(recall) === 'strong' || masteryBand(recall) === 'fading').length;
}

/** The whole percent to show, rounded down so that it never reads as the band above (69 %, not 70 %, for a weak 0.6996). */
export function recallPercent(recall: number): number {
  return Math.floor(settled(recall) * 100 + 1e-9);
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
