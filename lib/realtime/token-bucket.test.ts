import { describe, expect, it } from 'vitest';
import { fullBucket, isFull, refilled, takeToken, type Bucket, type BucketRule } from './token-bucket.ts';

const RULE: BucketRule = { capacity: 3, refillPerSecond: 2 };

/** Takes a token at each time in turn and lists which were allowed. */
function takesAt(times: readonly number[], rule = RULE, start: Bucket = fullBucket(rule, 0)): boolean[] {
  let bucket = start;
  return times.map((time) => {
    const outcome = takeToken(bucket, rule, time);
    bucket = outcome.bucket;
    return outcome.taken;
  });
}

describe('token bucket', () => {
  it('allows a burst of capacity, then refuses until a token has refilled', () => {
    expect(takesAt([0, 0, 0, 0, 0])).toEqual([true, true, true, false, false]);
    // 2 per second: one token back after 500 ms, not before.
    expect(takesAt([0, 0, 0, 499, 500, 501])).toEqual([true, true, true, false, true, false]);
  });

  it('holds the sustained rate: at 4 attempts per second with 2 refilled per second, half pass once the burst is spent', () => {
    const times = Array.from({ length: 20 }, (_, n) => n * 250);
    const passed = takesAt(times);
    expect(passed.slice(0, 4)).toEqual([true, true, true, true]);
    expect(passed.filter(Boolean)).toHaveLength(3 + Math.floor(19 * 250 * 2 / 1000));
  });

  it('refills up to capacity and no further', () => {
    expect(refilled({ tokens: 0, atMs: 0 }, RULE, 250)).toEqual({ tokens: 0.5, atMs: 250 });
    expect(refilled({ tokens: 0, atMs: 0 }, RULE, 60_000)).toEqual({ tokens: 3, atMs: 60_000 });
    expect(isFull({ tokens: 1, atMs: 0 }, RULE, 999)).toBe(false);
    expect(isFull({ tokens: 1, atMs: 0 }, RULE, 1000)).toBe(true);
  });

  it('gives nothing back when the clock steps backwards', () => {
    const bucket = { tokens: 0, atMs: 10_000 };
    expect(refilled(bucket, RULE, 5_000)).toEqual({ tokens: 0, atMs: 10_000 });
    expect(takeToken(bucket, RULE, 5_000).taken).toBe(false);
    expect(takeToken(bucket, RULE, 10_500).taken).toBe(true);
  });

  it('leaves the bucket it was given unchanged', () => {
    const bucket = fullBucket(RULE, 0);
    takeToken(bucket, RULE, 0);
    expect(bucket).toEqual({ tokens: 3, atMs: 0 });
  });
});
