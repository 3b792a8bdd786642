// Moving questions in a quiz, pure: the new order of ids, and the positions to write for it. One question or
// several chosen together move the same way, so the editor's buttons and its "with the chosen" bar agree.

export type Direction = 'up' | 'down';
/** One place up or down, or all the way to either end. */
export type BlockDirection = Direction | 'top' | 'bottom';

/** The ids with `id` swapped with its neighbour, or null when it is not there or already at that end. */
export function moveItem(ids: readonly string[], id: string, direction: Direction): string[] | null {
  return ids.includes(id) ? moveItems(ids, [id], direction) : null;
}

/**
 * The ids with the chosen ones moved together, each keeping its place among the others chosen: one place up
 * (or down) for each that can go, the ones already stacked at that end staying put; or all to the top (or
 * bottom), in their order. Null when an id is not there or nothing would change.
 */
export function moveItems(ids: readonly string[], chosen: readonly string[], direction: BlockDirection): string[] | null {
  const picked = new Set(chosen);
  if (picked.size === 0 || [...picked].some((id) => !ids.includes(id))) return null;
  let moved: string[];
  if (direction === 'top' || direction === 'bottom') {
    const block = ids.filter((id) => picked.has(id));
    const rest = ids.filter((id) => !picked.has(id));
    moved = direction === 'top' ? [...block, ...rest] : [...rest, ...block];
  } else {
    // Walking from the end they move towards, each chosen id swaps with an unchosen neighbour; one that meets
    // a chosen neighbour that could not move stays too, so a block at the end keeps its shape.
    moved = direction === 'up' ? [...ids] : [...ids].reverse();
    for (let index = 1; index < moved.length; index++) {
      if (picked.has(moved[index]!) && !picked.has(moved[index - 1]!)) {
        [moved[index - 1], moved[index]] = [moved[index]!, moved[index - 1]!];
      }
    }
    if (direction === 'down') moved.reverse();
  }
  return moved.every((id, index) => id === ids[index]) ? null : moved;
}

/**
 * Positions 0, 1, 2 … in the given order, only for rows whose position changes. Rewriting them all (not just
 * the ones moved) also mends gaps and ties left by archived or older rows.
 */
export function positionChanges(order: readonly string[], current: ReadonlyMap<string, number>): { id: string; position: number }[] {
  return order.flatMap((id, position) => (current.get(id) === position ? [] : [{ id, position }]));
}
