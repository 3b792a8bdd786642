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
