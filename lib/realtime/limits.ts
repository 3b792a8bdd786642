// The realtime channel's two rate limits, pure apart from the Map that remembers addresses:
// - connection attempts per address, so one machine cannot make the server decode cookies and query sessions
//   without end. Kept in memory per instance: a database row per attempt would cost more than what it guards.
// - events per socket, so one client cannot flood the event loop that every other student's socket shares.
import { fullBucket, isFull, takeToken, type Bucket, type BucketRule } from './token-bucket.ts';

export interface RealtimeLimits {
  /** Connection attempts per address. A whole school may sit behind one address and reconnect at once after a
   * restart, so the burst is large; the refill spreads a bigger crowd over some seconds (socket.io retries). */
  connectionsPerAddress: BucketRule;
  /** Events a socket may send: a burst, then a sustained rate. Excess events are dropped. */
  eventsPerSocket: BucketRule;
  /** How many dropped events a socket may accumulate (refilling slowly) before it is disconnected. */
  droppedEventsPerSocket: BucketRule;
}

export const DEFAULT_LIMITS: RealtimeLimits = {
  connectionsPerAddress: { capacity: 1_000, refillPerSecond: 50 },
  eventsPerSocket: { capacity: 20, refillPerSecond: 10 },
  droppedEventsPerSocket: { capacity: 50, refillPerSecond: 5 },
};

/** Past this many addresses remembered, those whose bucket has refilled are forgotten (they are as if new). */
const PRUNE_ABOVE = 10_000;

export class ConnectionAttempts {
  private readonly byAddress = new Map<string, Bucket>();

  constructor(private readonly rule: BucketRule) {}

  /** Counts an attempt from `address`; false when the address is over its budget. */
  admit(address: string, nowMs: number): boolean {
    const { taken, bucket } = takeToken(this.byAddress.get(address) ?? fullBucket(this.rule, nowMs), this.rule, nowMs);
    this.byAddress.set(address, bucket);
    if (this.byAddress.size > PRUNE_ABOVE) this.prune(nowMs);
    return taken;
  }

  /** Forgets addresses whose bucket is full again; the channel calls it now and then to bound the memory. */
  prune(nowMs: number): void {
    for (const [address, bucket] of this.byAddress) if (isFull(bucket, this.rule, nowMs)) this.byAddress.delete(address);
  }

  get size(): number {
    return this.byAddress.size;
  }
}

/** What to do with one incoming event: pass it on, drop it (telling the client once), or disconnect the socket. */
export type EventVerdict = 'pass' | 'dropAndWarn' | 'drop' | 'disconnect';

export interface EventBudget {
  events: Bucket;
  drops: Bucket;
  /** Whether the client was told to slow down since it last had its whole budget. */
  warned: boolean;
}

export function freshEventBudget(limits: RealtimeLimits, nowMs: number): EventBudget {
  return { events: fullBucket(limits.eventsPerSocket, nowMs), drops: fullBucket(limits.droppedEventsPerSocket, nowMs), warned: false };
}

/**
 * Judges one event. A client that slows down gets its budget back and, once its bucket was full again, would be
 * told again next time; one that keeps sending faster than the refill uses up its dropped-event allowance too and
 * is disconnected.
 */
export function judgeEvent(budget: EventBudget, limits: RealtimeLimits, nowMs: number): { verdict: EventVerdict; budget: EventBudget } {
  const calm = isFull(budget.events, limits.eventsPerSocket, nowMs);
  const event = takeToken(budget.events, limits.eventsPerSocket, nowMs);
  if (event.taken) return { verdict: 'pass', budget: { ...budget, events: event.bucket, warned: budget.warned && !calm } };
  const drop = takeToken(budget.drops, limits.droppedEventsPerSocket, nowMs);
  const next = { events: event.bucket, drops: drop.bucket, warned: true };
  if (!drop.taken) return { verdict: 'disconnect', budget: next };
  return { verdict: budget.warned ? 'drop' : 'dropAndWarn', budget: next };
}
