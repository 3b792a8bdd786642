import { describe, expect, it } from 'vitest';
import { decideRateLimit, retryAfterMinutes, slowdownDelayMs, type RateLimitRule, type SlowdownRule } from './rules.ts';

const rule: RateLimitRule = { bucket: 'test', limit: 3, windowMs: 10 * 60_000 };
const now = new Date('2026-11-25T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('decideRateLimit', () => {
  it('allows while fewer hits than the limit are in the window', () => {
    expect(decideRateLimit(rule, [], now)).toEqual({ allowed: true });
    expect(decideRateLimit(rule, [minutesAgo(1), minutesAgo(2)], now)).toEqual({ allowed: true });
  });

  it('ignores hits older than the window', () => {
    expect(decideRateLimit(rule, [minutesAgo(1), minutesAgo(2), minutesAgo(11)], now)).toEqual({ allowed: true });
  });

  it('blocks at the limit until the oldest counted hit leaves the window', () => {
    const decision = decideRateLimit(rule, [minutesAgo(7), minutesAgo(1), minutesAgo(4)], now);
    expect(decision).toEqual({ allowed: false, retryAfterMs: 3 * 60_000 });
  });

  it('counts only the newest `limit` hits when there are more', () => {
    const decision = decideRateLimit(rule, [minutesAgo(9), minutesAgo(8), minutesAgo(2), minutesAgo(1), minutesAgo(3)], now);
    expect(decision).toEqual({ allowed: false, retryAfterMs: 7 * 60_000 });
  });

  it('rounds the wait up to whole minutes, at least one', () => {
    expect(retryAfterMinutes(1)).toBe(1);
    expect(retryAfterMinutes(60_000)).toBe(1);
    expect(retryAfterMinutes(60_001)).toBe(2);
  });
});

describe('slowdownDelayMs', () => {
  const slowdown: SlowdownRule = { bucket: 'test', freeHits: 5, windowMs: 15 * 60_000, firstDelayMs: 1000, maxDelayMs: 10_000 };

  it('never refuses: free up to the threshold, then a delay that doubles up to its cap', () => {
    expect([0, 1, 4].map((hits) => slowdownDelayMs(slowdown, hits))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 1000].map((hits) => slowdownDelayMs(slowdown, hits))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });
});
