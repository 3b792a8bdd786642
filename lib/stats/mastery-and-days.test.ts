import { describe, expect, it } from 'vitest';
import { addDays, dailySeries, lastDates } from './daily-series.ts';
import { likelyRemembered, masteryBand, recallPercent, weakestColumns } from './mastery.ts';

describe('masteryBand', () => {
  it('names the band of a predicted recall, with the thresholds in the strong and fading bands', () => {
    expect([0.95, 0.9, 0.89, 0.7, 0.69, 0, null].map(masteryBand)).toEqual(['strong', 'strong', 'fading', 'fading', 'weak', 'weak', 'notStarted']);
  });

  it('takes a recall that is a threshold up to floating-point error as the threshold', () => {
    expect([0.8999999999999999, 0.6999999999].map(masteryBand)).toEqual(['strong', 'fading']);
  });
});

describe('likelyRemembered', () => {
  it('counts fading and strong concepts, never weak or not started ones', () => {
    // 0.95 strong, 0.7 fading (its edge), 0.69 weak, 0 weak, null not started: 2.
    expect(likelyRemembered([0.95, 0.7, 0.69, 0, null])).toBe(2);
    expect(likelyRemembered([])).toBe(0);
  });
});

describe('recallPercent', () => {
  it('rounds down to a whole percent, so the number never reads as the band above', () => {
    // 0.6996 is weak: 69 %, not 70 %. 0.29 · 100 is 28.999… in floating point, still 29 %.
    expect([0.6996, 0.29, 0.8999999999999999, 1, 0, Math.SQRT1_2].map(recallPercent)).toEqual([69, 29, 90, 100, 0, 70]);
  });
});

describe('weakestColumns', () => {
  it('keeps every column of a grid that fits', () => {
    expect(weakestColumns([0.9, null, 0.5], 3)).toEqual([0, 1, 2]);
  });

  it('keeps the weakest columns of a wide grid, never studied first, in their own order', () => {
    expect(weakestColumns([0.9, 0.4, null, 0.95, 0.4, 0.7], 3)).toEqual([1, 2, 4]);
  });
});

describe('dailySeries', () => {
  it('gives the last N dates ending today, across a month and a year end', () => {
    expect(lastDates('2027-01-02', 4)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(lastDates('2028-03-01', 2)).toEqual(['2028-02-29', '2028-03-01']);
  });

  it('fills days without reviews with zero and ignores days outside the range', () => {
    expect(
      dailySeries('2026-12-02', 3, [
        { date: '2026-12-02', count: 5 },
        { date: '2026-11-30', count: 2 },
        { date: '2026-11-01', count: 9 },
      ]),
    ).toEqual([
      { date: '2026-11-30', count: 2 },
      { date: '2026-12-01', count: 0 },
      { date: '2026-12-02', count: 5 },
    ]);
  });

  it('adds days across a month end, a leap day and backwards', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-02', 14)).toBe('2026-12-16');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('refuses a date it cannot read', () => {
    expect(() => lastDates('2. 12. 2026', 3)).toThrow(RangeError);
  });
});
