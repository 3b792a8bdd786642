import { describe, expect, it } from 'vitest';
import { crossedMark, formatTimeLeft, timeLeftMs } from './countdown.ts';

describe('the countdown', () => {
  it('counts from the server clock, whatever the phone says, moved on by the time the page was open', () => {
    const base = { deadlineAt: 1_000_000, serverNow: 400_000, readAt: 50 };
    expect(timeLeftMs(base, 50)).toBe(600_000);
    expect(timeLeftMs(base, 50 + 61_000)).toBe(539_000);
    expect(timeLeftMs(base, 50 + 700_000)).toBe(0);
  });

  it('shows minutes and seconds, hours when there are any, rounded up', () => {
    expect(formatTimeLeft(600_000)).toBe('10:00');
    expect(formatTimeLeft(245_001)).toBe('4:06');
    expect(formatTimeLeft(59_000)).toBe('0:59');
    expect(formatTimeLeft(1)).toBe('0:01');
    expect(formatTimeLeft(0)).toBe('0:00');
    expect(formatTimeLeft(-5)).toBe('0:00');
    expect(formatTimeLeft(3_723_000)).toBe('1:02:03');
  });

  it('announces 5 and 1 minutes once each, when crossed', () => {
    expect(crossedMark(301_000, 300_000)).toBe(5);
    expect(crossedMark(300_000, 299_000)).toBeNull();
    expect(crossedMark(61_000, 59_000)).toBe(1);
    expect(crossedMark(400_000, 30_000)).toBe(1);
    expect(crossedMark(200_000, 199_000)).toBeNull();
  });
});
