import { describe, expect, it } from 'vitest';
import { ConnectionAttempts, freshEventBudget, judgeEvent, type EventVerdict, type RealtimeLimits } from './limits.ts';

const LIMITS: RealtimeLimits = {
  connectionsPerAddress: { capacity: 2, refillPerSecond: 1 },
  eventsPerSocket: { capacity: 3, refillPerSecond: 2 },
  droppedEventsPerSocket: { capacity: 4, refillPerSecond: 1 },
};

/** The verdicts on events sent at the given times by one socket. */
function verdictsAt(times: readonly number[]): EventVerdict[] {
  let budget = freshEventBudget(LIMITS, 0);
  return times.map((time) => {
    const judged = judgeEvent(budget, LIMITS, time);
    budget = judged.budget;
    return judged.verdict;
  });
}

describe('connection attempts per address', () => {
  it('admits a burst per address, then refuses until the budget refills; addresses are counted apart', () => {
    const attempts = new ConnectionAttempts(LIMITS.connectionsPerAddress);
    expect([0, 0, 0].map((time) => attempts.admit('10.0.0.1', time))).toEqual([true, true, false]);
    expect(attempts.admit('10.0.0.2', 0)).toBe(true);
    expect(attempts.admit('10.0.0.1', 999)).toBe(false);
    expect(attempts.admit('10.0.0.1', 1_999)).toBe(true);
  });

  it('forgets addresses whose budget has refilled', () => {
    const attempts = new ConnectionAttempts(LIMITS.connectionsPerAddress);
    attempts.admit('10.0.0.1', 0);
    attempts.admit('10.0.0.2', 900);
    attempts.prune(1_000);
    expect(attempts.size).toBe(1);
    attempts.prune(1_900);
    expect(attempts.size).toBe(0);
  });
});

describe('events per socket', () => {
  it('passes a burst, drops the excess and warns once', () => {
    expect(verdictsAt([0, 0, 0, 0, 0, 0])).toEqual(['pass', 'pass', 'pass', 'dropAndWarn', 'drop', 'drop']);
  });

  it('disconnects a socket that keeps flooding once its allowance of dropped events is spent', () => {
    expect(verdictsAt([0, 0, 0, 0, 0, 0, 0, 0])).toEqual(['pass', 'pass', 'pass', 'dropAndWarn', 'drop', 'drop', 'drop', 'disconnect']);
  });

  it('keeps a socket within the sustained rate connected forever', () => {
    // 2 per second refill, one event every 500 ms, for ten minutes.
    const verdicts = verdictsAt(Array.from({ length: 1_200 }, (_, n) => n * 500));
    expect(new Set(verdicts)).toEqual(new Set(['pass']));
  });

  it('warns again only after the client had its whole budget back', () => {
    // Burst of 4 at 0 (warned), one at 500 (a token back: passes, still warned), a drop at 500 (no new warning);
    // by 3000 the bucket is full again, so the next excess is warned about once more.
    expect(verdictsAt([0, 0, 0, 0, 500, 500, 3_000, 3_000, 3_000, 3_000, 3_000])).toEqual([
      'pass', 'pass', 'pass', 'dropAndWarn', 'pass', 'drop', 'pass', 'pass', 'pass', 'dropAndWarn', 'drop',
    ]);
  });
});
