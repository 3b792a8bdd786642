// A card's memory as it travels: to the browser inside the study page, into IndexedDB, and back. Dates become
// ISO strings; everything else is already plain.
import type { Memory } from './scheduler.ts';

export type MemoryJson = Omit<Memory, 'due' | 'lastReview'> & { due: string; lastReview: string | null };

export function memoryToJson(memory: Memory): MemoryJson {
  return { ...memory, due: memory.due.toISOString(), lastReview: memory.lastReview?.toISOString() ?? null };
}

export function memoryFromJson(json: MemoryJson): Memory {
  return { ...json, due: new Date(json.due), lastReview: json.lastReview === null ? null : new Date(json.lastReview) };
}

/** The later of two memories of one card: the one reviewed last. A card never reviewed is older than any review. */
export function laterMemory(a: Memory, b: Memory): Memory {
  const at = a.lastReview?.getTime() ?? -Infinity;
  const bt = b.lastReview?.getTime() ?? -Infinity;
  return bt > at ? b : a;
}
