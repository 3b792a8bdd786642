// Moving one question up or down a quiz, pure: the new order of ids, and the positions to write for it.

export type Direction = 'up' | 'down';

/** The ids with `id` swapped with its neighbour, or null when it is not there or already at that end. */
export function moveItem(ids: readonly string[], id: string, direction: Direction): string[] | null {
  const from = ids.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= ids.length) return null;
  const moved = [...ids];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}

/**
 * Positions 0, 1, 2 … in the given order, only for rows whose position changes. Rewriting them all (not just
 * the two swapped) also mends gaps and ties left by archived or older rows.
 */
export function positionChanges(order: readonly string[], current: ReadonlyMap<string, number>): { id: string; position: number }[] {
  return order.flatMap((id, position) => (current.get(id) === position ? [] : [{ id, position }]));
}
