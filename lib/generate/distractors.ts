// Wrong answers that are plausible because they come from the same text and are the same kind of thing:
// other terms (preferring ones with the same head noun: "multi-party system" for "political system"), other
// years for a year, other concepts for a list member.
import type { RankedConcept } from './concepts.ts';
import { hashString } from './deterministic.ts';
import { everydayWordAnswer } from './quality/checks.ts';
import { comparable, containsForm } from './wording.ts';

/** Up to `count` other concepts' terms that could be mistaken for `concept`'s, most similar first. */
export function termDistractors(
  concept: RankedConcept,
  concepts: readonly RankedConcept[],
  count: number,
  options: { avoidIn?: string; sameNumber?: boolean } = {},
): RankedConcept[] {
  const ownWords = new Set(concept.key.split(' '));
  const candidates = concepts.filter((other) => {
    if (other.key === concept.key || other.kind !== 'term') return false;
    if (comparable(other.term) === comparable(concept.term)) return false;
    // "party" is no distractor for "political party": one contains the other.
    if (` ${other.key} `.includes(` ${concept.key} `) || ` ${concept.key} `.includes(` ${other.key} `)) return false;
    if (options.avoidIn && containsForm(options.avoidIn, other.forms)) return false;
    if (options.sameNumber && other.plural !== concept.plural) return false;
    // "Tube", "Pizza" beside "Anaerobic chamber": an everyday word stands out as no term of the subject, so it
    // is a wrong answer no student picks; only a term that is itself an everyday word is matched by one.
    if (everydayWordAnswer(other.term) && !everydayWordAnswer(concept.term)) return false;
    return true;
  });
  const similarity = (other: RankedConcept) => {
    const shared = other.key.split(' ').filter((word) => ownWords.has(word) && word !== 'of').length;
    return (
      (other.head === concept.head ? 3 : 0) +
      shared +
      (other.plural === concept.plural ? 1 : 0) +
      (Math.abs(other.words - concept.words) <= 1 ? 0.5 : 0) +
      (other.definition ? 0.5 : 0)
    );
  };
  return candidates
    .map((other) => ({ other, value: similarity(other), tie: hashString(`${concept.key}|${other.key}`) }))
    .sort((a, b) => b.value - a.value || b.other.score - a.other.score || a.tie - b.tie)
    .slice(0, count)
    .map(({ other }) => other);
}

/** Other years for a date question: years the text mentions, else years near the right one. */
export function yearDistractors(year: number, textYears: readonly number[], count: number): number[] {
  const others = [...new Set(textYears.filter((other) => other !== year))].sort((a, b) => Math.abs(a - year) - Math.abs(b - year));
  const offsets = [-5, 5, -3, 3, -10, 8, -2, 2, 15];
  const start = hashString(String(year)) % offsets.length;
  const near = offsets.map((_, i) => year + offsets[(start + i) % offsets.length]!).filter((candidate) => candidate > 0 && candidate < 2100);
  return [...new Set([...others, ...near])].filter((candidate) => candidate !== year).slice(0, count);
}
