// What a shared phone keeps when the person changes: the outbox and the memories it needs, nothing else.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { memoryToJson } from '../srs/memory-json.ts';
import { newMemory, reviewCard } from '../srs/scheduler.ts';
import { DeviceStore, forgetStudyMemories } from './device-store.ts';

const NOW = new Date('2026-11-25T10:00:00Z');

function rating(cardId: string) {
  const memory = memoryToJson(reviewCard(newMemory(NOW), 'GOOD', NOW).memory);
  return { memory, item: { type: 'review' as const, key: randomUUID(), cardId, rating: 'GOOD' as const, reviewedAt: NOW.toISOString(), durationMs: 900 } };
}

describe('forgetting study memories when the person changes', () => {
  it("removes every student's memories except those of cards whose ratings are still waiting, and keeps the outbox", async () => {
    const name = `test-${randomUUID()}`;
    const store = await DeviceStore.open(name);
    for (const [student, card] of [['aruzhan', 'c1'], ['aruzhan', 'c2'], ['dias', 'c1']] as const) {
      const { memory, item } = rating(card);
      await store.recordRating(student, card, memory, item);
    }
    // Aruzhan's c1 rating reached the server; her c2 and Dias's c1 are still waiting.
    const [sent] = await store.waiting('aruzhan', 1);
    await store.acknowledge([sent!.seq]);
    store.close();

    await forgetStudyMemories(name);

    const after = await DeviceStore.open(name);
    expect(Object.keys(await after.memories('aruzhan'))).toEqual(['c2']);
    expect(Object.keys(await after.memories('dias'))).toEqual(['c1']);
    expect([await after.waitingCount('aruzhan'), await after.waitingCount('dias')]).toEqual([1, 1]);
    await after.acknowledge((await after.waiting('aruzhan', 5)).map((entry) => entry.seq));
    expect(await after.forgetMemoriesNotWaiting()).toBe(1);
    expect(await after.memories('aruzhan')).toEqual({});
    after.close();
  });
});
