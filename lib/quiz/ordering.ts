/**
 * For a student's order given as each item's correct rank, which positions form the longest run of items in the
 * right order relative to each other (a longest increasing subsequence). O(n²), with n at most ITEMS_MAX.
 */
export function longestInOrder(ranks: readonly number[]): boolean[] {
  const length = ranks.map(() => 1);
  const before = ranks.map(() => -1);
  for (let i = 0; i < ranks.length; i++) {
    for (let j = 0; j < i; j++) {
      if (ranks[j]! < ranks[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        before[i] = j;
      }
    }
  }
  const kept = ranks.map(() => false);
  let at = length.indexOf(Math.max(0, ...length));
  while (at >= 0) {
    kept[at] = true;
    at = before[at]!;
  }
  return kept;
}
