// The device's outbox and its sync, against an in-memory IndexedDB and a pretend server that stores each key once.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryToJson } from '../srs/memory-json.ts';
import { newMemory, reviewCard } from '../srs/scheduler.ts';
import type { SyncItem } from '../validation/reviews.ts';
import { DeviceStore } from './device-store.ts';
import { ReviewSync, type SyncStatus } from './review-sync.ts';

const NOW = new Date('2026-11-25T10:00:00Z');
const STUDENT = 'student-1';
const stores: DeviceStore[] = [];

async function openStore(): Promise<DeviceStore> {
  const store = await DeviceStore.open(`test-${randomUUID()}`);
  stores.push(store);
  return store;
}
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function rating(cardId: string, minute: number) {
  const at = new Date(NOW.getTime() + minute * 60_000);
  const memory = memoryToJson(reviewCard(newMemory(NOW), 'GOOD', at).memory);
  const item: SyncItem = { type: 'review', key: randomUUID(), cardId, rating: 'GOOD', reviewedAt: at.toISOString(), durationMs: 1000 };
  return { memory, item };
}

/** A server that stores each key once, answers like /api/reviews/sync, and can be made to fail. */
function pretendServer() {
  const stored = new Map<string, SyncItem>();
  const state = { down: false, loseAnswers: false, status: 200, requests: 0 };
  const fetchImpl = vi.fn(async (_url: string, init: RequestInit) => {
    state.requests += 1;
    if (state.down) throw new TypeError('Failed to fetch');
    if (state.status !== 200) return new Response('{}', { status: state.status });
    const { items } = JSON.parse(String(init.body)) as { items: SyncItem[] };
    const results = items.map((item) => {
      if (item.type === 'undo') {
        const target = stored.get(item.reviewKey);
        if (!target) return { key: item.key, status: 'rejected', reason: 'review-not-found' };
        stored.delete(item.reviewKey);
        return { key: item.key, status: 'stored' };
      }
      if (stored.has(item.key)) return { key: item.key, status: 'duplicate' };
      stored.set(item.key, item);
      return { key: item.key, status: 'stored' };
    });
    if (state.loseAnswers) throw new TypeError('The connection dropped before the answer arrived');
    return Response.json({ results, cards: [] });
  });
  return { stored, state, fetchImpl };
}

function statusLog() {
  const seen: SyncStatus[] = [];
  return { seen, onStatus: (status: SyncStatus) => seen.push(status), last: () => seen.at(-1) };
}

describe('the device outbox and its sync', () => {
  it('sends ratings in the order they were made and then says everything is saved', async () => {
    const store = await openStore();
    const server = pretendServer();
    const status = statusLog();
    const sync = new ReviewSync(store, STUDENT, 'device', status.onStatus, server.fetchImpl);
    const ratings = [rating('a', 1), rating('b', 2), rating('a', 3)];
    for (const r of ratings) await store.recordRating(STUDENT, r.item.type === 'review' ? r.item.cardId : '', r.memory, r.item);

    await sync.flush();
    expect([...server.stored.keys()]).toEqual(ratings.map((r) => r.item.key));
    expect(await store.waitingCount(STUDENT)).toBe(0);
    expect(status.last()).toEqual({ kind: 'saved' });
    expect((await store.memories(STUDENT)).a).toEqual(ratings[2]!.memory);
  });

  it('keeps ratings made offline across a reload, says how many wait, and sends them when the network is back', async () => {
    const name = `reload-${randomUUID()}`;
    const before = await DeviceStore.open(name);
    const server = pretendServer();
    const status = statusLog();
    server.state.down = true;
    const offline = new ReviewSync(before, STUDENT, 'device', status.onStatus, server.fetchImpl);
    for (const [i, card] of ['a', 'b', 'c'].entries()) {
      const r = rating(card, i);
      await before.recordRating(STUDENT, card, r.memory, r.item);
    }
    await offline.flush();
    offline.stop();
    expect(status.last()).toEqual({ kind: 'offline', waiting: 3 });
    expect(server.stored.size).toBe(0);
    before.close();

    // The page reloads: a new store on the same database finds the three ratings and sends them.
    const after = await DeviceStore.open(name);
    stores.push(after);
    server.state.down = false;
    await new ReviewSync(after, STUDENT, 'device', status.onStatus, server.fetchImpl).flush();
    expect(server.stored.size).toBe(3);
    expect(status.last()).toEqual({ kind: 'saved' });
    expect(Object.keys(await after.memories(STUDENT)).sort()).toEqual(['a', 'b', 'c']);
  });

  it('a flush asked while a batch is on its way settles only once a send that began after it has finished', async () => {
    const store = await openStore();
    const server = pretendServer();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requests = 0;
    const fetchImpl = async (url: string, init: RequestInit) => {
      requests += 1;
      await held;
      return server.fetchImpl(url, init);
    };
    const status = statusLog();
    const sync = new ReviewSync(store, STUDENT, 'device', status.onStatus, fetchImpl);
    const first = rating('a', 1);
    await store.recordRating(STUDENT, 'a', first.memory, first.item);
    const sending = sync.flush();
    while (requests === 0) await new Promise((resolve) => setTimeout(resolve, 1));

    const later = rating('b', 2);
    await store.recordRating(STUDENT, 'b', later.memory, later.item);
    let settled = false;
    const asked = sync.flush().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(settled).toBe(false);
    expect(sync.busy).toBe(true);
    release();
    await Promise.all([sending, asked]);
    expect(server.stored.has(later.item.key)).toBe(true);
    expect(status.last()).toEqual({ kind: 'saved' });
    expect(sync.busy).toBe(false);
  });

  it('sends a batch again when its answer was lost, and the server stores it once', async () => {
    const store = await openStore();
    const server = pretendServer();
    const sync = new ReviewSync(store, STUDENT, 'device', () => {}, server.fetchImpl);
    const r = rating('a', 1);
    await store.recordRating(STUDENT, 'a', r.memory, r.item);
    server.state.loseAnswers = true;
    await sync.flush();
    expect(await store.waitingCount(STUDENT)).toBe(1);
    server.state.loseAnswers = false;
    await sync.flush();
    expect(await store.waitingCount(STUDENT)).toBe(0);
    expect(server.stored.size).toBe(1);
    sync.stop();
  });

  it('keeps everything when the server fails or the student is signed out', async () => {
    const store = await openStore();
    const server = pretendServer();
    const status = statusLog();
    const sync = new ReviewSync(store, STUDENT, 'device', status.onStatus, server.fetchImpl);
    const r = rating('a', 1);
    await store.recordRating(STUDENT, 'a', r.memory, r.item);
    server.state.status = 500;
    await sync.flush();
    expect(status.last()).toEqual({ kind: 'error', waiting: 1 });
    server.state.status = 401;
    await sync.flush();
    expect(status.last()).toEqual({ kind: 'signed-out', waiting: 1 });
    expect(await store.waitingCount(STUDENT)).toBe(1);
    sync.stop();
  });

  it("never sends another student's waiting reviews", async () => {
    const store = await openStore();
    const server = pretendServer();
    const theirs = rating('a', 1);
    const mine = rating('a', 2);
    await store.recordRating('someone-else', 'a', theirs.memory, theirs.item);
    await store.recordRating(STUDENT, 'a', mine.memory, mine.item);
    await new ReviewSync(store, STUDENT, 'device', () => {}, server.fetchImpl).flush();
    expect([...server.stored.keys()]).toEqual([mine.item.key]);
    expect(await store.waitingCount('someone-else')).toBe(1);
    expect((await store.memories('someone-else')).a).toEqual(theirs.memory);
  });

  it('undo takes a waiting review out of the outbox; once sent, it sends an undo instead', async () => {
    const store = await openStore();
    const server = pretendServer();
    const sync = new ReviewSync(store, STUDENT, 'device', () => {}, server.fetchImpl);
    const before = memoryToJson(newMemory(NOW));
    const waiting = rating('a', 1);
    await store.recordRating(STUDENT, 'a', waiting.memory, waiting.item);
    expect(await store.recordUndo(STUDENT, 'a', before, waiting.item.key, !sync.busy)).toBe('removed');
    expect(await store.waitingCount(STUDENT)).toBe(0);
    expect((await store.memories(STUDENT)).a).toEqual(before);

    const sent = rating('b', 2);
    await store.recordRating(STUDENT, 'b', sent.memory, sent.item);
    await sync.flush();
    expect(server.stored.has(sent.item.key)).toBe(true);
    expect(await store.recordUndo(STUDENT, 'b', before, sent.item.key, !sync.busy)).toBe('queued');
    await sync.flush();
    expect(server.stored.has(sent.item.key)).toBe(false);
    expect(await store.waitingCount(STUDENT)).toBe(0);
  });

  it('takes the server memory of a card unless the device still has items for it', async () => {
    const store = await openStore();
    const local = rating('a', 1);
    await store.recordRating(STUDENT, 'a', local.memory, local.item);
    const fromServer = memoryToJson(reviewCard(newMemory(NOW), 'EASY', new Date(NOW.getTime() + 5 * 60_000)).memory);
    await store.adoptServerMemories(STUDENT, [
      { cardId: 'a', memory: fromServer },
      { cardId: 'b', memory: fromServer },
    ]);
    const memories = await store.memories(STUDENT);
    expect(memories.a).toEqual(local.memory);
    expect(memories.b).toEqual(fromServer);
  });

  it('gives the browser one device id and keeps it', async () => {
    const store = await openStore();
    const id = await store.deviceId();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await store.deviceId()).toBe(id);
  });
});
