// Words for a predicted recall (FSRS retrievability, 0..1), so a screen never says "how well" with colour alone, and
// the count behind "You are likely to remember 8 of 12 concepts". Pure; the recalls come from SQL (recall-sql.ts).

export type RecallBand = 'strong' | 'fading' | 'weak' | 'notStarted';

/** At or above: strong. The default desired retention, so a strong concept is one not yet due for review. */
export const STRONG_RECALL = 0.9;
/** At or above (and below strong): fading. Below: weak. Fading or better counts as likely to be remembered. */
export const LIKELY_RECALL = 0.7;

/** To six places: a recall that is 0.9 up to floating-point error (a card due exactly now) counts as 0.9. */
const settled = (recall: number) => Math.round(recall * 1e6) / 1e6;

/** The band of a concept's predicted recall; null means none of its cards has been studied. */
export function recallBand(recall: number | null): RecallBand {
  if (recall === null) return 'notStarted';
  if (settled(recall) >= STRONG_RECALL) return 'strong';
  if (settled(recall) >= LIKELY_RECALL) return 'fading';
  return 'weak';
}

/** How many of the concepts' recalls are likely to be remembered (fading or strong); not started ones are not. */
export function likelyRemembered(recalls: readonly (number | null)[]): number {
  return recalls.filter((recall) => recallBand(recall) === 'strong' || recallBand(recall) === 'fading').length;
}

/** The whole percent to show, rounded down so that it never reads as the band above (69 %, not 70 %, for a weak 0.6996). */
export function recallPercent(recall: number): number {
  return Math.floor(settled(recall) * 100 + 1e-9);
}
