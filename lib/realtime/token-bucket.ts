// A token bucket, pure: a budget of `capacity` tokens that refills continuously at `refillPerSecond`. The realtime
// channel uses it twice (limits.ts): for connection attempts per address and for events per socket. Values in,
// values out, time passed in as milliseconds, so the tests run it on fixed inputs.

export interface BucketRule {
  /** The burst allowed after a quiet spell. */
  capacity: number;
  /** Tokens added per second, up to capacity: the sustained rate allowed. */
  refillPerSecond: number;
}

export interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date. */
  atMs: number;
}

export function fullBucket(rule: BucketRule, nowMs: number): Bucket {
  return { tokens: rule.capacity, atMs: nowMs };
}

/** The bucket as it stands at `nowMs`. A clock that steps back (NTP) adds nothing rather than taking tokens away. */
export function refilled(bucket: Bucket, rule: BucketRule, nowMs: number): Bucket {
  const elapsedMs = Math.max(0, nowMs - bucket.atMs);
  return { tokens: Math.min(rule.capacity, bucket.tokens + (elapsedMs * rule.refillPerSecond) / 1000), atMs: Math.max(nowMs, bucket.atMs) };
}

/** Takes one token if there is one: `taken` says whether the action is allowed, `bucket` is the new state. */
export function takeToken(bucket: Bucket, rule: BucketRule, nowMs: number): { taken: boolean; bucket: Bucket } {
  const current = refilled(bucket, rule, nowMs);
  if (current.tokens < 1) return { taken: false, bucket: current };
  return { taken: true, bucket: { tokens: current.tokens - 1, atMs: current.atMs } };
}

/** Whether the bucket has refilled completely by `nowMs`: it then says nothing a fresh one would not. */
export function isFull(bucket: Bucket, rule: BucketRule, nowMs: number): boolean {
  return refilled(bucket, rule, nowMs).tokens >= rule.capacity;
}
