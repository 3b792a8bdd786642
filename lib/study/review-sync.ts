// Sends the outbox to POST /api/reviews/sync, one batch at a time and in order, and forgets an item only once
// the server has answered for it. A failed request leaves everything in place and tries again later, when the
// browser comes back online, or when the student rates the next card; the server's idempotency keys make a
// batch that was stored but whose answer got lost harmless to send again.
import type { SyncOutcome } from '../data/reviews.ts';
import type { DeviceStore } from './device-store.ts';

export type SyncStatus =
  | { kind: 'saved' }
  | { kind: 'sending'; waiting: number }
  | { kind: 'offline'; waiting: number }
  | { kind: 'signed-out'; waiting: number }
  | { kind: 'error'; waiting: number };

/**
 * What the study screen says, given the outbox's status and how many ratings (and undos) are in flight: not yet
 * written to the outbox, or written and their send not finished (outbox-writes.ts). The outbox reads empty, so
 * "saved", while the last rating is still being written to it: that must read as sending, or a student who leaves
 * at once believes it was kept.
 */
export function shownSyncStatus(status: SyncStatus, inFlight: number): SyncStatus {
  if (inFlight <= 0 || status.kind !== 'saved') return status;
  return { kind: 'sending', waiting: inFlight };
}

export const SYNC_URL = '/api/reviews/sync';
const BATCH_SIZE = 100;
const RETRY_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export class ReviewSync {
  /** The send on its way, and the one asked for while it was: never two at once. */
  private run: Promise<void> | null = null;
  private followUp: Promise<void> | null = null;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly store: DeviceStore,
    private readonly studentId: string,
    private readonly deviceId: string,
    private readonly onStatus: (status: SyncStatus) => void,
    private readonly fetchImpl: Fetch = (url, init) => fetch(url, init),
    /** Told how many items the server refused (a card removed from the deck meanwhile): they cannot be stored. */
    private readonly onRejected: (count: number) => void = () => {},
  ) {}

  /** Whether a batch is on its way: an undo then cannot take its review out of the outbox. */
  get busy(): boolean {
    return this.run !== null;
  }

  /**
   * Sends what is waiting, now or right after the send already on its way. Settles once a send that began after
   * the call has finished: what the outbox held at the call is then saved, or its status says why not.
   */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.followUp) return this.followUp;
    if (!this.run) return this.start();
    this.followUp = this.run
      .catch(() => {})
      .then(() => {
        this.followUp = null;
        return this.start();
      });
    return this.followUp;
  }

  private start(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.clearRetry();
    const run = this.sendAll().finally(() => {
      this.run = null;
    });
    this.run = run;
    return run;
  }

  stop(): void {
    this.stopped = true;
    this.clearRetry();
  }

  private async sendAll(): Promise<void> {
    for (;;) {
      const batch = await this.store.waiting(this.studentId, BATCH_SIZE);
      if (batch.length === 0) {
        this.failures = 0;
        this.onStatus({ kind: 'saved' });
        return;
      }
      this.onStatus({ kind: 'sending', waiting: await this.store.waitingCount(this.studentId) });
      let response: Response;
      try {
        response = await this.fetchImpl(SYNC_URL, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify({ deviceId: this.deviceId, items: batch.map((entry) => entry.item) }),
        });
      } catch {
        return this.failed('offline');
      }
      if (response.status === 401) return this.failed('signed-out');
      const outcome = response.ok ? await readOutcome(response) : null;
      if (!outcome || outcome.results.length !== batch.length) return this.failed('error');
      await this.store.acknowledge(batch.map((entry) => entry.seq));
      await this.store.adoptServerMemories(this.studentId, outcome.cards);
      const rejected = outcome.results.filter((result) => result.status === 'rejected').length;
      if (rejected > 0) this.onRejected(rejected);
    }
  }

  private async failed(kind: 'offline' | 'signed-out' | 'error'): Promise<void> {
    this.onStatus({ kind, waiting: await this.store.waitingCount(this.studentId) });
    // Signed out: nothing to retry until the student signs in again, which reloads the page.
    if (kind === 'signed-out' || this.stopped) return;
    const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)]!;
    this.failures += 1;
    this.retryTimer = setTimeout(() => void this.flush(), delay);
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}

async function readOutcome(response: Response): Promise<SyncOutcome | null> {
  try {
    const body = (await response.json()) as Partial<SyncOutcome>;
    return Array.isArray(body.results) && Array.isArray(body.cards) ? (body as SyncOutcome) : null;
  } catch {
    return null;
  }
}
