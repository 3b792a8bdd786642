// The study screen's sync line as the student sees it: the outbox's status, with the ratings still in flight.
// "All reviews saved" may show only when every rating made has reached the server.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryToJson } from '../srs/memory-json.ts';
import { newMemory } from '../srs/scheduler.ts';
import type { SyncItem } from '../validation/reviews.ts';
import { DeviceStore } from './device-store.ts';
import { OutboxWrites } from './outbox-writes.ts';
import { ReviewSync, shownSyncStatus, type SyncStatus } from './review-sync.ts';

const STUDENT = 'student-1';
const MEMORY = memoryToJson(newMemory(new Date('2026-11-25T10:00:00Z')));
const stores: DeviceStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** A server that stores every review, and answers a request only once the test lets it (when `held`). */
function heldServer() {
  const stored = new Set<string>();
  const state = { held: null as ReturnType<typeof gate> | null, requests: 0, atOnce: 0, mostAtOnce: 0 };
  const fetchImpl = async (_url: string, init: RequestInit) => {
    state.requests += 1;
    state.mostAtOnce = Math.max(state.mostAtOnce, ++state.atOnce);
    const { items } = JSON.parse(String(init.body)) as { items: SyncItem[] };
    await state.held?.opened;
    for (const item of items) stored.add(item.key);
    state.atOnce -= 1;
    return Response.json({ results: items.map((item) => ({ key: item.key, status: 'stored' })), cards: [] });
  };
  return { stored, state, fetchImpl };
}

/** The screen: a device outbox, its sync, the writes in flight, and what the sync line shows after each change. */
async function studyScreen() {
  const store = await DeviceStore.open(`test-${randomUUID()}`);
  stores.push(store);
  const server = heldServer();
  const screen = { status: { kind: 'saved' } as SyncStatus, inFlight: 0, made: 0, shown: [] as SyncStatus[], savedTooEarly: 0 };
  const show = () => {
    const shown = shownSyncStatus(screen.status, screen.inFlight);
    screen.shown.push(shown);
    if (shown.kind === 'saved' && server.stored.size < screen.made) screen.savedTooEarly += 1;
  };
  const sync = new ReviewSync(store, STUDENT, 'device', (status) => ((screen.status = status), show()), server.fetchImpl);
  const writes = new OutboxWrites(
    (count) => ((screen.inFlight = count), show()),
    () => ((screen.status = { kind: 'error', waiting: 1 }), show()),
  );
  /** The student taps a rating; its write to the outbox may be held too. */
  const rate = (cardId: string, held?: Promise<void>) => {
    screen.made += 1;
    const item: SyncItem = { type: 'review', key: randomUUID(), cardId, rating: 'GOOD', reviewedAt: new Date().toISOString(), durationMs: 1000 };
    return writes.add(async () => {
      await held;
      await store.recordRating(STUDENT, cardId, MEMORY, item);
    }, sync);
  };
  const now = () => shownSyncStatus(screen.status, screen.inFlight);
  return { store, server, screen, rate, now, sync };
}

describe('the sync line of the study screen', () => {
  it('does not read saved while the last rating is still being written to the outbox', async () => {
    const { screen, rate, now, server } = await studyScreen();
    await rate('a');
    expect(now()).toEqual({ kind: 'saved' });

    const writing = gate();
    const last = rate('b', writing.opened);
    // The outbox is empty and the sync's last word was "saved", but the rating is not even stored on the device.
    expect(screen.status).toEqual({ kind: 'saved' });
    expect(now()).toEqual({ kind: 'sending', waiting: 1 });
    writing.open();
    await last;
    expect(now()).toEqual({ kind: 'saved' });
    expect(server.stored.size).toBe(2);
    expect(screen.savedTooEarly).toBe(0);
  });

  it('reads saved only once the ratings made while a batch was on its way have reached the server too', async () => {
    const { screen, rate, now, server } = await studyScreen();
    server.state.held = gate();
    const first = rate('a');
    // Wait until the first batch is on its way, then rate twice more.
    while (server.state.requests === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    const more = [rate('b'), rate('c')];
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(now().kind).not.toBe('saved');
    server.state.held.open();
    await Promise.all([first, ...more]);
    expect(server.stored.size).toBe(3);
    expect(now()).toEqual({ kind: 'saved' });
    expect(screen.savedTooEarly).toBe(0);
    expect(server.state.mostAtOnce).toBe(1);
  });

  it('says the write failed when the device refuses it, and the next rating still goes through', async () => {
    const { screen, server, now, store } = await studyScreen();
    const failed = new OutboxWrites(
      (count) => (screen.inFlight = count),
      () => (screen.status = { kind: 'error', waiting: 1 }),
    );
    await failed.add(() => Promise.reject(new Error('QuotaExceededError')), null);
    expect(now()).toEqual({ kind: 'error', waiting: 1 });
    const item: SyncItem = { type: 'review', key: randomUUID(), cardId: 'a', rating: 'GOOD', reviewedAt: new Date().toISOString(), durationMs: 1 };
    await failed.add(() => store.recordRating(STUDENT, 'a', MEMORY, item), null);
    expect(await store.waitingCount(STUDENT)).toBe(1);
    expect(server.stored.size).toBe(0);
  });
});

describe('shownSyncStatus', () => {
  it('turns "saved" into sending while ratings are in flight, and leaves every other status as the outbox says', () => {
    expect(shownSyncStatus({ kind: 'saved' }, 0)).toEqual({ kind: 'saved' });
    expect(shownSyncStatus({ kind: 'saved' }, 2)).toEqual({ kind: 'sending', waiting: 2 });
    expect(shownSyncStatus({ kind: 'offline', waiting: 3 }, 1)).toEqual({ kind: 'offline', waiting: 3 });
    expect(shownSyncStatus({ kind: 'sending', waiting: 4 }, 1)).toEqual({ kind: 'sending', waiting: 4 });
  });
});
