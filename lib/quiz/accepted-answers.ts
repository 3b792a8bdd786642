import { comparableAnswer } from './normalize.ts';
import { withinTypoAllowance } from './typos.ts';

/** How a typed answer matched: equal to an accepted one once normalised, within the typo allowance, or not at all. */
export type AnswerMatch = 'exact' | 'typo' | 'none' | 'empty';

export function matchAcceptedAnswer(response: string, accepted: readonly string[], typoTolerance: boolean): AnswerMatch {
  const given = comparableAnswer(response);
  if (given === '') return 'empty';
  const keys = accepted.map(comparableAnswer);
  if (keys.includes(given)) return 'exact';
  return typoTolerance && keys.some((key) => withinTypoAllowance(given, key)) ? 'typo' : 'none';
}
