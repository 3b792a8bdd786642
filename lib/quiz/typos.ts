// Typo tolerance for short answers and blanks, when the teacher turns it on. Fixed, small allowances keep it
// predictable for teachers and students: a typo is one letter wrong, missing, extra, or two neighbours swapped
// (Damerau's four kinds, so "recieve" is one typo, not two).

/**
 * How many typos an accepted answer allows, by its length in characters once normalised (spaces and
 * punctuation removed): none below 5, where one letter often makes another word ("cat"/"car"), 1 from 5, 2 from 10.
 */
export function typoAllowance(comparable: string): number {
  const length = [...comparable].length;
  return length >= 10 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * The optimal-string-alignment distance between two strings, counted in code points (so Kazakh letters and
 * emoji count once), or `limit + 1` as soon as it is certain to exceed `limit`.
 */
export function typoDistance(a: string, b: string, limit: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  // Three rows of the dynamic-programming table: two back (for swaps), the previous, the current.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= t.length; j++) {
      const substitution = s[i - 1] === t[j - 1] ? 0 : 1;
      let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + substitution);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) cost = Math.min(cost, beforePrevious[j - 2]! + 1);
      current.push(cost);
      rowMinimum = Math.min(rowMinimum, cost);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[t.length]!, limit + 1);
}

const digitsOf = (text: string) => text.replace(/\P{Nd}/gu, '');

/**
 * Whether `response` is `accepted` give or take the typos its length allows. Digits must match exactly:
 * "1991" for "1992", or "12 June 1991" for "12 June 1992", is a wrong answer, not a typo.
 */
export function withinTypoAllowance(response: string, accepted: string): boolean {
  const allowance = typoAllowance(accepted);
  if (allowance === 0 || digitsOf(response) !== digitsOf(accepted)) return false;
  return typoDistance(response, accepted, allowance) <= allowance;
}
